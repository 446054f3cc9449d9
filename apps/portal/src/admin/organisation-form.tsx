import { Input } from 'design-react-kit';
import { useCallback, useState, type FormEvent } from 'react';
import { AdminCreateOrganisationDocument, type Channel } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { apiFieldMessage } from '../ui/api-field-message';
import { ErrorAlert } from '../ui/error-alert';
import { fieldState } from '../ui/field-state';
import { LabelledSelect, type SelectOption } from '../ui/labelled-select';
import { ProgressButton } from '../ui/progress-button';
import { useAction } from '../ui/use-action';

export const CHANNELS: Channel[] = ['SOCIAL_SERVICES', 'CARITAS'];

const EMPTY = { name: '', channel: 'SOCIAL_SERVICES', districtCode: '', contactEmail: '', contactPhone: '' };

/** A new Servizio Sociale Territoriale or Caritas; what was typed stays until the API accepts it. */
export function OrganisationForm({ districts, onCreated }: { districts: SelectOption[]; onCreated: (name: string) => void }) {
  const { t, language } = useI18n();
  const [values, setValues] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (value: string) => setValues((previous) => ({ ...previous, [key]: value }));
  const create = useAction(
    useCallback(() => {
      const channel = CHANNELS.find((candidate) => candidate === values.channel) ?? 'SOCIAL_SERVICES';
      return execute(AdminCreateOrganisationDocument, {
        input: {
          name: values.name.trim(),
          channel,
          districtCode: values.districtCode,
          ...(values.contactEmail.trim() ? { contactEmail: values.contactEmail.trim() } : {}),
          ...(values.contactPhone.trim() ? { contactPhone: values.contactPhone.trim() } : {}),
        },
      });
    }, [values]),
  );
  const field = (name: string) => apiFieldMessage(create.error, `input.${name}`, language);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await create.run();
    if (!created) return;
    setValues(EMPTY);
    onCreated(created.createOrganisation.name);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="organisation-new-title">
      <h2 id="organisation-new-title" className="h4">{t('admin.organisations.newTitle')}</h2>
      <ErrorAlert error={create.error} />
      <Input id="organisation-name" label={t('admin.organisations.name')} value={values.name} maxLength={160} required
        onChange={(event) => set('name')(event.target.value)} {...fieldState(field('name'))} />
      <div className="row">
        <LabelledSelect id="organisation-channel" className="col-12 col-md-6" label={t('admin.organisations.channel')} value={values.channel} required
          options={CHANNELS.map((channel) => ({ value: channel, label: t(`admin.channel.${channel}`) }))} onChange={set('channel')} invalid={field('channel')} />
        <LabelledSelect id="organisation-district" className="col-12 col-md-6" label={t('admin.organisations.district')} emptyLabel={t('admin.choose')} value={values.districtCode} required
          options={districts} onChange={set('districtCode')} invalid={field('districtCode')} />
      </div>
      <Input id="organisation-email" type="email" label={t('admin.organisations.email')} value={values.contactEmail} maxLength={254}
        onChange={(event) => set('contactEmail')(event.target.value)} {...fieldState(field('contactEmail'))} />
      <Input id="organisation-phone" type="tel" label={t('admin.organisations.phone')} value={values.contactPhone} maxLength={40}
        onChange={(event) => set('contactPhone')(event.target.value)} {...fieldState(field('contactPhone'))} />
      <ProgressButton pending={create.pending} label={t('admin.organisations.create')} pendingLabel={t('admin.organisations.creating')} />
    </form>
  );
}
