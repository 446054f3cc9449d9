export { AuthModule } from './auth.module';
export { AuthError, AuthErrorCode } from './auth.errors';
export { Invitation } from './invitation.entity';
export { PasswordHasher } from './password-hasher';
export { RefreshToken } from './refresh-token.entity';
export { SessionsService } from './sessions.service';
export { ThrottleBucket } from './throttling/throttle-bucket.entity';
export { User } from './user.entity';
export { UsersService } from './users.service';
