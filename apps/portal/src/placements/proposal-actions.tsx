import { Button } from 'design-react-kit';
import { useCallback, useState, type JSX } from 'react';
import { PlacementAcceptDocument, type PlacementCheckInFragment, type PlacementProposalFragment } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { useAction } from '../ui/use-action';
import { offeredActions, type ProposalActionKind, type ProposalSideOf } from './proposal-lifecycle';
import { CheckInForm, ConsentForm, DeclineForm, EndForm, HireForm, InterruptForm, InterviewForm, StartForm, WithdrawForm, type ProposalFormProps } from './proposal-forms';

type FormKind = Exclude<ProposalActionKind, 'accept' | 'checkIn'>;

const FORMS: Record<FormKind, (props: ProposalFormProps) => JSX.Element> = {
  decline: DeclineForm,
  withdraw: WithdrawForm,
  interview: InterviewForm,
  consent: ConsentForm,
  start: StartForm,
  interrupt: InterruptForm,
  end: EndForm,
  hire: HireForm,
};

interface ActionsProps {
  proposal: PlacementProposalFragment;
  side: ProposalSideOf;
  onChanged: (updated: PlacementProposalFragment) => void;
  onCheckIn: (checkIn: PlacementCheckInFragment) => void;
}

/** Accepting needs nothing more than the click; it shows its progress on the button itself. */
function AcceptButton({ proposal, onChanged }: Pick<ActionsProps, 'proposal' | 'onChanged'>) {
  const { t } = useI18n();
  const accept = useCallback(() => execute(PlacementAcceptDocument, { input: { proposalId: proposal.id } }), [proposal.id]);
  const action = useAction(accept);
  const run = async () => {
    const result = await action.run();
    if (result) onChanged(result.acceptProposal);
  };
  return (
    <>
      <Button color="primary" disabled={action.pending} onClick={() => void run()}>
        {action.pending ? t('placements.action.accepting') : t('placements.action.accept')}
      </Button>
      {action.error && (
        <div className="w-100">
          <ErrorAlert error={action.error} />
        </div>
      )}
    </>
  );
}

/** What the caller's side may do from the proposal's state, each step in its own small form. */
export function ProposalActions({ proposal, side, onChanged, onCheckIn }: ActionsProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<ProposalActionKind | null>(null);
  const [saved, setSaved] = useState(false);
  const actions = offeredActions(proposal.status, side, proposal.slot?.kind ?? null);
  const formId = `proposal-form-${proposal.id}`;
  const done = (updated: PlacementProposalFragment) => {
    onChanged(updated);
    setOpen(null);
    setSaved(true);
  };
  const checkedIn = (checkIn: PlacementCheckInFragment) => {
    onCheckIn(checkIn);
    setOpen(null);
    setSaved(true);
  };
  const toggle = (action: ProposalActionKind) => {
    setSaved(false);
    setOpen((current) => (current === action ? null : action));
  };
  const Form = open && open !== 'accept' && open !== 'checkIn' ? FORMS[open] : null;
  return (
    <div className="mt-4">
      {actions.length > 0 && (
        <div role="group" aria-label={t('placements.card.actions')} className="d-flex flex-wrap gap-2">
          {actions.map((action) =>
            action === 'accept' ? (
              <AcceptButton key={action} proposal={proposal} onChanged={done} />
            ) : (
              <Button key={action} color="primary" outline={open !== action} aria-expanded={open === action} aria-controls={formId} onClick={() => toggle(action)}>
                {t(`placements.action.${action}`)}
              </Button>
            ),
          )}
        </div>
      )}
      <div aria-live="polite">{saved && <p className="mt-2 mb-0 fw-semibold">{t('placements.card.saved')}</p>}</div>
      <div id={formId}>
        {Form && <Form proposal={proposal} onDone={done} onCancel={() => setOpen(null)} />}
        {open === 'checkIn' && <CheckInForm proposal={proposal} onCheckIn={checkedIn} onCancel={() => setOpen(null)} />}
      </div>
    </div>
  );
}
