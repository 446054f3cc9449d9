import type { Translate } from '../i18n/i18n-context';
import type { NeedsFormValues } from './needs-form-values';

/** The API's field paths of a needs analysis, as the labels the form shows. */
export function needsFieldLabels(values: NeedsFormValues, t: Translate): Record<string, string> {
  const labels: Record<string, string> = {
    'input.period': t('hr.needs.period'),
    'input.notes': t('hr.needs.notes'),
    'input.lines': t('hr.needs.lines'),
    'input.lines.skillIds': t('hr.needs.skills'),
  };
  values.lines.forEach((_, index) => {
    const line = t('hr.needs.line', { n: index + 1 });
    labels[`input.lines.${index}.occupation`] = `${line}, ${t('hr.needs.occupation')}`;
    labels[`input.lines.${index}.skillIds`] = `${line}, ${t('hr.needs.skills')}`;
    labels[`input.lines.${index}.headCount`] = `${line}, ${t('hr.needs.headCount')}`;
    labels[`input.lines.${index}.districtCode`] = `${line}, ${t('hr.place.district')}`;
    labels[`input.lines.${index}.kind`] = `${line}, ${t('hr.slotForm.kind')}`;
  });
  return labels;
}
