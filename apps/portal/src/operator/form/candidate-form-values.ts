import type {
  ActiveMeasure,
  AgeBand,
  CandidateCefrLevel,
  CandidateShift,
  CandidateWorkConditionNeed,
  ConsentPurpose,
  CreateCandidateInput,
  OperatorCandidateDetailFragment,
  SkillLabelFragment,
} from '../../api/generated';
import type { MessageKey } from '../../i18n/messages-it';

export interface LanguageRow {
  language: string;
  level: CandidateCefrLevel | '';
}

/** Yes, no, or not stated: the API keeps null apart from false. */
export type TriState = '' | 'yes' | 'no';

/** Everything the form holds, as typed: kept whole across refusals, so nothing typed is lost. */
export interface CandidateFormValues {
  districtCode: string;
  comuneCode: string;
  ageBand: AgeBand | '';
  skills: SkillLabelFragment[];
  freeSkills: string;
  educationLevel: string;
  desiredSectors: string[];
  languages: LanguageRow[];
  hoursPerWeek: string;
  shifts: CandidateShift[];
  availableFrom: string;
  maxCommuteMinutes: string;
  drivingLicence: TriState;
  ownVehicle: TriState;
  supportNeeds: CandidateWorkConditionNeed[];
  activeMeasures: ActiveMeasure[];
  consentGivenAt: string;
  consentPurposes: ConsentPurpose[];
  notes: string;
}

export const EMPTY_VALUES: CandidateFormValues = {
  districtCode: '',
  comuneCode: '',
  ageBand: '',
  skills: [],
  freeSkills: '',
  educationLevel: '',
  desiredSectors: [],
  languages: [{ language: '', level: '' }],
  hoursPerWeek: '',
  shifts: [],
  availableFrom: '',
  maxCommuteMinutes: '',
  drivingLicence: '',
  ownVehicle: '',
  supportNeeds: [],
  activeMeasures: [],
  consentGivenAt: '',
  consentPurposes: [],
  notes: '',
};

function triState(value: boolean | null): TriState {
  return value === null ? '' : value ? 'yes' : 'no';
}

export function valuesOf(candidate: OperatorCandidateDetailFragment): CandidateFormValues {
  return {
    districtCode: candidate.residenceDistrictCode,
    comuneCode: candidate.residenceComuneCode ?? '',
    ageBand: candidate.ageBand,
    skills: candidate.skills.map(({ id, label }) => ({ id, label })),
    freeSkills: candidate.freeSkillLabels.join(', '),
    educationLevel: candidate.educationLevel === null ? '' : String(candidate.educationLevel),
    desiredSectors: [...candidate.desiredSectors],
    languages: candidate.languages.length > 0 ? candidate.languages.map(({ language, level }) => ({ language, level })) : [{ language: '', level: '' }],
    hoursPerWeek: candidate.hoursPerWeek === null ? '' : String(candidate.hoursPerWeek),
    shifts: [...candidate.shifts],
    availableFrom: candidate.availableFrom ?? '',
    maxCommuteMinutes: candidate.maxCommuteMinutes === null ? '' : String(candidate.maxCommuteMinutes),
    drivingLicence: triState(candidate.drivingLicence),
    ownVehicle: triState(candidate.ownVehicle),
    supportNeeds: [...candidate.supportNeeds],
    activeMeasures: [...(candidate.activeMeasures ?? [])],
    consentGivenAt: candidate.consentGivenAt ?? '',
    consentPurposes: [...candidate.consentPurposes],
    notes: candidate.notes ?? '',
  };
}

/** The profile fields of both mutations (create adds the codice fiscale). */
export type ProfileInput = Omit<CreateCandidateInput, 'codiceFiscale' | 'coordinationConsent'>;

/** Problems the form finds itself, by the API's field path, before anything is sent. */
export type ClientErrors = Partial<Record<string, MessageKey>>;

function wholeNumber(value: string, field: string, errors: ClientErrors): number | null {
  const text = value.trim();
  if (text === '') return null;
  if (/^\d{1,4}$/.test(text)) return Number(text);
  errors[field] = 'operator.form.wholeNumber';
  return null;
}

/** The free skill labels typed in one line, as the API receives them. */
export function freeSkillLabelsOf(line: string): string[] {
  return line.split(',').map((label) => label.trim()).filter(Boolean);
}

function booleanOf(value: TriState): boolean | null {
  return value === '' ? null : value === 'yes';
}

/**
 * The input the API expects, or the errors that would stop it being sent (a value GraphQL
 * itself would refuse before the API could answer in the user's language). Ranges, codes and
 * personal data are left to the API, which answers each field in both languages.
 */
export function profileInputOf(values: CandidateFormValues): { ok: true; input: ProfileInput } | { ok: false; errors: ClientErrors } {
  const errors: ClientErrors = {};
  const languages: { language: string; level: CandidateCefrLevel }[] = [];
  values.languages
    .filter((row) => row.language !== '')
    .forEach((row, index) => {
      if (row.level === '') errors[`input.languages.${index}.level`] = 'operator.form.required';
      else languages.push({ language: row.language, level: row.level });
    });
  const hoursPerWeek = wholeNumber(values.hoursPerWeek, 'input.hoursPerWeek', errors);
  const maxCommuteMinutes = wholeNumber(values.maxCommuteMinutes, 'input.maxCommuteMinutes', errors);
  if (values.ageBand === '') errors['input.ageBand'] = 'operator.form.required';
  if (values.ageBand === '' || Object.keys(errors).length > 0) return { ok: false, errors };
  const input: ProfileInput = {
    ...(values.districtCode ? { residenceDistrictCode: values.districtCode } : {}),
    residenceComuneCode: values.comuneCode || null,
    ageBand: values.ageBand,
    skillIds: values.skills.map((skill) => skill.id),
    freeSkillLabels: freeSkillLabelsOf(values.freeSkills),
    educationLevel: values.educationLevel ? Number(values.educationLevel) : null,
    desiredSectors: values.desiredSectors,
    languages,
    hoursPerWeek,
    shifts: values.shifts,
    availableFrom: values.availableFrom || null,
    maxCommuteMinutes,
    drivingLicence: booleanOf(values.drivingLicence),
    ownVehicle: booleanOf(values.ownVehicle),
    supportNeeds: values.supportNeeds,
    activeMeasures: values.activeMeasures,
    consentGivenAt: values.consentGivenAt || null,
    consentPurposes: values.consentPurposes,
    notes: values.notes.trim() || null,
  };
  return { ok: true, input };
}
