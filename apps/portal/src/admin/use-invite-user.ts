import type { FormEvent } from 'react';
import { AdminInviteUserDocument, type InviteUserInput } from '../api/generated';
import { execute } from '../api/graphql-client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { useAction } from '../ui/use-action';

/**
 * Sends the invitation the form describes; once sent, the form clears the address (the rest stays
 * for the next colleague) and the page says to whom it went and until when it is valid.
 */
export function useInviteUser(input: () => InviteUserInput, clear: () => void, onSent: (message: string) => void) {
  const { t } = useI18n();
  const invite = useAction(() => execute(AdminInviteUserDocument, { input: input() }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const sent = await invite.run();
    if (!sent) return;
    clear();
    onSent(t('admin.invitations.sent', { email: sent.inviteUser.email, date: formatDate(sent.inviteUser.expiresAt) }));
  };
  return { pending: invite.pending, error: invite.error, submit };
}
