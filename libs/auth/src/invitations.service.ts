import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan } from 'typeorm';
import { AuthUser, Role } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { BoardService } from '@ipl/board';
import { CompaniesService } from '@ipl/companies';
import { AppConfig } from '@ipl/config';
import { Clock, paginate, type ConnectionShape } from '@ipl/core';
import { Mailer } from '@ipl/mail';
import { OrganisationsService } from '@ipl/organisations';
import { TerritoryService } from '@ipl/territory';
import { AuthError, AuthErrorCode } from './auth.errors';
import { AcceptInvitationInput } from './dto/accept-invitation.input';
import { InvitationsArgs } from './dto/invitations.args';
import { InvitationSent } from './dto/invitation.type';
import { InviteUserInput } from './dto/invite-user.input';
import { InvitationStatus } from './invitation-status.enum';
import { SCOPE_ADMIN_ROLES } from './scope-admin';
import { Invitation } from './invitation.entity';
import { PasswordHasher } from './password-hasher';
import { hashSecret, randomSecret } from './secret-token';
import { User } from './user.entity';

const HOUR_MS = 3_600_000;

function normalised(email: string): string {
  return email.trim().toLowerCase();
}

type InvitationScope = Pick<Invitation, 'companyId' | 'organisationId' | 'districtCode'>;

/** Invitations: the only way into the platform. An ADMIN invites; the person sets a password. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly companies: CompaniesService,
    private readonly organisations: OrganisationsService,
    private readonly territory: TerritoryService,
    private readonly board: BoardService,
    private readonly clock: Clock,
  ) {}

  /** An ADMIN invites anyone, with the scope the role needs. */
  async invite(input: InviteUserInput, inviter: AuthUser): Promise<Invitation> {
    return this.send(input.email, input.role, await this.scopeFor(input), inviter);
  }

  /**
   * A company admin or lead operator invites a colleague: same role, same company or
   * organisation, so the metropolitan staff are not the bottleneck. The answer never tells
   * whether the address already has an account (anywhere): the holder of such an account gets
   * a notice instead of a link, and nothing is created.
   */
  async inviteColleague(rawEmail: string, inviter: AuthUser): Promise<InvitationSent> {
    if (!inviter.scopeAdmin || !SCOPE_ADMIN_ROLES.includes(inviter.role)) throw new AuthError(AuthErrorCode.NOT_SCOPE_ADMIN);
    const { companyId, organisationId, districtCode } = inviter;
    const email = normalised(rawEmail);
    const holder = await this.dataSource.getRepository(User).findOneBy({ email });
    if (holder) return this.noticeToAccountHolder(holder, inviter);
    return this.send(email, inviter.role, { companyId, organisationId, districtCode }, inviter);
  }

  /** Every invitation, newest first, for the metropolitan office's follow-up. */
  list(args: InvitationsArgs): Promise<ConnectionShape<Invitation>> {
    const query = this.dataSource.getRepository(Invitation).createQueryBuilder('i');
    if (args.role) query.andWhere('i.role = :role', { role: args.role });
    const now = this.clock.now();
    switch (args.status) {
      case InvitationStatus.ACCEPTED:
        query.andWhere('i.accepted_at IS NOT NULL');
        break;
      case InvitationStatus.REVOKED:
        query.andWhere('i.accepted_at IS NULL AND i.revoked_at IS NOT NULL');
        break;
      case InvitationStatus.PENDING:
        query.andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > :now', { now });
        break;
      case InvitationStatus.EXPIRED:
        query.andWhere('i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at <= :now', { now });
        break;
    }
    return paginate(query, args, { sortColumn: 'i.created_at', idColumn: 'i.id' });
  }

  /** Withdraws an invitation not used yet: its link stops working at once. */
  async revoke(id: string, admin: AuthUser): Promise<Invitation> {
    return this.dataSource.transaction(async (manager) => {
      const revoked = await manager.update(Invitation, { id, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: () => 'now()' });
      if (revoked.affected !== 1) throw new AuthError(AuthErrorCode.INVITATION_INVALID);
      await this.audit.record({ actor: admin, action: 'invitation.revoked', subjectType: 'invitation', subjectId: id }, manager);
      return manager.findOneByOrFail(Invitation, { id });
    });
  }

  /** Sends a fresh link with the same role and scope; the earlier link stops working. */
  async resend(id: string, admin: AuthUser): Promise<Invitation> {
    const earlier = await this.dataSource.getRepository(Invitation).findOneBy({ id, acceptedAt: IsNull() });
    if (!earlier) throw new AuthError(AuthErrorCode.INVITATION_INVALID);
    const { companyId, organisationId, districtCode } = earlier;
    return this.send(earlier.email, earlier.role, { companyId, organisationId, districtCode }, admin);
  }

  private async send(rawEmail: string, role: Role, scope: InvitationScope, inviter: AuthUser): Promise<Invitation> {
    const email = normalised(rawEmail);
    if (await this.dataSource.getRepository(User).existsBy({ email })) throw new AuthError(AuthErrorCode.EMAIL_TAKEN);
    const token = randomSecret();
    const invitation = await this.dataSource.transaction(async (manager) => {
      await this.replaceEarlier(email, role, scope, inviter, manager);
      const saved = await manager.save(Invitation, {
        email,
        role,
        ...scope,
        tokenHash: hashSecret(token),
        invitedById: inviter.id,
        expiresAt: this.expiry(),
      });
      await this.audit.record(
        { actor: inviter, action: 'user.invited', subjectType: 'invitation', subjectId: saved.id, details: { role, ...scope } },
        manager,
      );
      return saved;
    });
    await this.mailer.send({
      to: email,
      kind: 'invitation',
      subject: 'Invito a Insieme per il lavoro / Invitation to Insieme per il lavoro',
      text: [
        'Sei stato invitato a Insieme per il lavoro. Per scegliere la password apri:',
        `${this.config.get('PUBLIC_URL')}/invito?token=${token}`,
        `Il link scade il ${invitation.expiresAt.toISOString().slice(0, 10)}.`,
        '',
        'You have been invited to Insieme per il lavoro. To choose your password open the link above.',
      ].join('\n'),
    });
    return invitation;
  }

  /**
   * A new invitation replaces earlier ones to the same address. An ADMIN's replaces any; a scope
   * admin's only those of its own role and scope sent by scope admins, never an ADMIN's.
   */
  private async replaceEarlier(email: string, role: Role, scope: InvitationScope, inviter: AuthUser, manager: EntityManager): Promise<void> {
    if (inviter.role === Role.ADMIN) {
      await manager.update(Invitation, { email, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: () => 'now()' });
      return;
    }
    await manager.query(
      `UPDATE invitation i SET revoked_at = now()
       FROM app_user inviter
       WHERE inviter.id = i.invited_by_id AND inviter.role <> 'ADMIN'
         AND i.email = $1 AND i.role = $2
         AND i.company_id IS NOT DISTINCT FROM $3 AND i.organisation_id IS NOT DISTINCT FROM $4
         AND i.accepted_at IS NULL AND i.revoked_at IS NULL`,
      [email, role, scope.companyId, scope.organisationId],
    );
  }

  /** What a scope admin's invitation to an existing account does instead: tells the holder, answers as if sent. */
  private async noticeToAccountHolder(holder: User, inviter: AuthUser): Promise<InvitationSent> {
    await this.audit.record({ actor: inviter, action: 'invitation.existing_account_noticed', subjectType: 'user', subjectId: holder.id });
    await this.mailer.send({
      to: holder.email,
      kind: 'invitation-existing-account',
      subject: 'Invito a Insieme per il lavoro / Invitation to Insieme per il lavoro',
      text: [
        'Un collega ha provato a invitarti su Insieme per il lavoro, ma hai già un account con questo indirizzo.',
        `Accedi da ${this.config.get('PUBLIC_URL')}. Se l'invito riguardava un'altra azienda o organizzazione, rivolgiti all'ufficio metropolitano.`,
        '',
        'A colleague tried to invite you to Insieme per il lavoro, but you already have an account with this address.',
        'Sign in at the link above. If the invitation was for another company or organisation, contact the metropolitan office.',
      ].join('\n'),
    });
    // An id like a real invitation's, so that the answer is the same shape as for a new address.
    return { id: randomUUID(), email: holder.email, role: inviter.role, expiresAt: this.expiry() };
  }

  private expiry(): Date {
    return new Date(Date.now() + this.config.get('INVITATION_TTL_HOURS') * HOUR_MS);
  }

  /** Uses the token once: of two racing acceptances, the conditional update lets one through. */
  async accept(input: AcceptInvitationInput): Promise<User> {
    const tokenHash = hashSecret(input.token);
    // The token is checked before the costly hash (64 MiB of argon2): a stream of made-up
    // tokens must cost the server a lookup each, not a password hash each.
    const usable = await this.dataSource
      .getRepository(Invitation)
      .existsBy({ tokenHash, acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(this.clock.now()) });
    if (!usable) throw new AuthError(AuthErrorCode.INVITATION_INVALID);
    const passwordHash = await this.hasher.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE invitation SET accepted_at = now()
         WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()
         RETURNING id, email, role, company_id AS "companyId", organisation_id AS "organisationId", district_code AS "districtCode"`,
        [tokenHash],
      )) as [(Pick<Invitation, 'id' | 'email' | 'role'> & InvitationScope)[], number];
      const invitation = rows[0];
      if (!invitation) throw new AuthError(AuthErrorCode.INVITATION_INVALID);
      if (await manager.existsBy(User, { email: invitation.email })) throw new AuthError(AuthErrorCode.EMAIL_TAKEN);
      const user = await manager.save(User, {
        scopeAdmin: await this.isFirstOfScope(invitation, manager),
        email: invitation.email,
        displayName: input.displayName.trim(),
        passwordHash,
        role: invitation.role,
        companyId: invitation.companyId,
        organisationId: invitation.organisationId,
        districtCode: invitation.districtCode,
      });
      await this.audit.record(
        { actor: { id: user.id, role: user.role }, action: 'user.activated', subjectType: 'user', subjectId: user.id, details: { invitationId: invitation.id } },
        manager,
      );
      return manager.findOneByOrFail(User, { id: user.id });
    });
  }

  /** The first HR user of a company is its admin; the first operator of an organisation its lead. */
  private async isFirstOfScope(invitation: Pick<Invitation, 'role'> & InvitationScope, manager: EntityManager): Promise<boolean> {
    if (invitation.role === Role.COMPANY_HR && invitation.companyId) {
      return !(await manager.existsBy(User, { role: Role.COMPANY_HR, companyId: invitation.companyId }));
    }
    if (invitation.role === Role.OPERATOR && invitation.organisationId) {
      return !(await manager.existsBy(User, { role: Role.OPERATOR, organisationId: invitation.organisationId }));
    }
    return false;
  }

  /** The scope a role needs, checked against what exists; an operator's district is its organisation's. */
  private async scopeFor(input: InviteUserInput): Promise<InvitationScope> {
    const none: InvitationScope = { companyId: null, organisationId: null, districtCode: null };
    const mismatch = (needs: string) => new AuthError(AuthErrorCode.SCOPE_MISMATCH, { role: input.role, needs });
    switch (input.role) {
      case Role.ADMIN:
        if (input.companyId || input.organisationId || input.districtCode) throw mismatch('no company, organisation or district');
        return none;
      case Role.COMPANY_HR:
      case Role.BOARD_MEMBER: {
        if (!input.companyId || input.organisationId || input.districtCode) throw mismatch('companyId only');
        if (!(await this.companies.exists(input.companyId))) {
          throw new AuthError(AuthErrorCode.SCOPE_NOT_FOUND, { scope: 'company' });
        }
        // A board member speaks for a company sitting on the board; anyone else would see the board's figures unentitled.
        if (input.role === Role.BOARD_MEMBER && !(await this.board.isOnBoard(input.companyId))) {
          throw new AuthError(AuthErrorCode.COMPANY_NOT_ON_BOARD);
        }
        return { ...none, companyId: input.companyId };
      }
      case Role.OPERATOR: {
        if (!input.organisationId || input.companyId || input.districtCode) throw mismatch('organisationId only');
        const organisation = await this.organisations.find(input.organisationId);
        if (!organisation) throw new AuthError(AuthErrorCode.SCOPE_NOT_FOUND, { scope: 'organisation' });
        return { ...none, organisationId: organisation.id, districtCode: organisation.districtCode };
      }
      case Role.DISTRICT_COORDINATOR: {
        if (!input.districtCode || input.companyId || input.organisationId) throw mismatch('districtCode only');
        if (!(await this.territory.findDistrict(input.districtCode))) {
          throw new AuthError(AuthErrorCode.SCOPE_NOT_FOUND, { scope: 'district' });
        }
        return { ...none, districtCode: input.districtCode };
      }
    }
  }
}
