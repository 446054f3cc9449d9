import { Button, Input } from 'design-react-kit';
import { useCallback, useState, type FormEvent } from 'react';
import { VerifyAlboLogoDocument, type VerifyAlboLogoQuery } from '../api/generated';
import { execute } from '../api/graphql-client';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { useAction } from '../ui/use-action';

type Verification = VerifyAlboLogoQuery['verifyAlboLogo'];

const TONE: Record<Verification['status'], string> = { VALID: 'success', EXPIRED: 'warning', SUSPENDED: 'warning', REVOKED: 'danger', UNKNOWN: 'info' };

/** The public check of a Logo di Azienda Inclusiva number. */
export function LogoCheck() {
  const { t } = useI18n();
  const [logoNumber, setLogoNumber] = useState('');
  const [result, setResult] = useState<Verification | null>(null);
  const verify = useCallback(() => execute(VerifyAlboLogoDocument, { logoNumber: logoNumber.trim() }), [logoNumber]);
  const action = useAction(verify);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    const answer = await action.run();
    if (answer) setResult(answer.verifyAlboLogo);
  };
  return (
    <section aria-labelledby="logo-check-title" className="mt-5 p-4 bg-light">
      <h2 id="logo-check-title" className="h4">{t('logo.title')}</h2>
      <p>{t('logo.intro')}</p>
      <form onSubmit={submit} className="mt-4">
        <Input id="logo-number" label={t('logo.number')} value={logoNumber} onChange={(event) => setLogoNumber(event.target.value)} maxLength={40} required />
        {action.pending ? <Loading label={t('logo.checking')} /> : <Button type="submit" color="primary">{t('logo.submit')}</Button>}
      </form>
      <div aria-live="polite" className="mt-3">
        <ErrorAlert error={action.error} />
        {result && (
          <div className={`alert alert-${TONE[result.status]}`} role="status">
            {t(`logo.${result.status}`, {
              number: result.logoNumber,
              company: result.legalName ?? '',
              expires: result.expiresAt ? formatDate(result.expiresAt) : '',
            })}
          </div>
        )}
      </div>
    </section>
  );
}
