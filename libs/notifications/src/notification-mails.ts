import type { OutgoingMail } from '@ipl/mail';
import type { Notification } from './notification.entity';

/** mail_message.subject holds 200 characters. */
const MAX_SUBJECT = 200;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function absolute(publicUrl: string, link: string | null): string | null {
  return link ? `${publicUrl.replace(/\/+$/, '')}${link}` : null;
}

const FOOTER = [
  '',
  '—',
  'Scegli come ricevere ogni tipo di notifica (subito, riepilogo giornaliero, solo nel portale) nelle preferenze del portale.',
  'Choose how each kind of notification reaches you (immediately, daily digest, in the portal only) in the portal preferences.',
];

/** One notification's own e-mail: its titles and link, nothing else (titles hold no free text). */
export function immediateMail(to: string, notification: Notification, publicUrl: string): OutgoingMail {
  const url = absolute(publicUrl, notification.link);
  return {
    to,
    kind: `notification.${notification.kind.toLowerCase()}`,
    subject: clip(`${notification.titleIt} / ${notification.titleEn}`, MAX_SUBJECT),
    text: [notification.titleIt, ...(url ? [url] : []), '', notification.titleEn, ...FOOTER].join('\n'),
  };
}

/** The daily digest of one user: every item once, Italian first, then English. */
export function digestMail(to: string, items: Notification[], publicUrl: string): OutgoingMail {
  const lines = (title: (item: Notification) => string) =>
    items.map((item) => {
      const url = absolute(publicUrl, item.link);
      return `- ${title(item)}${url ? ` (${url})` : ''}`;
    });
  return {
    to,
    kind: 'notification.digest',
    subject: `Riepilogo notifiche: ${items.length} / Notifications digest: ${items.length}`,
    text: [
      `Le notifiche di oggi (${items.length}):`,
      ...lines((item) => item.titleIt),
      '',
      `Today's notifications (${items.length}):`,
      ...lines((item) => item.titleEn),
      ...FOOTER,
    ].join('\n'),
  };
}
