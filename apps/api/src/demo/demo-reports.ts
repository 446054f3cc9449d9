import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { AgeBand, Candidate, CandidateStatus, formatPublicCode } from '@ipl/candidates';
import { atecoSectionOf, Company, CompanySite, SizeBand } from '@ipl/companies';
import { NeedsAnalysis, NeedsAnalysisLine, NeedsAnalysisStatus } from '@ipl/needs';
import { Channel, Organisation } from '@ipl/organisations';
import { Project, ProjectNeed, ProjectNeedKind, ProjectNeedStatus, ProjectStage } from '@ipl/projects';
import { ContractType, DeclineReason, InterruptionReason, PathOutcome, Proposal, ProposalOrigin, ProposalStatus } from '@ipl/proposals';
import { GapSnapshot, GapSnapshotCount } from '@ipl/reports';
import { Slot, SlotKind, SlotStatus } from '@ipl/slots';

/**
 * What the board and the coordinators look at: submitted needs analyses over four quarters,
 * entrepreneurial projects, and a quarter of paths in the Imola district. It lives on two
 * companies and one organisation of its own, with no users, so that the HR and operator demo
 * accounts keep the lists they had; the slots are closed, so nobody lists or matches them.
 */
const COMPANIES = {
  santerno: { legalName: 'Ceramica del Santerno S.p.A.', partitaIva: '02873450379', atecoCode: '23.31.00', sizeBand: SizeBand.LARGE, comuneCode: 'IMOLA' },
  felsinea: { legalName: 'Logistica Felsinea S.r.l.', partitaIva: '03651200374', atecoCode: '52.10.00', sizeBand: SizeBand.MEDIUM, comuneCode: 'BOLOGNA' },
} as const;

type CompanyKey = keyof typeof COMPANIES;

interface DemoLine {
  occupation: string;
  skillIds: string[];
  /** Head count in each of the last four quarters, oldest first; 0 leaves the line out. */
  headCounts: [number, number, number, number];
  districtCode: string;
  kind: SlotKind;
}

const NEEDS: Record<CompanyKey, { notes: string; lines: DemoLine[] }> = {
  santerno: {
    notes: 'Previsione legata alla nuova linea di smaltatura e al magazzino prodotti finiti.',
    lines: [
      { occupation: 'Carrellista di magazzino', skillIds: ['conduzione-carrello-elevatore'], headCounts: [2, 3, 4, 6], districtCode: 'IMOLA', kind: SlotKind.JOB },
      { occupation: 'Addetto al confezionamento', skillIds: ['imballaggio', 'etichettatura'], headCounts: [1, 2, 2, 3], districtCode: 'IMOLA', kind: SlotKind.TIROCINIO },
      { occupation: 'Operatore macchine CNC', skillIds: ['conduzione-macchine-cnc'], headCounts: [0, 1, 1, 2], districtCode: 'IMOLA', kind: SlotKind.TIROCINIO },
    ],
  },
  felsinea: {
    notes: 'Picchi di lavoro attesi nel periodo natalizio.',
    lines: [
      { occupation: 'Addetto al picking', skillIds: ['picking-e-preparazione-ordini'], headCounts: [0, 0, 5, 8], districtCode: 'BOLOGNA', kind: SlotKind.JOB },
      { occupation: 'Magazziniere', skillIds: ['conduzione-carrello-elevatore', 'uso-del-transpallet'], headCounts: [0, 0, 2, 3], districtCode: 'BOLOGNA', kind: SlotKind.AVVICINAMENTO_AL_LAVORO },
      { occupation: 'Autista di furgone', skillIds: ['guida-di-furgoni'], headCounts: [0, 0, 0, 2], districtCode: 'RENO_LAVINO_SAMOGGIA', kind: SlotKind.JOB },
    ],
  },
};

/**
 * What the end-of-quarter snapshots recorded for the three quarters before this one (openings
 * left and people available, oldest first), so that the gaps show their movement from the start.
 */
const SNAPSHOTS = [
  { districtCode: 'IMOLA', skillId: 'conduzione-carrello-elevatore', openings: [1, 0, 2], supply: [5, 6, 7] },
  { districtCode: 'IMOLA', skillId: 'imballaggio', openings: [0, 1, 0], supply: [6, 5, 5] },
  { districtCode: 'BOLOGNA', skillId: 'picking-e-preparazione-ordini', openings: [2, 3, 1], supply: [8, 6, 5] },
];

const PROJECTS = [
  {
    atecoSection: 'C',
    stage: ProjectStage.PLANNING,
    description: 'Laboratorio di pasta fresca avviato da una cooperativa sociale di tipo B, con vendita diretta ai negozi del quartiere.',
    needs: [
      { kind: ProjectNeedKind.PREMISES, detail: 'Un locale di circa 60 mq con allaccio per cucina professionale.', met: false },
      { kind: ProjectNeedKind.MENTORING, detail: 'Affiancamento sulla sicurezza alimentare e sul piano dei costi.', met: false },
      { kind: ProjectNeedKind.EQUIPMENT, detail: 'Sfogliatrice e abbattitore.', met: true },
    ],
  },
  {
    atecoSection: 'S',
    stage: ProjectStage.STARTING,
    description: 'Piccola sartoria di riparazioni e riuso tessile nel centro storico, gestita da tre socie.',
    needs: [{ kind: ProjectNeedKind.FIRST_CUSTOMERS, detail: 'Aziende disposte a far riparare le divise da lavoro.', met: false }],
  },
  {
    atecoSection: 'N',
    stage: ProjectStage.RUNNING,
    description: 'Servizio di manutenzione del verde per condomini e piccole aziende della vallata.',
    needs: [{ kind: ProjectNeedKind.CREDIT, detail: 'Microcredito per un secondo decespugliatore.', met: true }],
  },
];

interface DemoPath {
  status: ProposalStatus;
  /** How many people are in this state. */
  people: number;
  started?: boolean;
  declineReason?: DeclineReason;
  interruptionReason?: InterruptionReason;
  outcome?: PathOutcome;
}

/**
 * The people proposed this quarter for the three closed slots, by state. Counted by channel and
 * kind, the job column is published in most measures while the small job-approach column, and
 * the cell that would give it back, are withheld: the coordinator's report shows both.
 */
const PATHS: Record<SlotKind, DemoPath[]> = {
  [SlotKind.JOB]: [
    { status: ProposalStatus.HIRED, people: 5, started: true, outcome: PathOutcome.COMPLETED },
    { status: ProposalStatus.COMPLETED, people: 1, started: true, outcome: PathOutcome.COMPLETED },
    { status: ProposalStatus.STARTED, people: 2, started: true },
    { status: ProposalStatus.INTERRUPTED, people: 1, started: true, interruptionReason: InterruptionReason.PERSON_LEFT },
    { status: ProposalStatus.DECLINED, people: 2, declineReason: DeclineReason.SKILLS_MISMATCH },
    { status: ProposalStatus.DECLINED, people: 1, declineReason: DeclineReason.SCHEDULE_MISMATCH },
    { status: ProposalStatus.EXPIRED, people: 2 },
  ],
  [SlotKind.TIROCINIO]: [
    { status: ProposalStatus.COMPLETED, people: 4, started: true, outcome: PathOutcome.COMPLETED },
    { status: ProposalStatus.COMPLETED, people: 2, started: true, outcome: PathOutcome.PARTLY_COMPLETED },
    { status: ProposalStatus.STARTED, people: 2, started: true },
    { status: ProposalStatus.DECLINED, people: 3, declineReason: DeclineReason.SKILLS_MISMATCH },
    { status: ProposalStatus.PROPOSED, people: 1 },
  ],
  [SlotKind.AVVICINAMENTO_AL_LAVORO]: [
    { status: ProposalStatus.STARTED, people: 1, started: true },
    { status: ProposalStatus.DECLINED, people: 1, declineReason: DeclineReason.PERSON_NOT_INTERESTED },
  ],
};

/** One entry per person: the same people are proposed for more than one slot, as happens. */
function pathsOf(kind: SlotKind): DemoPath[] {
  return PATHS[kind].flatMap((path) => Array.from({ length: path.people }, () => path));
}

const SLOT_TITLES: Record<SlotKind, string> = {
  [SlotKind.JOB]: 'Carrellista nel magazzino prodotti finiti',
  [SlotKind.TIROCINIO]: 'Tirocinio alla linea di smaltatura',
  [SlotKind.AVVICINAMENTO_AL_LAVORO]: 'Avvicinamento al lavoro nel confezionamento',
};

/** The quarter holding `now` and the three before it, oldest first, e.g. 2026-Q1 … 2026-Q4. */
export function lastFourQuarters(now: Date): string[] {
  const index = now.getUTCFullYear() * 4 + Math.floor(now.getUTCMonth() / 3);
  return [3, 2, 1, 0].map((back) => `${Math.floor((index - back) / 4)}-Q${((index - back) % 4) + 1}`);
}

export async function seedReportsDemo(manager: EntityManager, now: Date, actorId: string): Promise<void> {
  const companies = new Map<CompanyKey, string>();
  for (const [key, { comuneCode, ...company }] of Object.entries(COMPANIES) as [CompanyKey, (typeof COMPANIES)[CompanyKey]][]) {
    const saved = await manager.save(Company, { ...company, contactEmail: null, atecoSection: atecoSectionOf(company.atecoCode)?.code ?? null });
    await manager.save(CompanySite, { companyId: saved.id, comuneCode, position: 0 });
    companies.set(key, saved.id);
  }
  await seedNeeds(manager, companies, now, actorId);
  await seedSnapshots(manager, now);
  const organisation = await manager.save(Organisation, {
    name: 'Servizio Sociale Territoriale del Nuovo Circondario Imolese',
    channel: Channel.SOCIAL_SERVICES,
    districtCode: 'IMOLA',
  });
  await seedProjects(manager, organisation.id, actorId);
  await seedPaths(manager, organisation, companies.get('santerno') ?? '', now, actorId);
}

async function seedNeeds(manager: EntityManager, companies: Map<CompanyKey, string>, now: Date, actorId: string): Promise<void> {
  const quarters = lastFourQuarters(now);
  for (const [key, { notes, lines }] of Object.entries(NEEDS) as [CompanyKey, (typeof NEEDS)[CompanyKey]][]) {
    for (const [index, period] of quarters.entries()) {
      const kept = lines.filter((line) => line.headCounts[index] > 0);
      if (kept.length === 0) continue;
      const analysis = await manager.save(NeedsAnalysis, {
        companyId: companies.get(key),
        period,
        version: 1,
        status: NeedsAnalysisStatus.SUBMITTED,
        notes,
        createdById: actorId,
        submittedAt: now,
        reviewedAt: null,
        priority: null,
      });
      await manager.save(
        NeedsAnalysisLine,
        kept.map((line, position) => ({ analysisId: analysis.id, position, occupation: line.occupation, skillIds: line.skillIds, headCount: line.headCounts[index], districtCode: line.districtCode, kind: line.kind })),
      );
    }
  }
}

async function seedSnapshots(manager: EntityManager, now: Date): Promise<void> {
  const quarters = lastFourQuarters(now).slice(0, 3);
  for (const [index, period] of quarters.entries()) {
    await manager.save(GapSnapshot, { period, takenAt: now });
    await manager.save(
      GapSnapshotCount,
      SNAPSHOTS.map((count) => ({ period, districtCode: count.districtCode, skillId: count.skillId, openSlotOpenings: count.openings[index], supply: count.supply[index] })),
    );
  }
}

async function seedProjects(manager: EntityManager, organisationId: string, actorId: string): Promise<void> {
  for (const { needs, ...project } of PROJECTS) {
    const saved = await manager.save(Project, { ...project, organisationId, districtCode: 'IMOLA', openNeedCount: needs.filter((need) => !need.met).length, createdById: actorId });
    await manager.save(
      ProjectNeed,
      needs.map((need) => ({ projectId: saved.id, kind: need.kind, detail: need.detail, status: need.met ? ProjectNeedStatus.MET : ProjectNeedStatus.OPEN })),
    );
  }
}

async function seedPaths(manager: EntityManager, organisation: Organisation, companyId: string, now: Date, actorId: string): Promise<void> {
  const people = Math.max(...Object.values(SlotKind).map((kind) => pathsOf(kind).length));
  const candidates: Candidate[] = [];
  for (let i = 0; i < people; i += 1) {
    // Past their reconfirmation date and incomplete: stale, so never matched nor counted as supply.
    candidates.push(
      await manager.save(Candidate, {
        publicCode: formatPublicCode(organisation.channel, organisation.districtCode, now.getUTCFullYear(), 9001 + i),
        organisationId: organisation.id,
        residenceDistrictCode: organisation.districtCode,
        residenceComuneCode: null,
        ageBand: AgeBand.AGE_25_34,
        skillIds: [],
        freeSkillLabels: [],
        languages: [],
        experiences: [],
        shifts: [],
        desiredSectors: [],
        supportNeeds: [],
        activeMeasures: [],
        consentPurposes: [],
        status: CandidateStatus.ACTIVE,
        completeness: 20,
        personKey: randomBytes(32).toString('hex'),
        lastConfirmedAt: new Date(now.getTime() - 200 * 86_400_000),
        reconfirmDueAt: new Date(now.getTime() - 20 * 86_400_000),
        retentionUntil: new Date(now.getTime() + 700 * 86_400_000),
      }),
    );
  }
  for (const kind of Object.values(SlotKind)) {
    const paths = pathsOf(kind);
    const slot = await manager.save(Slot, {
      companyId,
      kind,
      status: SlotStatus.CLOSED,
      title: SLOT_TITLES[kind],
      description: 'Posto dei dati dimostrativi dei report di esito, già chiuso.',
      requiredSkillIds: ['imballaggio'],
      niceToHaveSkillIds: [],
      freeSkillLabels: [],
      comuneCode: 'IMOLA',
      districtCode: 'IMOLA',
      openings: paths.filter((path) => path.started).length,
      openingsTaken: paths.filter((path) => path.started).length,
      hoursPerWeek: 30,
      shifts: [],
      startDate: now.toISOString().slice(0, 10),
      durationMonths: 6,
      languages: [{ code: 'it', minLevel: 'A2' }],
      drivingLicenceRequired: false,
      offersTutor: true,
      offersGradualStart: false,
      stepFreeAccess: true,
      reachableByPublicTransport: true,
      contentChangedAt: now,
      publishedAt: now,
      closedAt: now,
    });
    await manager.save(
      Proposal,
      paths.map((path, i) => ({
        slotId: slot.id,
        candidateId: candidates[i].id,
        candidatePublicCode: candidates[i].publicCode,
        companyId,
        organisationId: organisation.id,
        status: path.status,
        origin: ProposalOrigin.OPERATOR,
        createdById: actorId,
        note: null,
        createdAt: now,
        answeredAt: path.status === ProposalStatus.PROPOSED || path.status === ProposalStatus.EXPIRED ? null : now,
        startedAt: path.started ? now : null,
        startsOn: path.started ? now.toISOString().slice(0, 10) : null,
        declineReason: path.declineReason ?? null,
        interruptionReason: path.interruptionReason ?? null,
        outcome: path.outcome ?? null,
        contractType: path.status === ProposalStatus.HIRED ? ContractType.FIXED_TERM : null,
        hiredAt: path.status === ProposalStatus.HIRED ? now : null,
      })),
    );
  }
}
