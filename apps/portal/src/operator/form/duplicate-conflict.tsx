import type { ApiError } from '../../api/api-error';
import type { Channel } from '../../api/generated';
import { useI18n } from '../../i18n/i18n-context';

interface Contact {
  organisationId: string;
  name: string;
  channel: Channel | null;
  districtCode: string;
  contactEmail: string | null;
  contactPhone: string | null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The organisations the API named in its refusal (ALREADY_FOLLOWED_ELSEWHERE), read defensively. */
function contactsOf(error: ApiError): Contact[] {
  const organisations = error.details.organisations;
  if (!Array.isArray(organisations)) return [];
  return organisations.flatMap((item: unknown): Contact[] => {
    if (typeof item !== 'object' || item === null) return [];
    const record = item as Record<string, unknown>;
    const name = text(record.name);
    if (!name) return [];
    const channel = record.channel === 'CARITAS' || record.channel === 'SOCIAL_SERVICES' ? record.channel : null;
    return [{
      organisationId: text(record.organisationId) ?? name,
      name,
      channel,
      districtCode: text(record.districtCode) ?? '',
      contactEmail: text(record.contactEmail),
      contactPhone: text(record.contactPhone),
    }];
  });
}

/** The refusals that coordinating with another organisation resolves (not "your organisation already has it"). */
export function isCoordinationConflict(error: ApiError | null): boolean {
  return error?.reason === 'ALREADY_FOLLOWED_ELSEWHERE' || error?.reason === 'ALREADY_FOLLOWED_ELSEWHERE_UNDISCLOSED';
}

interface DuplicateConflictProps {
  error: ApiError;
  districtName: (code: string) => string;
  coordinated: boolean;
  onCoordinated: (coordinated: boolean) => void;
}

/**
 * The duplicate-referral refusal as the API gave it: its message, in the user's language, and
 * the organisation to talk to with its office contacts. Once they have talked, the operator
 * says so and saves again: the two profiles are then linked.
 */
export function DuplicateConflict({ error, districtName, coordinated, onCoordinated }: DuplicateConflictProps) {
  const { t, language } = useI18n();
  const contacts = contactsOf(error);
  return (
    <div className="mb-4">
      <div className="alert alert-warning" role="alert">
        <h2 className="h5">{t('operator.conflict.title')}</h2>
        <p className="mb-2">{error.messageIn(language)}</p>
        {contacts.length > 0 && (
          <>
            <h3 className="h6 mt-3">{t('operator.conflict.contacts')}</h3>
            <ul className="mb-0">
              {contacts.map((contact) => (
                <li key={contact.organisationId}>
                  <strong>{contact.name}</strong>
                  {contact.channel && ` · ${t(`operator.channel.${contact.channel}`)}`}
                  {contact.districtCode && ` · ${districtName(contact.districtCode)}`}
                  {contact.contactEmail && <div>{t('operator.conflict.email', { email: contact.contactEmail })}</div>}
                  {contact.contactPhone && <div>{t('operator.conflict.phone', { phone: contact.contactPhone })}</div>}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {isCoordinationConflict(error) && (
        <div className="form-check">
          <input id="candidate-coordinated" type="checkbox" checked={coordinated} onChange={(event) => onCoordinated(event.target.checked)} aria-describedby="candidate-coordinated-hint" />
          <label htmlFor="candidate-coordinated">{t('operator.conflict.coordinated')}</label>
          <small id="candidate-coordinated-hint" className="form-text d-block">{t('operator.conflict.coordinatedHint')}</small>
        </div>
      )}
    </div>
  );
}
