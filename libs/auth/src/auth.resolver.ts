import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import { ALL_ROLES, AllowWithoutSecondFactor, CurrentUser, Public, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { AccountDirectory } from './accounts/account-directory';
import { AuthError, AuthErrorCode } from './auth.errors';
import { ClientAddress } from './client-address.decorator';
import { CredentialsService, type VerifiedLogin } from './credentials.service';
import { AuthPayload } from './dto/auth-payload.type';
import { ConfirmTotpInput } from './dto/confirm-totp.input';
import { LoginInput } from './dto/login.input';
import { RefreshTokenInput } from './dto/refresh-token.input';
import { ReplaceSecondFactorInput } from './dto/replace-second-factor.input';
import { TotpEnrolment } from './dto/totp-enrolment.type';
import { GqlLocalAuthGuard } from './gql-local-auth.guard';
import { VerifiedLoginOf } from './login-user.decorator';
import { SecondFactorService } from './second-factor.service';
import { SessionsService } from './sessions.service';
import { GqlThrottlerGuard } from './throttling/gql-throttler.guard';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly secondFactor: SecondFactorService,
    private readonly credentials: CredentialsService,
    private readonly audit: AuditService,
    private readonly accounts: AccountDirectory,
  ) {}

  @Public()
  @UseGuards(GqlThrottlerGuard, GqlLocalAuthGuard)
  @Mutation(() => AuthPayload, { description: 'Signs in with e-mail, password and, once enrolled, a TOTP code.' })
  async login(@Args('input') _input: LoginInput, @VerifiedLoginOf() login: VerifiedLogin): Promise<AuthPayload> {
    await this.audit.record({ actor: login.user, action: 'user.signed_in', subjectType: 'user', subjectId: login.user.id });
    return this.sessions.start(login.user, login.secondFactor);
  }

  @Public()
  @UseGuards(GqlThrottlerGuard)
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token, once, for a new pair.' })
  refreshToken(@Args('input') input: RefreshTokenInput): Promise<AuthPayload> {
    return this.sessions.refresh(input.refreshToken);
  }

  @Roles(...ALL_ROLES)
  @AllowWithoutSecondFactor()
  @Mutation(() => Boolean, { description: "Ends all of the caller's sessions, on every device." })
  async logout(@CurrentUser() user: AuthUser): Promise<boolean> {
    await this.sessions.endAll(user.id);
    await this.audit.record({ actor: user, action: 'user.signed_out', subjectType: 'user', subjectId: user.id });
    return true;
  }

  @Roles(...ALL_ROLES)
  @AllowWithoutSecondFactor()
  @Query(() => User)
  me(@CurrentUser() user: AuthUser): Promise<User> {
    return this.accounts.user(user.id);
  }

  @Roles(...ALL_ROLES)
  @AllowWithoutSecondFactor()
  @Mutation(() => TotpEnrolment, {
    description:
      'Starts enrolling a TOTP authenticator app. To replace a factor already on, `proof` (password and a current code) is required; ' +
      'the confirmation then ends every other session.',
  })
  async enrolSecondFactor(
    @CurrentUser() user: AuthUser,
    @ClientAddress() clientAddress: string,
    @Args('proof', { type: () => ReplaceSecondFactorInput, nullable: true }) proof?: ReplaceSecondFactorInput,
  ): Promise<TotpEnrolment> {
    const account = await this.users.get(user.id);
    if (account.totpSecret) {
      // An access token alone (stolen, or a device left signed in) must not be enough to take the account's factor over.
      if (!proof) throw new AuthError(AuthErrorCode.REPLACEMENT_NEEDS_PROOF);
      await this.credentials.reconfirm(account, proof.password, proof.currentCode, clientAddress);
    }
    return this.secondFactor.startEnrolment(account);
  }

  @Roles(...ALL_ROLES)
  @AllowWithoutSecondFactor()
  @Mutation(() => AuthPayload, { description: 'Confirms the authenticator with a first code; returns a session that passed it.' })
  async confirmSecondFactor(@Args('input') input: ConfirmTotpInput, @CurrentUser() user: AuthUser): Promise<AuthPayload> {
    const confirmed = await this.secondFactor.confirmEnrolment(await this.users.get(user.id), input.code);
    await this.sessions.endAll(user.id);
    return this.sessions.start(await this.users.get(confirmed.id), true);
  }
}
