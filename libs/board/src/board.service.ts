import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { AuthUser, Role, Scope } from '@ipl/access';
import { AlboService, AlboStatus, CompanyStandingHooks } from '@ipl/albo';
import { AuditService } from '@ipl/audit';
import { CompaniesService } from '@ipl/companies';
import { Clock, type SqlFragment } from '@ipl/core';
import { pgErrorCode, PgErrorCode } from '@ipl/database';
import { BoardMembership } from './board-membership.entity';
import { BoardError, BoardErrorCode } from './board.errors';
import { AddToBoardInput, RemoveFromBoardInput } from './dto/board.input';
import { BoardOverview } from './dto/board-overview.type';

const ROME_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Protocol's board: which companies sit on it, since and until when, and how that meets the Albo. */
@Injectable()
export class BoardService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(BoardMembership) private readonly seats: Repository<BoardMembership>,
    private readonly companies: CompaniesService,
    private readonly albo: AlboService,
    private readonly standing: CompanyStandingHooks,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Today in Bologna, as YYYY-MM-DD: board dates are calendar days. */
  today(): string {
    return ROME_DATE.format(this.clock.now());
  }

  async add(input: AddToBoardInput, admin: AuthUser): Promise<BoardMembership> {
    await this.companies.require(input.companyId);
    const since = input.since ?? this.today();
    const overlapping = await this.seats
      .createQueryBuilder('seat')
      .where('seat.company_id = :companyId', { companyId: input.companyId })
      .andWhere('(seat.until IS NULL OR seat.until >= :since)', { since })
      .getExists();
    if (overlapping) throw new BoardError(BoardErrorCode.ALREADY_ON_BOARD);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const seat = await manager.save(BoardMembership, { companyId: input.companyId, since, until: null });
        await this.audit.record(
          { actor: admin, action: 'board.company_added', subjectType: 'company', subjectId: input.companyId, details: { seatId: seat.id, since } },
          manager,
        );
        await this.standing.changed({ companyId: input.companyId, cause: 'BOARD_SEAT', alboStatus: null }, manager);
        return seat;
      });
    } catch (error) {
      if (pgErrorCode(error) === PgErrorCode.UNIQUE_VIOLATION) throw new BoardError(BoardErrorCode.ALREADY_ON_BOARD);
      throw error;
    }
  }

  async remove(input: RemoveFromBoardInput, admin: AuthUser): Promise<BoardMembership> {
    const open = await this.openSeat(input.companyId);
    if (!open) throw new BoardError(BoardErrorCode.NOT_ON_BOARD);
    const until = input.until ?? this.today();
    if (until < open.since) throw new BoardError(BoardErrorCode.UNTIL_BEFORE_SINCE, { since: open.since, until });
    return this.dataSource.transaction(async (manager) => {
      await manager.update(BoardMembership, { id: open.id }, { until });
      await this.audit.record(
        { actor: admin, action: 'board.company_removed', subjectType: 'company', subjectId: input.companyId, details: { seatId: open.id, until } },
        manager,
      );
      await this.standing.changed({ companyId: input.companyId, cause: 'BOARD_SEAT', alboStatus: null }, manager);
      return manager.findOneByOrFail(BoardMembership, { id: open.id });
    });
  }

  /** Whether the company sits on the board today (`manager`: inside a caller's transaction). */
  async isOnBoard(companyId: string, manager?: EntityManager): Promise<boolean> {
    return this.currentQuery(manager).andWhere('seat.company_id = :companyId', { companyId }).getExists();
  }

  /** isOnBoard as SQL, for the company whose id `companyIdSql` names, to embed in another library's statement. */
  onBoardSql(companyIdSql: string): SqlFragment {
    const query = this.currentQuery().select('1').andWhere(`seat.company_id = ${companyIdSql}`);
    return { sql: `EXISTS (${query.getQuery()})`, params: query.getParameters() };
  }

  /** For BOARD_MEMBER users: their company must sit on the board today. */
  async assertMemberOnBoard(user: AuthUser): Promise<void> {
    if (user.role !== Role.BOARD_MEMBER) return;
    if (!(await this.isOnBoard(Scope.of(user).companyId()))) throw new BoardError(BoardErrorCode.MEMBER_COMPANY_NOT_ON_BOARD);
  }

  async overview(user: AuthUser): Promise<BoardOverview> {
    await this.assertMemberOnBoard(user);
    const seats = await this.currentQuery().orderBy('seat.since', 'ASC').addOrderBy('seat.id', 'ASC').getMany();
    const admitted = await this.albo.admittedCompanyIds();
    const onBoard = new Set(seats.map((seat) => seat.companyId));
    const notOnBoard = admitted.filter((id) => !onBoard.has(id));
    const [companies, memberships] = await Promise.all([
      this.companies.findByIds([...onBoard, ...notOnBoard]),
      this.albo.membershipsOf([...onBoard]),
    ]);
    const companyById = new Map(companies.map((company) => [company.id, company]));
    const statusOf = new Map(memberships.map((membership) => [membership.companyId, membership.status]));
    const admittedSet = new Set(admitted);
    return {
      seats: seats.flatMap((seat) => {
        const company = companyById.get(seat.companyId);
        if (!company) return [];
        const alboStatus: AlboStatus | null = statusOf.get(seat.companyId) ?? null;
        return [{ membership: seat, company, inAlbo: admittedSet.has(seat.companyId), alboStatus }];
      }),
      admittedNotOnBoard: notOnBoard
        .map((id) => companyById.get(id))
        .filter((company) => company !== undefined)
        .sort((a, b) => a.legalName.localeCompare(b.legalName, 'it')),
    };
  }

  private openSeat(companyId: string): Promise<BoardMembership | null> {
    return this.seats.createQueryBuilder('seat').where('seat.company_id = :companyId AND seat.until IS NULL', { companyId }).getOne();
  }

  private currentQuery(manager?: EntityManager) {
    const today = this.today();
    return (manager ? manager.getRepository(BoardMembership) : this.seats)
      .createQueryBuilder('seat')
      .where('seat.since <= :today', { today })
      .andWhere('(seat.until IS NULL OR seat.until >= :today)', { today });
  }
}
