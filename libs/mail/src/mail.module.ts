import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailMessage } from './mail-message.entity';
import { MailArchive } from './mail-archive';
import { MailRetentionJob } from './mail-retention.job';
import { Mailer } from './mailer';
import { RecordingMailer } from './recording-mailer';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MailMessage])],
  providers: [{ provide: Mailer, useClass: RecordingMailer }, MailArchive, MailRetentionJob],
  exports: [Mailer, MailArchive, MailRetentionJob],
})
export class MailModule {}
