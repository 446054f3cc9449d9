import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuthUser, Role, Scope } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { BoardService } from '@ipl/board';
import { Clock, ConnectionShape, paginate } from '@ipl/core';
import { assertNoPersonalData } from '@ipl/personal-data';
import { TerritoryService } from '@ipl/territory';
import { CreateProjectInput, DecideProjectOfferInput, OfferProjectSupportInput, ProjectsArgs, SetProjectStageInput } from './dto/project.inputs';
import { ProjectNeed } from './project-need.entity';
import { ProjectOffer } from './project-offer.entity';
import { Project } from './project.entity';
import { ProjectNeedStatus, ProjectOfferStatus, ProjectStage } from './project.enums';
import { canMoveStage, STAGE_TRANSITIONS } from './project-stages';
import { ProjectsError, ProjectsErrorCode } from './projects.errors';

const projectNotFound = () => new ProjectsError(ProjectsErrorCode.PROJECT_NOT_FOUND);

/**
 * New entrepreneurial projects: operators (their organisation's) and admins record them and
 * decide on offers; board members of companies on the board read them and offer support.
 */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Project) private readonly projectRows: Repository<Project>,
    @InjectRepository(ProjectOffer) private readonly offerRows: Repository<ProjectOffer>,
    private readonly board: BoardService,
    private readonly territory: TerritoryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(input: CreateProjectInput, user: AuthUser): Promise<Project> {
    const organisationId = user.role === Role.ADMIN ? input.organisationId : Scope.of(user).organisationId();
    if (!organisationId) throw new ProjectsError(ProjectsErrorCode.ORGANISATION_REQUIRED);
    assertNoPersonalData([['input.description', input.description], ...input.needs.map((need, i) => [`input.needs.${i}.detail`, need.detail] as const)]);
    const known = await this.territory.districtsByCodes([input.districtCode]);
    if (!known.length) throw new ProjectsError(ProjectsErrorCode.UNKNOWN_DISTRICT, { district: input.districtCode });
    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(Project, {
        organisationId,
        atecoSection: input.atecoSection,
        districtCode: input.districtCode,
        stage: input.stage ?? ProjectStage.IDEA,
        description: input.description.trim(),
        openNeedCount: input.needs.length,
        createdById: user.id,
      });
      await manager.save(
        ProjectNeed,
        input.needs.map((need) => ({ projectId: saved.id, kind: need.kind, detail: need.detail?.trim() || null, status: ProjectNeedStatus.OPEN })),
      );
      await this.audit.record(
        { actor: user, action: 'project.created', subjectType: 'project', subjectId: saved.id, details: { needs: input.needs.map((need) => need.kind) } },
        manager,
      );
      return saved.id;
    });
    return this.load(id);
  }

  async setStage(input: SetProjectStageInput, user: AuthUser): Promise<Project> {
    await this.dataSource.transaction(async (manager) => {
      const project = await this.lockOwn(manager, input.projectId, user);
      // Asking for the stage it is at changes nothing and records nothing (a repeated click).
      if (project.stage === input.stage) return;
      if (!canMoveStage(project.stage, input.stage)) {
        throw new ProjectsError(ProjectsErrorCode.STAGE_TRANSITION_NOT_ALLOWED, { from: project.stage, to: input.stage }, { allowed: STAGE_TRANSITIONS[project.stage] });
      }
      await manager.update(Project, { id: project.id }, { stage: input.stage });
      await this.audit.record(
        { actor: user, action: 'project.stage_changed', subjectType: 'project', subjectId: project.id, details: { from: project.stage, to: input.stage } },
        manager,
      );
    });
    return this.load(input.projectId);
  }

  async list(args: ProjectsArgs, user: AuthUser): Promise<ConnectionShape<Project>> {
    await this.board.assertMemberOnBoard(user);
    const query = this.projectRows.createQueryBuilder('project');
    if (user.role === Role.OPERATOR) query.where('project.organisation_id = :organisationId', { organisationId: Scope.of(user).organisationId() });
    if (args.stage) query.andWhere('project.stage = :stage', { stage: args.stage });
    if (args.districtCode) query.andWhere('project.district_code = :districtCode', { districtCode: args.districtCode });
    // Open needs first: the more a project still needs, the higher it comes.
    const page = await paginate(query, args, { sortColumn: 'project.open_need_count', idColumn: 'project.id' });
    const needs = page.nodes.length
      ? await this.dataSource.getRepository(ProjectNeed).find({ where: { projectId: In(page.nodes.map((n) => n.id)) }, order: { kind: 'ASC', createdAt: 'ASC', id: 'ASC' } })
      : [];
    for (const node of page.nodes) node.needs = needs.filter((need) => need.projectId === node.id);
    return page;
  }

  async get(id: string, user: AuthUser): Promise<Project> {
    await this.board.assertMemberOnBoard(user);
    const project = await this.projectRows.findOne({ where: { id } });
    if (!project) throw new ProjectsError(ProjectsErrorCode.PROJECT_NOT_FOUND);
    if (user.role === Role.OPERATOR) Scope.of(user).assertOrganisation(project.organisationId, projectNotFound);
    return this.load(id);
  }

  /** A board member of a company on the board offers support on an open need. */
  async offer(input: OfferProjectSupportInput, user: AuthUser): Promise<ProjectOffer> {
    await this.board.assertMemberOnBoard(user);
    const companyId = Scope.of(user).companyId();
    assertNoPersonalData([['input.note', input.note]]);
    const id = await this.dataSource.transaction(async (manager) => {
      const need = await manager.findOne(ProjectNeed, { where: { id: input.needId }, lock: { mode: 'pessimistic_write' } });
      if (!need) throw new ProjectsError(ProjectsErrorCode.NEED_NOT_FOUND);
      if (need.status !== ProjectNeedStatus.OPEN) throw new ProjectsError(ProjectsErrorCode.NEED_NOT_OPEN);
      const project = await manager.findOneOrFail(Project, { where: { id: need.projectId } });
      if (project.stage === ProjectStage.CLOSED) throw new ProjectsError(ProjectsErrorCode.PROJECT_CLOSED);
      const saved = await manager.save(ProjectOffer, {
        projectId: project.id,
        needId: need.id,
        companyId,
        offeredById: user.id,
        note: input.note.trim(),
        status: ProjectOfferStatus.OFFERED,
        decidedAt: null,
      });
      await this.audit.record(
        { actor: user, action: 'project.offer_made', subjectType: 'project_offer', subjectId: saved.id, details: { projectId: project.id, needId: need.id, kind: need.kind } },
        manager,
      );
      return saved.id;
    });
    return this.offerRows.findOneOrFail({ where: { id } });
  }

  /** The project's operator (or an admin) accepts or declines an offer; an accepted offer meets the need. */
  async decide(input: DecideProjectOfferInput, user: AuthUser): Promise<ProjectOffer> {
    await this.dataSource.transaction(async (manager) => {
      const offer = await manager.findOne(ProjectOffer, { where: { id: input.offerId }, lock: { mode: 'pessimistic_write' } });
      if (!offer) throw new ProjectsError(ProjectsErrorCode.OFFER_NOT_FOUND);
      await this.lockOwn(manager, offer.projectId, user, () => new ProjectsError(ProjectsErrorCode.OFFER_NOT_FOUND));
      if (offer.status !== ProjectOfferStatus.OFFERED) throw new ProjectsError(ProjectsErrorCode.OFFER_ALREADY_DECIDED);
      const status = input.accept ? ProjectOfferStatus.ACCEPTED : ProjectOfferStatus.DECLINED;
      if (input.accept) {
        const need = await manager.findOneOrFail(ProjectNeed, { where: { id: offer.needId }, lock: { mode: 'pessimistic_write' } });
        if (need.status !== ProjectNeedStatus.OPEN) throw new ProjectsError(ProjectsErrorCode.NEED_NOT_OPEN);
        await manager.update(ProjectNeed, { id: need.id }, { status: ProjectNeedStatus.MET });
        await manager.decrement(Project, { id: offer.projectId }, 'openNeedCount', 1);
      }
      await manager.update(ProjectOffer, { id: offer.id }, { status, decidedAt: this.clock.now() });
      await this.audit.record(
        { actor: user, action: input.accept ? 'project.offer_accepted' : 'project.offer_declined', subjectType: 'project_offer', subjectId: offer.id, details: { projectId: offer.projectId, needId: offer.needId } },
        manager,
      );
    });
    return this.offerRows.findOneOrFail({ where: { id: input.offerId } });
  }

  /** All offers for the project's operator and admins; a board member's own company's only; others refused. */
  async offers(projectId: string, user: AuthUser): Promise<ProjectOffer[]> {
    await this.board.assertMemberOnBoard(user);
    const project = await this.projectRows.findOne({ where: { id: projectId } });
    if (!project) throw new ProjectsError(ProjectsErrorCode.PROJECT_NOT_FOUND);
    if (user.role === Role.BOARD_MEMBER) {
      return this.offerRows.find({ where: { projectId, companyId: Scope.of(user).companyId() }, order: { createdAt: 'ASC', id: 'ASC' } });
    }
    Scope.of(user).assertOrganisation(project.organisationId, projectNotFound);
    return this.offerRows.find({ where: { projectId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** `notFound` is what an unknown id of the object asked for (a project, an offer) gets. */
  private async lockOwn(manager: EntityManager, id: string, user: AuthUser, notFound: () => Error = projectNotFound): Promise<Project> {
    const project = await manager.findOne(Project, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!project) throw new ProjectsError(ProjectsErrorCode.PROJECT_NOT_FOUND);
    Scope.of(user).assertOrganisation(project.organisationId, notFound);
    return project;
  }

  /** Needs come in the order of their kind (mentoring, premises, …): they are saved together. */
  private load(id: string): Promise<Project> {
    return this.projectRows.findOneOrFail({ where: { id }, relations: { needs: true }, order: { needs: { kind: 'ASC', createdAt: 'ASC', id: 'ASC' } } });
  }
}
