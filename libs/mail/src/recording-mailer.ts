import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, Transporter } from 'nodemailer';
import { Repository } from 'typeorm';
import { AppConfig } from '@ipl/config';
import { MailMessage } from './mail-message.entity';
import { Mailer, OutgoingMail } from './mailer';

@Injectable()
export class RecordingMailer extends Mailer {
  private readonly logger = new Logger(RecordingMailer.name);
  private readonly smtp: Transporter | undefined;

  constructor(
    @InjectRepository(MailMessage) private readonly messages: Repository<MailMessage>,
    private readonly config: AppConfig,
  ) {
    super();
    const smtpUrl = config.get('SMTP_URL');
    this.smtp = smtpUrl ? createTransport(smtpUrl) : undefined;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const { id } = await this.messages.save({
      recipient: mail.to,
      kind: mail.kind,
      subject: mail.subject,
      body: mail.text,
      transport: this.smtp ? 'smtp' : 'database',
    });
    if (this.smtp) {
      await this.smtp.sendMail({ from: this.config.get('MAIL_FROM'), to: mail.to, subject: mail.subject, text: mail.text });
    }
    // Recipient and body stay out of the log: they are personal data and may carry tokens.
    this.logger.log({ mailId: id, kind: mail.kind, transport: this.smtp ? 'smtp' : 'database' }, 'mail recorded');
  }
}
