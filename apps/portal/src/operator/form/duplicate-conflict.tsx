import type { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/i18n-context';
import { TextField } from './controls';

/** The refusal that a coordination request resolves (not "your organisation already has it"). */
export function isCoordinationConflict(error: ApiError | null): boolean {
  return error?.reason === 'ALREADY_FOLLOWED_ELSEWHERE';
}

interface DuplicateConflictProps {
  error: ApiError;
  /** The day the person consented to coordination, or null while not recorded. */
  consentGivenOn: string | null;
  onConsent: (consentGivenOn: string | null) => void;
  consentError?: string;
}

/** Today as YYYY-MM-DD in the user's time zone: the usual day a consent is recorded. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/**
 * The duplicate-referral refusal as the API gave it: only that someone else follows the person.
 * With the person's consent to coordination, the operator saves again: the profile is added and
 * the other organisation, still unnamed, is asked to coordinate.
 */
export function DuplicateConflict({ error, consentGivenOn, onConsent, consentError }: DuplicateConflictProps) {
  const { t, language } = useI18n();
  return (
    <div className="mb-4">
      <div className="alert alert-warning" role="alert">
        <h2 className="h5">{t('operator.conflict.title')}</h2>
        <p className="mb-0">{error.messageIn(language)}</p>
      </div>
      {isCoordinationConflict(error) && (
        <>
          <div className="form-check">
            <input id="candidate-coordination-consent" type="checkbox" checked={consentGivenOn !== null}
              onChange={(event) => onConsent(event.target.checked ? today() : null)} aria-describedby="candidate-coordination-consent-hint" />
            <label htmlFor="candidate-coordination-consent">{t('operator.conflict.consent')}</label>
            <small id="candidate-coordination-consent-hint" className="form-text d-block">{t('operator.conflict.consentHint')}</small>
          </div>
          {consentGivenOn !== null && (
            <div className="row mt-3">
              <TextField id="candidate-coordination-consent-date" className="col-12 col-md-4" type="date" label={t('operator.conflict.consentDate')}
                value={consentGivenOn} onChange={onConsent} error={consentError} />
            </div>
          )}
        </>
      )}
    </div>
  );
}
