import { checkNotification, type NewNotification } from './new-notification';
import { defaultDelivery, NotificationDelivery } from './notification-delivery.enum';
import { NotificationKind } from './notification-kind.enum';

const USER = '7b1f3c9e-2a4d-4e8b-9c1a-5d6e7f8a9b0c';
const valid: NewNotification = {
  recipientUserIds: [USER, USER],
  kind: NotificationKind.PROPOSAL_ANSWERED,
  subjectType: 'proposal',
  subjectId: '0d9c8b7a-6f5e-4d3c-2b1a-098765432100',
  title: { it: '  Proposta C-00042: accettata ', en: 'Proposal C-00042: accepted' },
  link: '/proposals/0d9c8b7a-6f5e-4d3c-2b1a-098765432100',
};

describe('checkNotification', () => {
  it('trims titles and keeps each recipient once', () => {
    expect(checkNotification(valid)).toMatchObject({ recipientUserIds: [USER], title: { it: 'Proposta C-00042: accettata' } });
  });

  it.each([
    ['a newline in a title', { title: { it: 'a\r\nBcc: x@y.example', en: 'a' } }, 'title.it'],
    ['a Unicode line separator', { title: { it: 'a', en: 'a\u2028b' } }, 'title.en'],
    ['an empty title', { title: { it: ' ', en: 'a' } }, 'title.it'],
    ['a title over 200 characters', { title: { it: 'a', en: 'x'.repeat(201) } }, 'title.en'],
    ['a link to another site', { link: 'https://elsewhere.example' }, 'link'],
    ['a protocol-relative link', { link: '//elsewhere.example/x' }, 'link'],
    ['a link with spaces', { link: '/a b' }, 'link'],
    ['a subject type that is not a code', { subjectType: 'Proposal!' }, 'subjectType'],
    ['a recipient that is not an id', { recipientUserIds: ['bob'] }, 'recipientUserIds'],
    ['an unknown kind', { kind: 'ANYTHING' as NotificationKind }, 'kind'],
  ])('refuses %s', (_name, change, field) => {
    expect(() => checkNotification({ ...valid, ...change })).toThrow(expect.objectContaining({ reason: 'INVALID_NOTIFICATION', messages: expect.objectContaining({ en: `Invalid notification: ${field}` }) }));
  });

  it('sends urgent kinds at once and the rest in the daily digest by default', () => {
    expect(defaultDelivery(NotificationKind.CHECK_IN_AT_RISK)).toBe(NotificationDelivery.IMMEDIATE);
    expect(defaultDelivery(NotificationKind.CONTACT_DISCLOSED)).toBe(NotificationDelivery.IMMEDIATE);
    expect(defaultDelivery(NotificationKind.PROPOSAL_RECEIVED)).toBe(NotificationDelivery.DAILY_DIGEST);
  });
});
