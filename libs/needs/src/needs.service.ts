import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuthUser, Role, Scope } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { BoardService } from '@ipl/board';
import { Clock, ConnectionShape, paginate } from '@ipl/core';
import { pgErrorCode, PgErrorCode } from '@ipl/database';
import { assertNoPersonalData } from '@ipl/personal-data';
import { SkillsService } from '@ipl/skills';
import { TerritoryService } from '@ipl/territory';
import { CreateNeedsAnalysisInput, NeedsAnalysesArgs, NeedsAnalysisContentInput, ReviewNeedsAnalysisInput } from './dto/needs-analysis.inputs';
import { NeedsAnalysisLine } from './needs-analysis-line.entity';
import { NeedsAnalysisStatus, NeedsReviewAction } from './needs-analysis-status.enum';
import { NeedsAnalysis } from './needs-analysis.entity';
import { parsePeriod } from './needs-period';
import { NeedsReview } from './needs-review.entity';
import { NeedsError, NeedsErrorCode } from './needs.errors';

/** What the board and admins may read: never a company's draft. */
const SHARED_STATES = [NeedsAnalysisStatus.SUBMITTED, NeedsAnalysisStatus.SUPERSEDED];

/**
 * Needs analyses: HR drafts and submits them for its own company; board members read the
 * submitted ones of every company and review them; admins read them too.
 */
@Injectable()
export class NeedsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(NeedsAnalysis) private readonly analyses: Repository<NeedsAnalysis>,
    @InjectRepository(NeedsReview) private readonly reviewRows: Repository<NeedsReview>,
    private readonly board: BoardService,
    private readonly skills: SkillsService,
    private readonly territory: TerritoryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(input: CreateNeedsAnalysisInput, user: AuthUser): Promise<NeedsAnalysis> {
    const companyId = Scope.of(user).companyId();
    if (!parsePeriod(input.period)) throw new NeedsError(NeedsErrorCode.INVALID_PERIOD);
    await this.validateContent(input);
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const [{ max }] = (await manager.query('SELECT COALESCE(MAX(version), 0)::int AS max FROM needs_analysis WHERE company_id = $1 AND period = $2', [
          companyId,
          input.period,
        ])) as { max: number }[];
        const saved = await manager.save(NeedsAnalysis, {
          companyId,
          period: input.period,
          version: max + 1,
          status: NeedsAnalysisStatus.DRAFT,
          notes: input.notes ?? null,
          createdById: user.id,
          submittedAt: null,
          reviewedAt: null,
          priority: null,
        });
        await this.saveLines(manager, saved.id, input);
        await this.audit.record({ actor: user, action: 'needs.created', subjectType: 'needs_analysis', subjectId: saved.id, details: { period: input.period, version: max + 1 } }, manager);
        return saved.id;
      });
      return this.load(id);
    } catch (error) {
      if (pgErrorCode(error) === PgErrorCode.UNIQUE_VIOLATION) throw new NeedsError(NeedsErrorCode.DRAFT_EXISTS);
      throw error;
    }
  }

  async update(id: string, input: NeedsAnalysisContentInput, user: AuthUser): Promise<NeedsAnalysis> {
    await this.validateContent(input);
    await this.dataSource.transaction(async (manager) => {
      const analysis = await this.lockOwn(manager, id, user);
      if (analysis.status !== NeedsAnalysisStatus.DRAFT) throw new NeedsError(NeedsErrorCode.NOT_EDITABLE);
      await manager.update(NeedsAnalysis, { id }, { notes: input.notes ?? null });
      await manager.delete(NeedsAnalysisLine, { analysisId: id });
      await this.saveLines(manager, id, input);
      await this.audit.record({ actor: user, action: 'needs.updated', subjectType: 'needs_analysis', subjectId: id }, manager);
    });
    return this.load(id);
  }

  /** DRAFT → SUBMITTED; the version submitted before for the same period becomes SUPERSEDED. */
  async submit(id: string, user: AuthUser): Promise<NeedsAnalysis> {
    await this.dataSource.transaction(async (manager) => {
      const analysis = await this.lockOwn(manager, id, user);
      if (analysis.status !== NeedsAnalysisStatus.DRAFT) throw new NeedsError(NeedsErrorCode.NOT_EDITABLE);
      await manager.update(
        NeedsAnalysis,
        { companyId: analysis.companyId, period: analysis.period, status: NeedsAnalysisStatus.SUBMITTED },
        { status: NeedsAnalysisStatus.SUPERSEDED },
      );
      await manager.update(NeedsAnalysis, { id }, { status: NeedsAnalysisStatus.SUBMITTED, submittedAt: this.clock.now() });
      await this.audit.record({ actor: user, action: 'needs.submitted', subjectType: 'needs_analysis', subjectId: id }, manager);
    });
    return this.load(id);
  }

  async get(id: string, user: AuthUser): Promise<NeedsAnalysis> {
    await this.board.assertMemberOnBoard(user);
    const analysis = await this.analyses.findOne({ where: { id }, relations: { lines: true }, order: { lines: { position: 'ASC' } } });
    if (!analysis || !this.canRead(analysis, user)) throw new NeedsError(NeedsErrorCode.ANALYSIS_NOT_FOUND);
    return analysis;
  }

  async list(args: NeedsAnalysesArgs, user: AuthUser): Promise<ConnectionShape<NeedsAnalysis>> {
    await this.board.assertMemberOnBoard(user);
    const query = this.analyses.createQueryBuilder('analysis');
    if (user.role === Role.COMPANY_HR) {
      query.where('analysis.company_id = :companyId', { companyId: Scope.of(user).companyId() });
      if (args.status) query.andWhere('analysis.status = :status', { status: args.status });
    } else {
      // The board sees the versions in force unless it asks for superseded ones; drafts never.
      const status = args.status && SHARED_STATES.includes(args.status) ? args.status : NeedsAnalysisStatus.SUBMITTED;
      query.where('analysis.status = :status', { status });
    }
    if (args.period) query.andWhere('analysis.period = :period', { period: args.period });
    const page = await paginate(query, args, { sortColumn: 'analysis.created_at', idColumn: 'analysis.id' });
    const lines = page.nodes.length
      ? await this.dataSource.getRepository(NeedsAnalysisLine).find({ where: { analysisId: In(page.nodes.map((n) => n.id)) }, order: { position: 'ASC' } })
      : [];
    for (const node of page.nodes) node.lines = lines.filter((line) => line.analysisId === node.id);
    return page;
  }

  /** A board member marks reviewed, comments and/or sets a priority; each is one history entry. */
  async review(input: ReviewNeedsAnalysisInput, user: AuthUser): Promise<NeedsAnalysis> {
    await this.board.assertMemberOnBoard(user);
    const companyId = Scope.of(user).companyId();
    if (!input.reviewed && !input.comment && !input.priority) throw new NeedsError(NeedsErrorCode.EMPTY_REVIEW);
    assertNoPersonalData([['input.comment', input.comment]]);
    await this.dataSource.transaction(async (manager) => {
      const analysis = await manager.findOne(NeedsAnalysis, { where: { id: input.analysisId }, lock: { mode: 'pessimistic_write' } });
      if (!analysis || analysis.status === NeedsAnalysisStatus.DRAFT) throw new NeedsError(NeedsErrorCode.ANALYSIS_NOT_FOUND);
      if (analysis.status !== NeedsAnalysisStatus.SUBMITTED) throw new NeedsError(NeedsErrorCode.NOT_UNDER_REVIEW);
      const base = { analysisId: analysis.id, actorId: user.id, actorCompanyId: companyId, comment: null, priority: null };
      const entries: Partial<NeedsReview>[] = [];
      const change: Partial<NeedsAnalysis> = {};
      if (input.reviewed) {
        entries.push({ ...base, action: NeedsReviewAction.REVIEWED });
        change.reviewedAt = this.clock.now();
      }
      if (input.comment) entries.push({ ...base, action: NeedsReviewAction.COMMENTED, comment: input.comment });
      if (input.priority) {
        entries.push({ ...base, action: NeedsReviewAction.PRIORITY_SET, priority: input.priority });
        change.priority = input.priority;
      }
      await manager.save(NeedsReview, entries);
      if (Object.keys(change).length) await manager.update(NeedsAnalysis, { id: analysis.id }, change);
      await this.audit.record(
        { actor: user, action: 'needs.reviewed', subjectType: 'needs_analysis', subjectId: analysis.id, details: { actions: entries.map((e) => e.action) } },
        manager,
      );
    });
    return this.load(input.analysisId);
  }

  /** The review history, oldest first: the board and admins only. */
  async reviews(analysisId: string, user: AuthUser): Promise<NeedsReview[]> {
    const analysis = await this.get(analysisId, user);
    // One review writes its steps in one transaction, with one timestamp: the enum's order
    // (reviewed, commented, priority set) is the order they were given in.
    return this.reviewRows.find({ where: { analysisId: analysis.id }, order: { createdAt: 'ASC', action: 'ASC' } });
  }

  private canRead(analysis: NeedsAnalysis, user: AuthUser): boolean {
    if (user.role === Role.COMPANY_HR) return analysis.companyId === user.companyId;
    return SHARED_STATES.includes(analysis.status);
  }

  private async lockOwn(manager: EntityManager, id: string, user: AuthUser): Promise<NeedsAnalysis> {
    const analysis = await manager.findOne(NeedsAnalysis, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!analysis || analysis.companyId !== Scope.of(user).companyId()) throw new NeedsError(NeedsErrorCode.ANALYSIS_NOT_FOUND);
    return analysis;
  }

  private load(id: string): Promise<NeedsAnalysis> {
    return this.analyses.findOneOrFail({ where: { id }, relations: { lines: true }, order: { lines: { position: 'ASC' } } });
  }

  private async saveLines(manager: EntityManager, analysisId: string, input: NeedsAnalysisContentInput): Promise<void> {
    await manager.save(
      NeedsAnalysisLine,
      input.lines.map((line, position) => ({ analysisId, position, occupation: line.occupation.trim(), skillIds: line.skillIds, headCount: line.headCount, districtCode: line.districtCode, kind: line.kind })),
    );
  }

  private async validateContent(input: NeedsAnalysisContentInput): Promise<void> {
    // The analysis is read by every board company: the same personal-data guard as candidate profiles.
    assertNoPersonalData([['input.notes', input.notes], ...input.lines.map((line, i) => [`input.lines.${i}.occupation`, line.occupation] as const)]);
    await this.skills.assertKnown(input.lines.flatMap((line) => line.skillIds), { field: 'input.lines.skillIds' });
    const codes = [...new Set(input.lines.map((line) => line.districtCode))];
    const known = new Set((await this.territory.districtsByCodes(codes)).map((district) => district.code));
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length) throw new NeedsError(NeedsErrorCode.UNKNOWN_DISTRICT, { district: unknown.join(', ') });
  }
}
