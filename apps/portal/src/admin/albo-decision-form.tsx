import { TextArea } from 'design-react-kit';
import { useState } from 'react';
import {
  AdminAdmitCompanyDocument,
  AdminApproveAlboRenewalDocument,
  AdminReadmitCompanyDocument,
  AdminRejectAlboApplicationDocument,
  AdminRevokeCompanyDocument,
  AdminSuspendCompanyDocument,
  type AdminAlboMembershipFragment,
} from '../api/generated';
import { ApiError, networkError } from '../api/api-error';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { apiFieldMessage } from '../ui/api-field-message';
import { ErrorAlert } from '../ui/error-alert';
import { fieldState } from '../ui/field-state';
import { ProgressButton } from '../ui/progress-button';

type Membership = AdminAlboMembershipFragment;
type Decision = 'admit' | 'reject' | 'suspend' | 'readmit' | 'revoke' | 'renew';

const COLORS: Record<Decision, string> = { admit: 'success', renew: 'success', readmit: 'success', reject: 'danger', revoke: 'danger', suspend: 'warning' };

/** The steps the procedure allows from where the company stands. */
function decisionsFor(membership: Membership): Decision[] {
  switch (membership.status) {
    case 'PENDING':
      return ['admit', 'reject'];
    case 'ADMITTED':
      return membership.renewalRequestedAt ? ['renew', 'suspend', 'revoke'] : ['suspend', 'revoke'];
    case 'SUSPENDED':
      return ['readmit', 'revoke'];
    default:
      return [];
  }
}

async function decide(decision: Decision, companyId: string, text: string): Promise<Membership> {
  const review = { companyId, ...(text ? { comment: text } : {}) };
  const sanction = { companyId, reason: text };
  switch (decision) {
    case 'admit':
      return (await execute(AdminAdmitCompanyDocument, { input: review })).admitCompany;
    case 'readmit':
      return (await execute(AdminReadmitCompanyDocument, { input: review })).readmitCompany;
    case 'renew':
      return (await execute(AdminApproveAlboRenewalDocument, { input: review })).approveAlboRenewal;
    case 'reject':
      return (await execute(AdminRejectAlboApplicationDocument, { input: sanction })).rejectAlboApplication;
    case 'suspend':
      return (await execute(AdminSuspendCompanyDocument, { input: sanction })).suspendCompany;
    case 'revoke':
      return (await execute(AdminRevokeCompanyDocument, { input: sanction })).revokeCompany;
  }
}

/** One text (comment or reason) and the buttons of the steps allowed; the text stays on an error. */
export function AlboDecisionForm({ membership, onDecided }: { membership: Membership; onDecided: (updated: Membership, decision: Decision) => void }) {
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const [pending, setPending] = useState<Decision | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const decisions = decisionsFor(membership);
  if (decisions.length === 0) return null;

  const run = async (decision: Decision) => {
    setPending(decision);
    setError(null);
    try {
      const updated = await decide(decision, membership.companyId, text.trim());
      setText('');
      onDecided(updated, decision);
    } catch (caught: unknown) {
      setError(caught instanceof ApiError ? caught : networkError());
    } finally {
      setPending(null);
    }
  };
  const id = `decision-${membership.id}`;
  return (
    <form onSubmit={(event) => event.preventDefault()} className="mt-3" aria-label={t('admin.albo.decisionFor', { company: membership.company?.legalName ?? '' })}>
      <ErrorAlert error={error} />
      <TextArea id={id} label={t('admin.albo.reason')} infoText={t('admin.albo.reasonHint')} rows={2} value={text} maxLength={2000}
        onChange={(event) => setText(event.target.value)} {...fieldState(apiFieldMessage(error, 'input.reason', language) ?? apiFieldMessage(error, 'input.comment', language))} />
      <div className="d-flex flex-wrap gap-3">
        {decisions.map((decision) => (
          <ProgressButton key={decision} type="button" color={COLORS[decision]} pending={pending === decision} disabled={pending !== null}
            label={t(`admin.albo.do.${decision}`)} pendingLabel={t('admin.albo.deciding')} onClick={() => void run(decision)} />
        ))}
      </div>
    </form>
  );
}

export type { Decision };
