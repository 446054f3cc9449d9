import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository, type DeepPartial } from 'typeorm';
import { AuthUser, Role, Scope } from '@ipl/access';
import { AuditService, type AuditEntry } from '@ipl/audit';
import { CompanyStanding } from '@ipl/board';
import { unknownComune } from '@ipl/companies';
import { Clock, ConnectionShape, DomainError, mergeSqlParams, paginate, RequestLoaders, type SqlFragment } from '@ipl/core';
import { SearchOutbox } from '@ipl/search';
import { SkillsService } from '@ipl/skills';
import { TerritoryService } from '@ipl/territory';
import { CreateSlotInput } from './dto/create-slot.input';
import { SlotIntakeInput } from './dto/slot-intake.input';
import { SlotsArgs } from './dto/slots.args';
import { UpdateSlotInput } from './dto/update-slot.input';
import { SlotStatus } from './slot-status.enum';
import { Slot } from './slot.entity';
import { SlotsLoaders } from './slots.loaders';
import { fieldError, SlotError, SlotErrorCode } from './slots.errors';
import { romeDate } from './rome-date';

/** Statuses anyone signed in may see; drafts and closed slots stay with their company. */
const PUBLISHED = [SlotStatus.OPEN, SlotStatus.FILLED];

/**
 * The search index of open slots (the uid adds the environment prefix): every write names its
 * slots' ids to it through the outbox, and @ipl/match-index builds the documents.
 */
export const SLOTS_INDEX = 'slots';

/** Rows a single INSERT of an import carries (PostgreSQL takes at most 65,535 parameters a statement). */
const IMPORT_CHUNK = 500;

export interface IntakeState {
  open: boolean;
  reason: SlotErrorCode.INTAKE_PAUSED | SlotErrorCode.PAUSED_FOR_STANDING | SlotErrorCode.MONTHLY_CAP_REACHED | SlotErrorCode.NOT_ALLOWED_IN_STATUS | null;
}

/** The rules of slots: who may see and edit them, publishing, closing, openings and intake. */
@Injectable()
export class SlotsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Slot) private readonly slots: Repository<Slot>,
    private readonly standing: CompanyStanding,
    private readonly skills: SkillsService,
    private readonly territory: TerritoryService,
    private readonly audit: AuditService,
    private readonly outbox: SearchOutbox,
    private readonly clock: Clock,
  ) {}

  loaders(requestLoaders: RequestLoaders): SlotsLoaders {
    return new SlotsLoaders(this, requestLoaders);
  }

  // ---- reads ----

  /** A slot the caller may see; NOT_FOUND otherwise, so that another company's drafts do not even show they exist. */
  async get(id: string, user: AuthUser): Promise<Slot> {
    const slot = await this.slots.findOneBy({ id });
    if (!slot || !this.canSee(slot, user)) throw new SlotError(SlotErrorCode.SLOT_NOT_FOUND);
    return slot;
  }

  /**
   * get(), with other libraries' rules about the slot evaluated in the same statement (each a
   * fragment on the alias `slot`): a match reads its slot, its proposals and its company's
   * standing in one round trip.
   */
  async getWith<K extends string>(id: string, user: AuthUser, fragments: Record<K, SqlFragment>): Promise<{ slot: Slot; values: Record<K, unknown> }> {
    const query = this.slots.createQueryBuilder('slot').where('slot.id = :slotId', { slotId: id });
    const entries = Object.entries<SqlFragment>(fragments);
    for (const [alias, fragment] of entries) query.addSelect(fragment.sql, alias);
    query.setParameters({ ...mergeSqlParams(entries.map(([, fragment]) => fragment)), slotId: id });
    const { entities, raw } = await query.getRawAndEntities<Record<K, unknown>>();
    const slot = entities[0];
    if (!slot || !this.canSee(slot, user)) throw new SlotError(SlotErrorCode.SLOT_NOT_FOUND);
    return { slot, values: raw[0] };
  }

  findByIds(ids: readonly string[]): Promise<Slot[]> {
    return this.slots.findBy({ id: In([...ids]) });
  }

  list(args: SlotsArgs, user: AuthUser): Promise<ConnectionShape<Slot>> {
    const query = this.slots.createQueryBuilder('slot');
    if (user.role !== Role.ADMIN) {
      if (user.companyId && (user.role === Role.COMPANY_HR || user.role === Role.BOARD_MEMBER)) {
        query.andWhere(
          new Brackets((where) =>
            where.where('slot.company_id = :ownCompany', { ownCompany: user.companyId }).orWhere('slot.status IN (:...published)', { published: PUBLISHED }),
          ),
        );
      } else {
        query.andWhere('slot.status IN (:...published)', { published: PUBLISHED });
      }
    }
    if (args.districtCode) query.andWhere('slot.district_code = :district', { district: args.districtCode });
    if (args.comuneCode) query.andWhere('slot.comune_code = :comune', { comune: args.comuneCode });
    if (args.kind) query.andWhere('slot.kind = :kind', { kind: args.kind });
    if (args.status) query.andWhere('slot.status = :status', { status: args.status });
    if (args.companyId) query.andWhere('slot.company_id = :companyId', { companyId: args.companyId });
    if (args.skillId) {
      query.andWhere('(:skill = ANY(slot.required_skill_ids) OR :skill = ANY(slot.nice_to_have_skill_ids))', { skill: args.skillId });
    }
    return paginate(query, args, { sortColumn: 'slot.created_at', idColumn: 'slot.id'});
  }

  // ---- HR ----

  async create(input: CreateSlotInput, user: AuthUser): Promise<Slot> {
    const companyId = Scope.of(user).companyId();
    const districtCode = await this.districtOf(input.comuneCode);
    await this.assertSkills(input.requiredSkillIds, input.niceToHaveSkillIds ?? []);
    return this.dataSource.transaction(async (manager) => {
      const slot = await manager.save(Slot, this.draftOf(input, companyId, districtCode));
      await this.audit.record(this.createdEntry(user, slot), manager);
      // A draft is not searchable; the entry keeps the rule simple: every write tells the index.
      await this.outbox.documentsChanged(manager, SLOTS_INDEX, [slot.id]);
      return slot;
    });
  }

  /**
   * An import of the caller's company's slots: each checked as create() checks it and, with
   * `publish`, published as publish() publishes it (same checks); all written in one
   * transaction with their audit events and outbox rows. Returns, in the inputs' order, each
   * slot or the domain error that refused it.
   */
  async createMany(inputs: CreateSlotInput[], user: AuthUser, options: { publish?: boolean } = {}): Promise<(Slot | DomainError)[]> {
    const companyId = Scope.of(user).companyId();
    if (inputs.length === 0) return [];
    const results = new Array<Slot | DomainError>(inputs.length);
    let eligibility: Promise<void> | undefined;
    const eligible = (): Promise<void> => (eligibility ??= this.assertEligible(companyId));
    const accepted: { index: number; draft: DeepPartial<Slot>; publication: Partial<Slot> | null }[] = [];
    // The comuni and skills the import names, read once for all its slots.
    const districts = new Map((await this.territory.comuniByCodes([...new Set(inputs.map((input) => input.comuneCode))])).map((comune) => [comune.code, comune.districtCode]));
    const skills = new Set((await this.skills.findByIds(inputs.flatMap((input) => [...input.requiredSkillIds, ...(input.niceToHaveSkillIds ?? [])]))).map((skill) => skill.id));
    for (const [index, input] of inputs.entries()) {
      try {
        const districtCode = districts.get(input.comuneCode) ?? (await this.districtOf(input.comuneCode));
        if (![...input.requiredSkillIds, ...(input.niceToHaveSkillIds ?? [])].every((id) => skills.has(id))) await this.assertSkills(input.requiredSkillIds, input.niceToHaveSkillIds ?? []);
        const publication = options.publish ? await this.publication({ status: SlotStatus.DRAFT, companyId, startDate: input.startDate }, eligible) : null;
        accepted.push({ index, draft: this.draftOf(input, companyId, districtCode), publication });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results[index] = error;
      }
    }
    if (accepted.length === 0) return results;
    const slots = await this.dataSource.transaction(async (manager) => {
      const rows = accepted.map(({ draft, publication }) => manager.create(Slot, { ...draft, ...publication }));
      for (let start = 0; start < rows.length; start += IMPORT_CHUNK) await manager.insert(Slot, rows.slice(start, start + IMPORT_CHUNK));
      await this.audit.recordMany(
        rows.flatMap((slot, i) => {
          const { publication } = accepted[i];
          return [this.createdEntry(user, slot), ...(publication ? [this.changeEntry(user, 'slot.published', slot.id, SlotStatus.DRAFT, publication)] : [])];
        }),
        manager,
      );
      await this.outbox.documentsChanged(manager, SLOTS_INDEX, rows.map((slot) => slot.id));
      return rows;
    });
    accepted.forEach(({ index }, i) => (results[index] = slots[i]));
    return results;
  }

  /** The row of a new slot, a draft. */
  private draftOf(input: CreateSlotInput, companyId: string, districtCode: string): DeepPartial<Slot> {
    return {
      companyId,
      kind: input.kind,
      status: SlotStatus.DRAFT,
      title: input.title.trim(),
      description: input.description.trim(),
      requiredSkillIds: input.requiredSkillIds,
      niceToHaveSkillIds: input.niceToHaveSkillIds ?? [],
      freeSkillLabels: this.freeLabels(input.freeSkillLabels ?? []),
      comuneCode: input.comuneCode,
      districtCode,
      openings: input.openings,
      hoursPerWeek: input.hoursPerWeek,
      shifts: input.shifts ?? [],
      startDate: input.startDate,
      durationMonths: input.durationMonths ?? null,
      languages: (input.languages ?? []).map(({ code, minLevel }) => ({ code, minLevel })),
      drivingLicenceRequired: input.drivingLicenceRequired ?? false,
      offersTutor: input.offersTutor ?? false,
      offersGradualStart: input.offersGradualStart ?? false,
      stepFreeAccess: input.stepFreeAccess ?? false,
      reachableByPublicTransport: input.reachableByPublicTransport ?? false,
      offersLanguageSupport: input.offersLanguageSupport ?? false,
      contentChangedAt: this.clock.now(),
    };
  }

  private createdEntry(user: AuthUser, slot: Slot): AuditEntry {
    return { actor: user, action: 'slot.created', subjectType: 'slot', subjectId: slot.id, details: { companyId: slot.companyId, kind: slot.kind } };
  }

  async update(id: string, input: UpdateSlotInput, user: AuthUser): Promise<Slot> {
    const districtCode = await this.prepareUpdate(input);
    return this.change(id, user, 'slot.updated', async (slot) => {
      if (slot.status === SlotStatus.CLOSED) throw new SlotError(SlotErrorCode.NOT_ALLOWED_IN_STATUS, { status: slot.status });
      const changes: Partial<Slot> = {};
      if (input.title !== undefined) changes.title = input.title.trim();
      if (input.description !== undefined) changes.description = input.description.trim();
      if (input.requiredSkillIds !== undefined) changes.requiredSkillIds = input.requiredSkillIds;
      if (input.niceToHaveSkillIds !== undefined) changes.niceToHaveSkillIds = input.niceToHaveSkillIds;
      if (input.freeSkillLabels !== undefined) changes.freeSkillLabels = this.freeLabels(input.freeSkillLabels);
      if (input.comuneCode !== undefined && districtCode) Object.assign(changes, { comuneCode: input.comuneCode, districtCode });
      if (input.hoursPerWeek !== undefined) changes.hoursPerWeek = input.hoursPerWeek;
      if (input.shifts !== undefined) changes.shifts = input.shifts;
      if (input.durationMonths !== undefined) changes.durationMonths = input.durationMonths;
      if (input.languages !== undefined) changes.languages = input.languages.map(({ code, minLevel }) => ({ code, minLevel }));
      for (const flag of ['drivingLicenceRequired', 'offersTutor', 'offersGradualStart', 'stepFreeAccess', 'reachableByPublicTransport', 'offersLanguageSupport'] as const) {
        if (input[flag] !== undefined) changes[flag] = input[flag];
      }
      if (input.startDate !== undefined) {
        if (slot.status !== SlotStatus.DRAFT) this.assertNotPast(input.startDate);
        changes.startDate = input.startDate;
      }
      if (input.openings !== undefined) {
        if (input.openings < slot.openingsTaken) throw new SlotError(SlotErrorCode.OPENINGS_BELOW_TAKEN, { taken: slot.openingsTaken });
        changes.openings = input.openings;
        if (slot.status !== SlotStatus.DRAFT) changes.status = slot.openingsTaken >= input.openings ? SlotStatus.FILLED : SlotStatus.OPEN;
      }
      return changes;
    });
  }

  /** DRAFT → OPEN, for a company ADMITTED in the Albo or on the board, with a start date not in the past. */
  publish(id: string, user: AuthUser): Promise<Slot> {
    return this.change(id, user, 'slot.published', (slot) => this.publication(slot));
  }

  /** What publishing checks and changes (an import checks the company's eligibility once). */
  private async publication(slot: Pick<Slot, 'status' | 'companyId' | 'startDate'>, eligible = () => this.assertEligible(slot.companyId)): Promise<Partial<Slot>> {
    if (slot.status !== SlotStatus.DRAFT) throw new SlotError(SlotErrorCode.NOT_ALLOWED_IN_STATUS, { status: slot.status });
    await eligible();
    this.assertNotPast(slot.startDate, 'startDate');
    return { status: SlotStatus.OPEN, publishedAt: this.clock.now(), unpublishedAt: null };
  }

  close(id: string, user: AuthUser): Promise<Slot> {
    return this.change(id, user, 'slot.closed', async (slot) => {
      if (slot.status === SlotStatus.CLOSED) throw new SlotError(SlotErrorCode.NOT_ALLOWED_IN_STATUS, { status: slot.status });
      return { status: SlotStatus.CLOSED, closedAt: this.clock.now() };
    });
  }

  /** HR says the slot is still current: the stale clock starts again. */
  confirm(id: string, user: AuthUser): Promise<Slot> {
    return this.change(id, user, 'slot.confirmed', async (slot) => {
      if (slot.status !== SlotStatus.OPEN) throw new SlotError(SlotErrorCode.NOT_ALLOWED_IN_STATUS, { status: slot.status });
      return {};
    });
  }

  /** HR's own pause and cap; a pause for the company's standing is not HR's to lift and stays. */
  setIntake(id: string, input: SlotIntakeInput, user: AuthUser): Promise<Slot> {
    return this.change(id, user, 'slot.intake_set', async (slot) => {
      if (slot.status === SlotStatus.CLOSED) throw new SlotError(SlotErrorCode.NOT_ALLOWED_IN_STATUS, { status: slot.status });
      const changes: Partial<Slot> = {};
      if (input.pausedUntil !== undefined) changes.pausedUntil = input.pausedUntil;
      if (input.monthlyProposalCap !== undefined) changes.monthlyProposalCap = input.monthlyProposalCap;
      return changes;
    });
  }

  // ---- for the proposals library ----

  /**
   * Uses one opening, atomically: of two paths starting at once for the last opening, one
   * fails with NO_OPENING_LEFT. The slot becomes FILLED when its last opening is taken.
   */
  async takeOpening(slotId: string, manager: EntityManager = this.slots.manager): Promise<Slot> {
    const [rows] = (await manager.query(
      `UPDATE slot SET openings_taken = openings_taken + 1,
              status = CASE WHEN openings_taken + 1 >= openings THEN 'FILLED'::slot_status ELSE status END,
              updated_at = now()
       WHERE id = $1 AND status = 'OPEN' AND openings_taken < openings
       RETURNING id`,
      [slotId],
    )) as [{ id: string }[], number];
    if (rows.length === 0) throw new SlotError(SlotErrorCode.NO_OPENING_LEFT);
    await this.outbox.documentsChanged(manager, SLOTS_INDEX, [slotId]);
    const slot = await manager.findOneByOrFail(Slot, { id: slotId });
    await this.audit.record(
      { actor: null, action: slot.status === SlotStatus.FILLED ? 'slot.filled' : 'slot.opening_taken', subjectType: 'slot', subjectId: slotId, details: { openingsTaken: slot.openingsTaken } },
      manager,
    );
    return slot;
  }

  /** Gives an opening back (a path that did not start after all); a FILLED slot opens again. */
  async releaseOpening(slotId: string, manager: EntityManager = this.slots.manager): Promise<Slot> {
    await manager.query(
      `UPDATE slot SET openings_taken = openings_taken - 1,
              status = CASE WHEN status = 'FILLED' THEN 'OPEN'::slot_status ELSE status END,
              updated_at = now()
       WHERE id = $1 AND openings_taken > 0`,
      [slotId],
    );
    await this.outbox.documentsChanged(manager, SLOTS_INDEX, [slotId]);
    return manager.findOneByOrFail(Slot, { id: slotId });
  }

  /** A slot read in the caller's transaction (proposals decide intake there, under their own lock). */
  findInTransaction(id: string, manager: EntityManager): Promise<Slot | null> {
    return manager.findOneBy(Slot, { id });
  }

  /** Whether the slot takes a new proposal now, given how many it received this calendar month. */
  intakeState(slot: Slot, proposalsThisMonth: number): IntakeState {
    if (slot.status !== SlotStatus.OPEN) return { open: false, reason: SlotErrorCode.NOT_ALLOWED_IN_STATUS };
    if (slot.pausedUntil && slot.pausedUntil >= romeDate(this.clock.now())) return { open: false, reason: SlotErrorCode.INTAKE_PAUSED };
    if (slot.pausedForStandingAt !== null) return { open: false, reason: SlotErrorCode.PAUSED_FOR_STANDING };
    if (slot.monthlyProposalCap !== null && proposalsThisMonth >= slot.monthlyProposalCap) return { open: false, reason: SlotErrorCode.MONTHLY_CAP_REACHED };
    return { open: true, reason: null };
  }

  /**
   * Records how many operators' proposals the slot received this month (`month` is its first
   * day), in the proposal's transaction. The search document is refreshed when the count reaches
   * the cap, so that matching stops offering a slot that would refuse the proposal.
   */
  async recordIntake(slotId: string, month: string, count: number, manager: EntityManager): Promise<void> {
    const [rows] = (await manager.query('UPDATE slot SET intake_month = $2, intake_count = $3 WHERE id = $1 RETURNING monthly_proposal_cap AS cap', [slotId, month, count])) as [
      { cap: number | null }[],
      number,
    ];
    const cap = rows[0]?.cap ?? null;
    if (cap !== null && count >= cap) await this.outbox.documentsChanged(manager, SLOTS_INDEX, [slotId]);
  }

  assertAcceptsProposals(slot: Slot, proposalsThisMonth: number): void {
    const { reason } = this.intakeState(slot, proposalsThisMonth);
    if (reason === SlotErrorCode.INTAKE_PAUSED) throw new SlotError(reason, { until: slot.pausedUntil ?? '' });
    if (reason === SlotErrorCode.MONTHLY_CAP_REACHED) throw new SlotError(reason, { cap: slot.monthlyProposalCap ?? 0 });
    if (reason === SlotErrorCode.PAUSED_FOR_STANDING) throw new SlotError(reason);
    if (reason) throw new SlotError(reason, { status: slot.status });
  }

  /** Slots the company published since a date: evidence for its Albo renewal. */
  countPublished(companyId: string, since: Date): Promise<number> {
    return this.slots.createQueryBuilder('slot').where('slot.company_id = :companyId AND slot.published_at >= :since', { companyId, since }).getCount();
  }

  // ---- internals ----

  /**
   * Loads the slot under a row lock, checks the caller may edit it (another company's draft is
   * NOT_FOUND, its published slot FORBIDDEN), applies `change`, and audits it.
   */
  private async change(id: string, user: AuthUser, action: string, change: (slot: Slot, manager: EntityManager) => Promise<Partial<Slot>>): Promise<Slot> {
    return this.dataSource.transaction(async (manager) => {
      const slot = await manager.findOne(Slot, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!slot) throw new SlotError(SlotErrorCode.SLOT_NOT_FOUND);
      Scope.of(user).assertCompany(slot.companyId, () => new SlotError(SlotErrorCode.SLOT_NOT_FOUND));
      const changes = await change(slot, manager);
      const now = this.clock.now();
      await manager.update(Slot, { id }, { ...changes, contentChangedAt: now, staleReminderSentAt: null });
      await this.audit.record(this.changeEntry(user, action, id, slot.status, changes), manager);
      await this.outbox.documentsChanged(manager, SLOTS_INDEX, [id]);
      return manager.findOneByOrFail(Slot, { id });
    });
  }

  private changeEntry(user: AuthUser, action: string, id: string, from: SlotStatus, changes: Partial<Slot>): AuditEntry {
    return { actor: user, action, subjectType: 'slot', subjectId: id, details: { from, to: changes.status ?? from, fields: Object.keys(changes) } };
  }

  private canSee(slot: Slot, user: AuthUser): boolean {
    if (user.role === Role.ADMIN) return true;
    if (user.companyId === slot.companyId && (user.role === Role.COMPANY_HR || user.role === Role.BOARD_MEMBER)) return true;
    return PUBLISHED.includes(slot.status);
  }

  private async assertEligible(companyId: string): Promise<void> {
    if (!(await this.standing.mayActOnCandidates(companyId))) throw new SlotError(SlotErrorCode.COMPANY_NOT_ELIGIBLE);
  }

  private assertNotPast(startDate: string, field = 'input.startDate'): void {
    if (startDate < romeDate(this.clock.now())) throw fieldError(SlotErrorCode.START_DATE_IN_PAST, field, { startDate });
  }

  private async districtOf(comuneCode: string): Promise<string> {
    const [comune] = await this.territory.comuniByCodes([comuneCode]);
    if (!comune) throw unknownComune('input.comuneCode', comuneCode);
    return comune.districtCode;
  }

  private async assertSkills(required: string[], niceToHave: string[]): Promise<void> {
    await this.skills.assertKnown(required, { field: 'input.requiredSkillIds' });
    await this.skills.assertKnown(niceToHave, { field: 'input.niceToHaveSkillIds' });
  }

  /** Checks comune and skills before the transaction; returns the new comune's district, if any. */
  private async prepareUpdate(input: UpdateSlotInput): Promise<string | null> {
    const districtCode = input.comuneCode !== undefined ? await this.districtOf(input.comuneCode) : null;
    await this.assertSkills(input.requiredSkillIds ?? [], input.niceToHaveSkillIds ?? []);
    return districtCode;
  }

  private freeLabels(labels: string[]): string[] {
    return [...new Set(labels.map((label) => this.skills.normaliseFreeLabel(label)).filter((label) => label.length > 0))];
  }
}
