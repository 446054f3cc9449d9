export interface OutgoingMail {
  to: string;
  kind: string;
  subject: string;
  text: string;
}

/**
 * How the platform sends e-mail. The default records each message in the database and the
 * log; with SMTP_URL set it also delivers it. Mail never carries candidate profile text.
 */
export abstract class Mailer {
  abstract send(mail: OutgoingMail): Promise<void>;
}
