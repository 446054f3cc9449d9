import { Injectable, Logger } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';
import { Clock } from '@ipl/core';
import { Invitation } from '../invitation.entity';
import { RefreshToken } from '../refresh-token.entity';

const DAY_MS = 86_400_000;
/**
 * An expired invitation stays this long so that the invitee who opens an old link is told it
 * expired (and asks for another) rather than that it never existed; then its e-mail goes.
 */
export const INVITATION_KEPT_AFTER_EXPIRY_DAYS = 30;

/**
 * Sessions and invitations are personal data (who signed in from which family of tokens, whom
 * an admin invited): they are kept while they can still be used, and not a day longer than the
 * rules below.
 */
@Injectable()
export class AuthRetentionJob {
  private readonly logger = new Logger(AuthRetentionJob.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Also called by tests, with the clock they control. */
  @Cron('40 3 * * *', { name: 'auth.retention', timeZone: 'Europe/Rome' })
  async run(): Promise<{ refreshTokens: number; invitations: number }> {
    const now = this.clock.now();
    // An expired refresh token is refused whatever its row says: revoked or not, it is history.
    const refreshTokens = await this.dataSource.getRepository(RefreshToken).delete({ expiresAt: LessThan(now) });
    const invitations = await this.dataSource
      .getRepository(Invitation)
      .delete({ expiresAt: LessThan(new Date(now.getTime() - INVITATION_KEPT_AFTER_EXPIRY_DAYS * DAY_MS)) });
    const purged = { refreshTokens: refreshTokens.affected ?? 0, invitations: invitations.affected ?? 0 };
    this.logger.log(purged, 'expired sessions and invitations deleted');
    return purged;
  }
}
