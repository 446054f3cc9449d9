export { MailArchive } from './mail-archive';
export { MailMessage } from './mail-message.entity';
export { Mailer, type OutgoingMail } from './mailer';
export { MailModule } from './mail.module';
export { MAIL_KEPT_DAYS, MailRetentionJob } from './mail-retention.job';
