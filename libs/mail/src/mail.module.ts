import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailMessage } from './mail-message.entity';
import { Mailer } from './mailer';
import { RecordingMailer } from './recording-mailer';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([MailMessage])],
  providers: [{ provide: Mailer, useClass: RecordingMailer }],
  exports: [Mailer],
})
export class MailModule {}
