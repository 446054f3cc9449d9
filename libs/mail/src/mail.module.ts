import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailMessage } from './mail-message.entity';
import { MailArchive } from './mail-archive';
import { Mailer } from './mailer';
import { RecordingMailer } from './recording-mailer';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MailMessage])],
  providers: [{ provide: Mailer, useClass: RecordingMailer }, MailArchive],
  exports: [Mailer, MailArchive],
})
export class MailModule {}
