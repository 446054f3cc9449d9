import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardModule } from '@ipl/board';
import { CompaniesModule } from '@ipl/companies';
import { AppConfig } from '@ipl/config';
import { OrganisationsModule } from '@ipl/organisations';
import { TerritoryModule } from '@ipl/territory';
import { AccountDirectory } from './accounts/account-directory';
import { AuthResolver } from './auth.resolver';
import { ColleaguesResolver } from './colleagues.resolver';
import { CredentialsService } from './credentials.service';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { Invitation } from './invitation.entity';
import { jwtKey } from './jwt-key';
import { JWT_ALGORITHM, JwtStrategy } from './jwt.strategy';
import { LocalStrategy } from './local.strategy';
import { LoginFailure } from './lockout/login-failure.entity';
import { LoginFailuresService } from './lockout/login-failures.service';
import { AuthRetentionJob } from './retention/auth-retention.job';
import { PasswordHasher } from './password-hasher';
import { RefreshToken } from './refresh-token.entity';
import { SecondFactorService } from './second-factor.service';
import { TotpSecretCipher } from './totp-secret-cipher';
import { SessionsService } from './sessions.service';
import { PostgresThrottlerStorage } from './throttling/postgres-throttler.storage';
import { ThrottleBucket } from './throttling/throttle-bucket.entity';
import { ThrottlingStorageModule } from './throttling/throttling-storage.module';
import { User } from './user.entity';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, RefreshToken, Invitation, ThrottleBucket, LoginFailure]),
    PassportModule,
    BoardModule,
    CompaniesModule,
    OrganisationsModule,
    TerritoryModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: jwtKey(config.get('JWT_SECRET')),
        signOptions: { algorithm: JWT_ALGORITHM, audience: config.get('JWT_AUDIENCE'), issuer: config.get('JWT_ISSUER') },
        verifyOptions: { algorithms: [JWT_ALGORITHM], audience: config.get('JWT_AUDIENCE'), issuer: config.get('JWT_ISSUER') },
      }),
    }),
    ThrottlerModule.forRootAsync({
      imports: [ThrottlingStorageModule],
      inject: [AppConfig, PostgresThrottlerStorage],
      useFactory: (config: AppConfig, storage: PostgresThrottlerStorage) => ({
        throttlers: [{ name: 'auth', ttl: 60_000, limit: config.get('AUTH_THROTTLE_PER_MINUTE') }],
        storage,
      }),
    }),
  ],
  providers: [
    AuthRetentionJob,
    PasswordHasher,
    CredentialsService,
    LoginFailuresService,
    SecondFactorService,
    TotpSecretCipher,
    SessionsService,
    InvitationsService,
    UsersService,
    AccountDirectory,
    JwtStrategy,
    LocalStrategy,
    AuthResolver,
    InvitationsResolver,
    UsersResolver,
    ColleaguesResolver,
  ],
  exports: [UsersService, SessionsService, PasswordHasher, AuthRetentionJob],
})
export class AuthModule {}
