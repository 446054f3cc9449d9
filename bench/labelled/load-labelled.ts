import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role, type AuthUser } from '@ipl/access';
import { AlboService } from '@ipl/albo';
import { ActiveMeasure, AgeBand, Candidate, CANDIDATES_INDEX, CandidateCefrLevel, CandidateShift, CandidateStatus, ConsentPurpose } from '@ipl/candidates';
import { SearchOutbox } from '@ipl/search';
import { romeDate, Shift, Slot, SlotKind, SLOTS_INDEX, SlotStatus } from '@ipl/slots';
import { createCompany, createOrganisation, createUser, type TestUser } from '@ipl/testing';
import { OCCUPATIONS, type LabelledSet } from './labelled-set';

export interface LoadedLabelledSet {
  /** Database ids, in the order of `set.people` and `set.slots`. */
  personIds: string[];
  slotIds: string[];
  /** An operator of an organisation of each district holding people of the set (password TEST_PASSWORD). */
  operators: Map<string, TestUser>;
  /** The HR user of the company holding every slot (password TEST_PASSWORD). */
  hr: TestUser;
}

/**
 * Writes the labelled set as rows (people of an organisation of their district, slots of one
 * company) with their search outbox entries in one transaction; whoever loads it delivers the
 * outbox (the relay, or a worker). Constraint-neutral on purpose: every person could take every
 * slot, so that the figures measure the ranking alone (the e2e tests prove the filters).
 */
export async function insertLabelledSet(app: INestApplication, set: LabelledSet, now: Date): Promise<LoadedLabelledSet> {
  const ds = app.get(DataSource);
  const operators = new Map<string, TestUser>();
  for (const district of new Set(set.people.map((person) => person.districtCode))) {
    const organisationId = await createOrganisation(ds, district);
    operators.set(district, await createUser(ds, 'OPERATOR', { organisationId, districtCode: district }));
  }
  const companyId = await createCompany(ds, 'Azienda del banco di prova S.r.l.');
  const hr = await createUser(ds, 'COMPANY_HR', { companyId });
  await admitToAlbo(app, hr, set.slots[0].comuneCode);

  const personRows = set.people.map((person) => ({
    publicCode: `LAB-${randomBytes(4).toString('hex')}`,
    organisationId: operators.get(person.districtCode)?.organisationId ?? '',
    residenceDistrictCode: person.districtCode,
    residenceComuneCode: person.comuneCode,
    ageBand: AgeBand.AGE_35_44,
    skillIds: person.recordedSkillIds,
    freeSkillLabels: person.freeSkillLabels,
    languages: [{ language: 'it', level: CandidateCefrLevel.B2 }],
    educationLevel: 3,
    experiences: person.experience ? [{ occupation: person.experience, sectorCode: null, months: 12, endYear: 2025, description: null }] : [],
    hoursPerWeek: 40,
    shifts: [CandidateShift.DAY],
    availableFrom: null,
    drivingLicence: true,
    ownVehicle: false,
    maxCommuteMinutes: person.maxCommuteMinutes,
    desiredSectors: ['C'],
    supportNeeds: [],
    activeMeasures: [ActiveMeasure.NONE],
    consentGivenAt: '2026-01-15',
    consentPurposes: [ConsentPurpose.MATCHING],
    notes: null,
    status: CandidateStatus.ACTIVE,
    completeness: 100,
    personKey: randomBytes(32).toString('hex'),
    lastConfirmedAt: now,
    reconfirmDueAt: new Date(now.getTime() + 90 * 86_400_000),
    retentionUntil: new Date(now.getTime() + 365 * 86_400_000),
  }));
  const personIds = ((await ds.createQueryBuilder().insert().into(Candidate).values(personRows).returning('id').execute()).raw as { id: string }[]).map((row) => row.id);
  const label = new Map(OCCUPATIONS.map((occupation) => [occupation.code, occupation.label]));
  const slotRows = set.slots.map((slot) => ({
    companyId,
    kind: SlotKind.TIROCINIO,
    status: SlotStatus.OPEN,
    title: `Tirocinio: ${label.get(slot.occupation)}`,
    description: 'Posizione del banco di prova della classifica.',
    requiredSkillIds: slot.requiredSkillIds,
    niceToHaveSkillIds: slot.niceToHaveSkillIds,
    freeSkillLabels: [],
    comuneCode: slot.comuneCode,
    districtCode: slot.districtCode,
    openings: 2,
    hoursPerWeek: 20,
    shifts: [Shift.DAY],
    startDate: romeDate(new Date(now.getTime() + 30 * 86_400_000)),
    languages: [{ code: 'it', minLevel: 'A2' }],
    publishedAt: now,
    contentChangedAt: now,
  }));
  const slotIds = ((await ds.createQueryBuilder().insert().into(Slot).values(slotRows).returning('id').execute()).raw as { id: string }[]).map((row) => row.id);
  await ds.transaction(async (manager) => {
    await app.get(SearchOutbox).documentsChanged(manager, CANDIDATES_INDEX, personIds);
    await app.get(SearchOutbox).documentsChanged(manager, SLOTS_INDEX, slotIds);
  });
  return { personIds, slotIds, operators, hr };
}

/**
 * Only a company in good standing in the Albo is matched or shown (checked at every use): it gets
 * an operating site in the metropolitan area, its HR applies, an admin admits it.
 */
async function admitToAlbo(app: INestApplication, hr: TestUser, comuneCode: string): Promise<void> {
  const ds = app.get(DataSource);
  await ds.query('INSERT INTO company_site (company_id, comune_code, position) VALUES ($1, $2, 0)', [hr.companyId, comuneCode]);
  const actor = (user: TestUser, role: Role): AuthUser => ({ ...user, role, scopeAdmin: role !== Role.ADMIN, secondFactorPending: false });
  const admin = actor(await createUser(ds, 'ADMIN'), Role.ADMIN);
  const albo = app.get(AlboService);
  await albo.apply({ sectionCodes: ['INCLUSIONE_LAVORATIVA'], declarations: { law68ObligationsMet: true, inclusivePathRun: true, metropolitanSite: true } }, actor(hr, Role.COMPANY_HR));
  await albo.admit({ companyId: hr.companyId ?? '', comment: 'Requisiti verificati' }, admin);
}
