import { Alert, Input } from 'design-react-kit';
import QRCode from 'qrcode';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { AccountConfirmSecondFactorDocument, AccountEnrolSecondFactorDocument, type AccountEnrolSecondFactorMutation } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useSession } from '../auth/session-context';
import { useI18n } from '../i18n/i18n-context';
import { apiFieldMessage } from '../ui/api-field-message';
import { ErrorAlert } from '../ui/error-alert';
import { fieldState } from '../ui/field-state';
import { ProgressButton } from '../ui/progress-button';
import { useAction } from '../ui/use-action';

type Enrolment = AccountEnrolSecondFactorMutation['enrolSecondFactor'];

/** The otpauth:// URI as an SVG QR code, drawn by the `qrcode` library, as a data: image (no inline markup). */
function useQrImage(uri: string | null): string | null {
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    if (!uri) return setImage(null);
    let current = true;
    QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(
      (svg) => current && setImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
      () => current && setImage(null),
    );
    return () => {
      current = false;
    };
  }, [uri]);
  return image;
}

/** TOTP enrolment: start, scan (or type the key), confirm with a first code. */
export function SecondFactorSection({ enabled, onEnabled }: { enabled: boolean; onEnabled: () => void }) {
  const { t, language } = useI18n();
  const { adopt, secondFactorPending } = useSession();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [done, setDone] = useState(false);
  const qr = useQrImage(enrolment?.otpauthUri ?? null);

  const start = useAction(useCallback(() => execute(AccountEnrolSecondFactorDocument, {}), []));
  const confirm = useAction(useCallback(() => execute(AccountConfirmSecondFactorDocument, { input: { code: code.trim() } }), [code]));

  const begin = async () => {
    const answer = await start.run();
    if (answer) setEnrolment(answer.enrolSecondFactor);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await confirm.run();
    if (!answer) return;
    // Confirming ends the other sessions and opens one that passed the second factor.
    adopt(answer.confirmSecondFactor);
    setEnrolment(null);
    setDone(true);
    onEnabled();
  };

  return (
    <section aria-labelledby="totp-title" className="mt-5">
      <h2 id="totp-title" className="h3">{t('account.totp.title')}</h2>
      <p>{t('account.totp.intro')}</p>
      <div aria-live="polite">
        {done && <Alert color="success">{t('account.totp.done')}</Alert>}
        {!done && enabled && <Alert color="success">{t('account.totp.enabled')}</Alert>}
      </div>
      {!enabled && secondFactorPending && <Alert color="warning">{t('account.totp.required')}</Alert>}
      {!enabled && !enrolment && (
        <>
          <ErrorAlert error={start.error} />
          <ProgressButton type="button" pending={start.pending} label={t('account.totp.start')} pendingLabel={t('account.totp.starting')} onClick={begin} />
        </>
      )}
      {!enabled && enrolment && (
        <form onSubmit={submit} noValidate className="mt-4">
          <p>{t('account.totp.scan')}</p>
          {qr && <img src={qr} alt={t('account.totp.qrAlt')} width={200} height={200} className="d-block mb-3 border" />}
          <p className="mb-1">{t('account.totp.secret')}</p>
          <p>
            <code id="totp-secret" className="fs-5">{enrolment.secret}</code>
          </p>
          <ErrorAlert error={confirm.error} />
          <Input id="totp-code" type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={6} label={t('account.totp.code')} value={code} required
            onChange={(event) => setCode(event.target.value)} {...fieldState(apiFieldMessage(confirm.error, 'input.code', language))} />
          <ProgressButton pending={confirm.pending} label={t('account.totp.confirm')} pendingLabel={t('account.totp.confirming')} />
        </form>
      )}
    </section>
  );
}
