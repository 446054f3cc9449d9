import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@ipl/auth';
import { AfterCommitDispatcher } from './after-commit-dispatcher';
import { NotificationPreference } from './notification-preference.entity';
import { NotificationSender } from './notification-sender';
import { Notification } from './notification.entity';
import { NotificationsDigestJob } from './notifications-digest.job';
import { NotificationsRetentionJob } from './notifications-retention.job';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** Import it where a library notifies users; Mailer and Clock come from their global modules. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification, NotificationPreference]), AuthModule],
  providers: [NotificationsService, NotificationsResolver, NotificationSender, AfterCommitDispatcher, NotificationsDigestJob, NotificationsRetentionJob],
  exports: [NotificationsService, NotificationsDigestJob, NotificationsRetentionJob, NotificationSender],
})
export class NotificationsModule {}
