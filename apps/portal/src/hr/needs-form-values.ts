import type { HrNeedsAnalysisFragment, NeedsAnalysisContentInput, SkillLabelFragment, SlotKind } from '../api/generated';

export interface NeedsLineValues {
  occupation: string;
  skills: SkillLabelFragment[];
  headCount: string;
  districtCode: string;
  kind: SlotKind;
}

export interface NeedsFormValues {
  period: string;
  notes: string;
  lines: NeedsLineValues[];
}

export const EMPTY_LINE: NeedsLineValues = { occupation: '', skills: [], headCount: '1', districtCode: '', kind: 'TIROCINIO' };

export function analysisToValues(analysis: HrNeedsAnalysisFragment): NeedsFormValues {
  return {
    period: analysis.period,
    notes: analysis.notes ?? '',
    lines: analysis.lines.map((line) => ({
      occupation: line.occupation,
      skills: line.skills ?? [],
      headCount: String(line.headCount),
      districtCode: line.districtCode,
      kind: line.kind,
    })),
  };
}

/** Indexes of the lines whose head count is not a whole number as typed; the API judges the range. */
export function linesWithoutNumber(values: NeedsFormValues): number[] {
  return values.lines.flatMap((line, index) => (/^\d+$/.test(line.headCount.trim()) ? [] : [index]));
}

export function toContentInput(values: NeedsFormValues): NeedsAnalysisContentInput {
  return {
    notes: values.notes.trim() || null,
    lines: values.lines.map((line) => ({
      occupation: line.occupation.trim(),
      skillIds: line.skills.map((skill) => skill.id),
      headCount: Number(line.headCount),
      districtCode: line.districtCode,
      kind: line.kind,
    })),
  };
}
