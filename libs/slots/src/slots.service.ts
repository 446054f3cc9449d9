import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuthUser, Role, Scope } from '@ipl/access';
import { AlboService } from '@ipl/albo';
import { AuditService } from '@ipl/audit';
import { BoardService } from '@ipl/board';
import { unknownComune } from '@ipl/companies';
import { Clock, ConnectionShape, paginate, RequestLoaders } from '@ipl/core';
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

/** The search index of open slots (the uid adds the environment prefix). */
export const SLOTS_INDEX = 'slots';

export interface IntakeState {
  open: boolean;
  reason: SlotErrorCode.INTAKE_PAUSED | SlotErrorCode.MONTHLY_CAP_REACHED | SlotErrorCode.NOT_ALLOWED_IN_STATUS | null;
}

/** The rules of slots: who may see and edit them, publishing, closing, openings and intake. */
@Injectable()
export class SlotsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Slot) private readonly slots: Repository<Slot>,
    private readonly albo: AlboService,
    private readonly board: BoardService,
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
      const slot = await manager.save(Slot, {
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
        contentChangedAt: this.clock.now(),
      });
      await this.audit.record({ actor: user, action: 'slot.created', subjectType: 'slot', subjectId: slot.id, details: { companyId, kind: slot.kind } }, manager);
      // A draft is not searchable; the entry keeps the rule simple: every write tells the index.
      await this.outbox.documentsChanged(manager, SLOTS_INDEX, [slot.id]);
      return slot;
    });
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
      for (const flag of ['drivingLicenceRequired', 'offersTutor', 'offersGradualStart', 'stepFreeAccess', 'reachableByPublicTransport'] as const) {
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
    return this.change(id, user, 'slot.published', async (slot) => {
      if (slot.status !== SlotStatus.DRAFT) throw new SlotError(SlotErrorCode.NOT_ALLOWED_IN_STATUS, { status: slot.status });
      await this.assertEligible(slot.companyId);
      this.assertNotPast(slot.startDate, 'startDate');
      return { status: SlotStatus.OPEN, publishedAt: this.clock.now(), unpublishedAt: null };
    });
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
    if (slot.monthlyProposalCap !== null && proposalsThisMonth >= slot.monthlyProposalCap) return { open: false, reason: SlotErrorCode.MONTHLY_CAP_REACHED };
    return { open: true, reason: null };
  }

  assertAcceptsProposals(slot: Slot, proposalsThisMonth: number): void {
    const { reason } = this.intakeState(slot, proposalsThisMonth);
    if (reason === SlotErrorCode.INTAKE_PAUSED) throw new SlotError(reason, { until: slot.pausedUntil ?? '' });
    if (reason === SlotErrorCode.MONTHLY_CAP_REACHED) throw new SlotError(reason, { cap: slot.monthlyProposalCap ?? 0 });
    if (reason) throw new SlotError(reason, { status: slot.status });
  }

  /** Slots the company published since a date: evidence for its Albo renewal. */
  countPublished(companyId: string, since: Date): Promise<number> {
    return this.slots.createQueryBuilder('slot').where('slot.company_id = :companyId AND slot.published_at >= :since', { companyId, since }).getCount();
  }

  // ---- for the search index ----

  /**
   * Searchable slots among these ids: OPEN ones only. Drafts, filled and closed slots are left
   * out, so the outbox deletes their documents. A paused slot stays, with its pause as a filter.
   */
  searchable(ids: readonly string[]): Promise<Slot[]> {
    return this.slots.findBy({ id: In([...ids]), status: SlotStatus.OPEN });
  }

  async *searchableIds(batchSize: number): AsyncIterable<string[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.slots
        .createQueryBuilder('slot')
        .select('slot.id', 'id')
        .where('slot.status = :open AND slot.id > :after', { open: SlotStatus.OPEN, after })
        .orderBy('slot.id', 'ASC')
        .limit(batchSize)
        .getRawMany<{ id: string }>();
      if (rows.length === 0) return;
      yield rows.map((row) => row.id);
      after = rows[rows.length - 1].id;
    }
  }

  // ---- internals ----

  /**
   * Loads the slot under a row lock, checks the caller may edit it (another company's draft is
   * NOT_FOUND, its published slot FORBIDDEN), applies `change`, and audits it.
   */
  private async change(id: string, user: AuthUser, action: string, change: (slot: Slot) => Promise<Partial<Slot>>): Promise<Slot> {
    return this.dataSource.transaction(async (manager) => {
      const slot = await manager.findOne(Slot, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!slot || !this.canSee(slot, user)) throw new SlotError(SlotErrorCode.SLOT_NOT_FOUND);
      Scope.of(user).assertCompany(slot.companyId);
      const changes = await change(slot);
      const now = this.clock.now();
      await manager.update(Slot, { id }, { ...changes, contentChangedAt: now, staleReminderSentAt: null });
      await this.audit.record(
        { actor: user, action, subjectType: 'slot', subjectId: id, details: { from: slot.status, to: changes.status ?? slot.status, fields: Object.keys(changes) } },
        manager,
      );
      await this.outbox.documentsChanged(manager, SLOTS_INDEX, [id]);
      return manager.findOneByOrFail(Slot, { id });
    });
  }

  private canSee(slot: Slot, user: AuthUser): boolean {
    if (user.role === Role.ADMIN) return true;
    if (user.companyId === slot.companyId && (user.role === Role.COMPANY_HR || user.role === Role.BOARD_MEMBER)) return true;
    return PUBLISHED.includes(slot.status);
  }

  private async assertEligible(companyId: string): Promise<void> {
    if (await this.albo.isAdmitted(companyId)) return;
    if (await this.board.isOnBoard(companyId)) return;
    throw new SlotError(SlotErrorCode.COMPANY_NOT_ELIGIBLE);
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
