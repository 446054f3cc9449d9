import type { CreateSlotInput, HrSlotFragment, Shift, SkillLabelFragment, SlotKind, UpdateSlotInput } from '../api/generated';

export interface SlotLanguageValue {
  code: string;
  minLevel: string;
}

/** What the slot form holds: numbers stay as typed, so that nothing is lost when the API refuses them. */
export interface SlotFormValues {
  kind: SlotKind;
  title: string;
  description: string;
  requiredSkills: SkillLabelFragment[];
  niceToHaveSkills: SkillLabelFragment[];
  districtCode: string;
  comuneCode: string;
  openings: string;
  hoursPerWeek: string;
  shifts: Shift[];
  startDate: string;
  durationMonths: string;
  languages: SlotLanguageValue[];
  drivingLicenceRequired: boolean;
  offersTutor: boolean;
  offersGradualStart: boolean;
  stepFreeAccess: boolean;
  reachableByPublicTransport: boolean;
  offersLanguageSupport: boolean;
}

export const EMPTY_SLOT: SlotFormValues = {
  kind: 'TIROCINIO',
  title: '',
  description: '',
  requiredSkills: [],
  niceToHaveSkills: [],
  districtCode: '',
  comuneCode: '',
  openings: '1',
  hoursPerWeek: '',
  shifts: [],
  startDate: '',
  durationMonths: '',
  languages: [{ code: 'it', minLevel: 'A2' }],
  drivingLicenceRequired: false,
  offersTutor: false,
  offersGradualStart: false,
  stepFreeAccess: false,
  reachableByPublicTransport: false,
  offersLanguageSupport: false,
};

export function slotToValues(slot: HrSlotFragment): SlotFormValues {
  return {
    kind: slot.kind,
    title: slot.title,
    description: slot.description,
    requiredSkills: slot.requiredSkills ?? [],
    niceToHaveSkills: slot.niceToHaveSkills ?? [],
    districtCode: slot.districtCode,
    comuneCode: slot.comuneCode,
    openings: String(slot.openings),
    hoursPerWeek: String(slot.hoursPerWeek),
    shifts: slot.shifts,
    startDate: slot.startDate,
    durationMonths: slot.durationMonths === null ? '' : String(slot.durationMonths),
    languages: slot.languages.map(({ code, minLevel }) => ({ code, minLevel })),
    drivingLicenceRequired: slot.drivingLicenceRequired,
    offersTutor: slot.offersTutor,
    offersGradualStart: slot.offersGradualStart,
    stepFreeAccess: slot.stepFreeAccess,
    reachableByPublicTransport: slot.reachableByPublicTransport,
    offersLanguageSupport: slot.offersLanguageSupport,
  };
}

/** The number fields that are not whole numbers as typed; the API judges the ranges. */
export function notWholeNumbers(values: SlotFormValues): (keyof SlotFormValues)[] {
  const required = (['openings', 'hoursPerWeek'] as const).filter((key) => !/^\d+$/.test(values[key].trim()));
  const optional = values.durationMonths.trim() !== '' && !/^\d+$/.test(values.durationMonths.trim()) ? (['durationMonths'] as const) : [];
  return [...required, ...optional];
}

export function toCreateInput(values: SlotFormValues): CreateSlotInput {
  return { kind: values.kind, ...toUpdateInput(values) };
}

/** Every field but the kind, which a slot keeps for its whole life. */
export function toUpdateInput(values: SlotFormValues): Omit<CreateSlotInput, 'kind'> {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    requiredSkillIds: values.requiredSkills.map((skill) => skill.id),
    niceToHaveSkillIds: values.niceToHaveSkills.map((skill) => skill.id),
    comuneCode: values.comuneCode,
    openings: Number(values.openings),
    hoursPerWeek: Number(values.hoursPerWeek),
    shifts: values.shifts,
    startDate: values.startDate,
    durationMonths: values.durationMonths.trim() === '' ? null : Number(values.durationMonths),
    languages: values.languages.filter((entry) => entry.code !== ''),
    drivingLicenceRequired: values.drivingLicenceRequired,
    offersTutor: values.offersTutor,
    offersGradualStart: values.offersGradualStart,
    stepFreeAccess: values.stepFreeAccess,
    reachableByPublicTransport: values.reachableByPublicTransport,
    offersLanguageSupport: values.offersLanguageSupport,
  };
}

/** Only what changed: an OPEN slot whose start has passed must still take other edits. */
export function changedFields(before: UpdateSlotInput, after: UpdateSlotInput): UpdateSlotInput {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(value) !== JSON.stringify(before[key as keyof UpdateSlotInput])) changes[key] = value;
  }
  return changes as UpdateSlotInput;
}
