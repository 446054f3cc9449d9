import type { HrSlotFragment } from '../api/generated';
import { formatDate, formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { languageName } from './hr-labels';

/** Everything a slot says, as a description list. */
export function SlotSummary({ slot }: { slot: HrSlotFragment }) {
  const { t, language } = useI18n();
  const none = t('common.none');
  const offers = (['offersTutor', 'offersGradualStart', 'offersLanguageSupport', 'stepFreeAccess', 'reachableByPublicTransport'] as const).filter((offer) => slot[offer]);
  const rows: [string, string][] = [
    [t('hr.slotForm.kind'), t(`kind.${slot.kind}`)],
    [t('hr.place.comune'), slot.comune ? `${slot.comune.name}${slot.district ? ` (${slot.district.name})` : ''}` : none],
    [t('hr.slotForm.requiredSkills'), (slot.requiredSkills ?? []).map((skill) => skill.label).join(', ') || none],
    [t('hr.slotForm.niceToHaveSkills'), (slot.niceToHaveSkills ?? []).map((skill) => skill.label).join(', ') || none],
    [t('slots.col.openings'), t('slots.openings', { taken: formatNumber(slot.openingsTaken), total: formatNumber(slot.openings) })],
    [t('hr.slotForm.hoursPerWeek'), formatNumber(slot.hoursPerWeek)],
    [t('hr.slotForm.shifts'), slot.shifts.map((shift) => t(`hr.shift.${shift}`)).join(', ') || none],
    [t('hr.slotForm.startDate'), formatDate(slot.startDate)],
    [t('hr.slotForm.durationMonths'), slot.durationMonths === null ? none : formatNumber(slot.durationMonths)],
    [t('hr.slotForm.offers'), offers.map((offer) => t(`hr.slotForm.${offer}`)).join(', ') || none],
    [t('hr.slotForm.languages'), slot.languages.map((entry) => `${languageName(entry.code, language)} ${entry.minLevel}`).join(', ') || none],
    [t('hr.slotForm.drivingLicenceRequired'), slot.drivingLicenceRequired ? t('hr.common.yes') : t('hr.common.no')],
    [t('slots.col.published'), slot.publishedAt ? formatDate(slot.publishedAt) : none],
  ];
  return (
    <>
      <p className="text-break">{slot.description}</p>
      <dl className="row">
        {rows.map(([term, value]) => (
          <div key={term} className="col-12 col-md-6 mb-2">
            <dt>{term}</dt>
            <dd className="mb-0">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
