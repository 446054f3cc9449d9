import { ActiveMeasure, AgeBand, CandidateCefrLevel, CandidateShift, ConsentPurpose } from './candidate.enums';
import { COMPLETE, completenessOf, type CompletenessFields } from './completeness';

function complete(): CompletenessFields {
  return {
    ageBand: AgeBand.AGE_25_34,
    residenceDistrictCode: 'BOLOGNA',
    skillIds: ['magazzino'],
    freeSkillLabels: [],
    languages: [{ language: 'it', level: CandidateCefrLevel.B1 }],
    educationLevel: 3,
    hoursPerWeek: 30,
    shifts: [CandidateShift.DAY],
    maxCommuteMinutes: 45,
    drivingLicence: false,
    desiredSectors: ['H'],
    activeMeasures: [ActiveMeasure.NONE],
    consentGivenAt: '2026-01-10',
    consentPurposes: [ConsentPurpose.MATCHING],
  };
}

describe('completenessOf', () => {
  it('is 100 when every matching field is answered', () => {
    expect(completenessOf(complete())).toBe(COMPLETE);
  });

  it('counts "no driving licence" and "no active measure" as answers, not gaps', () => {
    expect(completenessOf({ ...complete(), drivingLicence: false, activeMeasures: [ActiveMeasure.NONE] })).toBe(COMPLETE);
  });

  it('accepts free skill labels in place of vocabulary skills', () => {
    expect(completenessOf({ ...complete(), skillIds: [], freeSkillLabels: ['cucito a macchina'] })).toBe(COMPLETE);
  });

  it.each<[string, Partial<CompletenessFields>]>([
    ['no skills', { skillIds: [], freeSkillLabels: [] }],
    ['no languages', { languages: [] }],
    ['no education level', { educationLevel: null }],
    ['no hours', { hoursPerWeek: null }],
    ['no shifts', { shifts: [] }],
    ['no commute limit', { maxCommuteMinutes: null }],
    ['driving licence unknown', { drivingLicence: null }],
    ['no desired sector', { desiredSectors: [] }],
    ['active measures not asked', { activeMeasures: [] }],
    ['no consent date', { consentGivenAt: null }],
    ['consent without matching', { consentPurposes: [ConsentPurpose.COORDINATION_BETWEEN_SERVICES] }],
  ])('drops below 100 with %s', (_case, change) => {
    const value = completenessOf({ ...complete(), ...change });
    expect(value).toBeLessThan(COMPLETE);
    expect(value).toBe(91);
  });

  it('falls with each missing field and never below the fields always given', () => {
    const bare: CompletenessFields = {
      ...complete(),
      skillIds: [],
      languages: [],
      educationLevel: null,
      hoursPerWeek: null,
      shifts: [],
      maxCommuteMinutes: null,
      drivingLicence: null,
      desiredSectors: [],
      activeMeasures: [],
      consentGivenAt: null,
      consentPurposes: [],
    };
    expect(completenessOf(bare)).toBe(16);
  });
});
