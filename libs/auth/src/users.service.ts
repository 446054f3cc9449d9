import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, Repository } from 'typeorm';
import { AuthUser, Role } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { AuthError, AuthErrorCode } from './auth.errors';
import { accountKeyOf } from './lockout/account-key';
import { LoginFailuresService } from './lockout/login-failures.service';
import { SCOPE_ADMIN_ROLES } from './scope-admin';
import { SessionsService } from './sessions.service';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly sessions: SessionsService,
    private readonly failures: LoginFailuresService,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new AuthError(AuthErrorCode.USER_NOT_FOUND);
    return user;
  }

  /** Users with the caller's role in the caller's company or organisation, the caller included. */
  colleagues(actor: AuthUser): Promise<User[]> {
    if (!SCOPE_ADMIN_ROLES.includes(actor.role)) throw new AuthError(AuthErrorCode.NOT_A_COLLEAGUE);
    const scope = actor.role === Role.COMPANY_HR ? { companyId: actor.companyId ?? '' } : { organisationId: actor.organisationId ?? '' };
    return this.users.find({ where: { role: actor.role, ...scope }, order: { displayName: 'ASC' } });
  }

  /** The enabled operators of an organisation, e.g. to remind them of their own profiles' deadlines. */
  enabledOperatorsOf(organisationId: string): Promise<User[]> {
    return this.users.find({ where: { role: Role.OPERATOR, organisationId, disabledAt: IsNull() }, order: { email: 'ASC' } });
  }

  /** The e-mail addresses of these users, enabled ones only (a disabled user receives no mail), by user id. */
  async emailsOf(userIds: readonly string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const users = await this.users.find({ select: { id: true, email: true }, where: { id: In([...userIds]), disabledAt: IsNull() } });
    return new Map(users.map((user) => [user.id, user.email]));
  }

  /**
   * The enabled HR users of a company, e.g. to tell them a proposal arrived for one of its slots.
   * Pass the caller's transaction manager when calling from inside one: a second pooled
   * connection per transaction deadlocks the pool under concurrent requests.
   */
  enabledHrOf(companyId: string, manager: EntityManager = this.users.manager): Promise<User[]> {
    return manager.find(User, { where: { role: Role.COMPANY_HR, companyId, disabledAt: IsNull() }, order: { email: 'ASC' } });
  }

  /** Like enabledOperatorsOf, read in the caller's transaction. */
  enabledOperatorsIn(organisationId: string, manager: EntityManager): Promise<User[]> {
    return manager.find(User, { where: { role: Role.OPERATOR, organisationId, disabledAt: IsNull() }, order: { email: 'ASC' } });
  }

  /** A scope admin disables a colleague of the same role, company or organisation (never elsewhere). */
  async disableColleague(id: string, actor: AuthUser): Promise<User> {
    await this.assertColleague(id, actor);
    return this.disable(id, actor);
  }

  /** A scope admin re-enables a colleague, unless an ADMIN disabled them: that decision is the ADMIN's to undo. */
  async enableColleague(id: string, actor: AuthUser): Promise<User> {
    const target = await this.assertColleague(id, actor);
    if (target.disabledAt && (await this.disabledByAdmin(target))) throw new AuthError(AuthErrorCode.DISABLED_BY_ADMIN);
    return this.enable(id, actor);
  }

  /** An ADMIN names or removes a company admin / lead operator. */
  async setScopeAdmin(id: string, scopeAdmin: boolean, actor: AuthUser): Promise<User> {
    const user = await this.get(id);
    if (!SCOPE_ADMIN_ROLES.includes(user.role)) throw new AuthError(AuthErrorCode.NOT_A_COLLEAGUE);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id }, { scopeAdmin });
      await this.audit.record({ actor, action: 'user.scope_admin_set', subjectType: 'user', subjectId: id, details: { scopeAdmin } }, manager);
    });
    return this.get(id);
  }

  private async assertColleague(id: string, actor: AuthUser): Promise<User> {
    if (!actor.scopeAdmin) throw new AuthError(AuthErrorCode.NOT_SCOPE_ADMIN);
    const target = await this.get(id);
    // Someone of another company or organisation reads as unknown; only one's own scope learns why not.
    const sameScope = actor.role === Role.COMPANY_HR ? target.companyId === actor.companyId : target.organisationId === actor.organisationId;
    if (!sameScope) throw new AuthError(AuthErrorCode.USER_NOT_FOUND);
    if (target.role !== actor.role || target.id === actor.id) throw new AuthError(AuthErrorCode.NOT_A_COLLEAGUE);
    return target;
  }

  private async disabledByAdmin(user: User): Promise<boolean> {
    // An account disabled before the disabler was recorded counts as the ADMIN's: the safe side.
    if (!user.disabledById) return true;
    return this.users.existsBy({ id: user.disabledById, role: Role.ADMIN });
  }

  /**
   * Disabling ends the user's sessions at once, access tokens included. An ADMIN's disabling
   * takes the decision over; a scope admin's never overwrites an earlier one, so it cannot turn
   * an ADMIN's decision into its own and then undo it.
   */
  async disable(id: string, actor: AuthUser): Promise<User> {
    await this.get(id);
    await this.dataSource.transaction(async (manager) => {
      const disabling = { disabledAt: () => 'COALESCE(disabled_at, now())', disabledById: actor.id };
      if (actor.role === Role.ADMIN) await manager.update(User, { id }, disabling);
      else await manager.update(User, { id, disabledAt: IsNull() }, disabling);
      await this.sessions.endAll(id, manager);
      await this.audit.record({ actor, action: 'user.disabled', subjectType: 'user', subjectId: id }, manager);
    });
    return this.get(id);
  }

  async enable(id: string, actor: AuthUser): Promise<User> {
    const user = await this.get(id);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id }, { disabledAt: null, disabledById: null });
      await this.failures.clearAccount(accountKeyOf(user.email), manager);
      await this.audit.record({ actor, action: 'user.enabled', subjectType: 'user', subjectId: id }, manager);
    });
    return this.get(id);
  }
}
