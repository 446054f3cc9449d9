import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailMessage } from './mail-message.entity';

const REDACTED = '[cancellato / erased]';

/** The recorded copies of sent mail, which must forget what an erasure erases. */
@Injectable()
export class MailArchive {
  /** Replaces every occurrence of these terms (e.g. an erased profile's public code) in recorded mail. */
  async redact(manager: EntityManager, terms: readonly string[]): Promise<void> {
    for (const term of terms) {
      await manager
        .createQueryBuilder()
        .update(MailMessage)
        .set({ body: () => 'replace(body, :term, :redacted)', subject: () => 'replace(subject, :term, :redacted)' })
        .where("strpos(body, :term) > 0 OR strpos(subject, :term) > 0")
        .setParameters({ term, redacted: REDACTED })
        .execute();
    }
  }
}
