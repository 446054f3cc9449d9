import { Button } from 'design-react-kit';
import { useCallback, useState, type FormEvent } from 'react';
import { HrCompanyDocument, HrTerritoryDocument, HrUpdateCompanyDocument, type HrCompanyFragment, type SizeBand } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { Loading } from '../ui/loading';
import { Link } from '../ui/router';
import { useAction } from '../ui/use-action';
import { useQuery } from '../ui/use-query';
import { useFieldErrors } from '../ui/use-field-errors';
import { ProgressButton } from '../ui/progress-button';
import { FormErrorAlert } from './form-error-alert';
import { ComuneSelect, districtOfComune, type Territory } from './comune-select';
import { SelectField, TextField } from './hr-fields';

const SIZE_BANDS: readonly SizeBand[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];

interface SiteValues {
  districtCode: string;
  comuneCode: string;
  address: string;
}

interface CompanyValues {
  legalName: string;
  contactEmail: string;
  atecoCode: string;
  sizeBand: SizeBand | '';
  sites: SiteValues[];
}

function toValues(company: HrCompanyFragment, territory: Territory): CompanyValues {
  return {
    legalName: company.legalName,
    contactEmail: company.contactEmail ?? '',
    atecoCode: company.atecoCode ?? '',
    sizeBand: company.sizeBand ?? '',
    sites: (company.sites ?? []).map((site) => ({ districtCode: site.district?.code ?? districtOfComune(territory, site.comuneCode), comuneCode: site.comuneCode, address: site.address ?? '' })),
  };
}

interface CompanyFormProps {
  company: HrCompanyFragment;
  territory: Territory;
  onSubmit: () => void;
  onSaved: (company: HrCompanyFragment) => void;
}

function CompanyForm({ company, territory, onSubmit, onSaved }: CompanyFormProps) {
  const { t } = useI18n();
  const [values, setValues] = useState<CompanyValues>(() => toValues(company, territory));
  const set = <K extends keyof CompanyValues>(key: K, value: CompanyValues[K]) => setValues((previous) => ({ ...previous, [key]: value }));
  const setSite = (index: number, change: Partial<SiteValues>) => set('sites', values.sites.map((site, position) => (position === index ? { ...site, ...change } : site)));
  const save = useCallback(async () => {
    const input = {
      legalName: values.legalName.trim(),
      contactEmail: values.contactEmail.trim(),
      atecoCode: values.atecoCode.trim(),
      ...(values.sizeBand ? { sizeBand: values.sizeBand } : {}),
      sites: values.sites.map((site) => ({ comuneCode: site.comuneCode, address: site.address.trim() || null })),
    };
    return (await execute(HrUpdateCompanyDocument, { id: company.id, input })).updateCompany;
  }, [company.id, values]);
  const action = useAction(save);
  const fieldError = useFieldErrors(action.error);
  const labels: Record<string, string> = {
    'input.legalName': t('hr.company.legalName'),
    'input.contactEmail': t('hr.company.contactEmail'),
    'input.atecoCode': t('hr.company.atecoCode'),
    'input.sizeBand': t('hr.company.sizeBand'),
    'input.sites': t('hr.company.sites'),
  };
  values.sites.forEach((_, index) => {
    const site = index === 0 ? t('hr.company.mainSite') : t('hr.company.site', { n: index + 1 });
    labels[`input.sites.${index}.comuneCode`] = `${site}, ${t('hr.place.comune')}`;
    labels[`input.sites.${index}.address`] = `${site}, ${t('hr.company.address')}`;
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
    const saved = await action.run();
    if (saved) onSaved(saved);
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="company-form-title">
      <h2 id="company-form-title" className="h4 mb-4">{t('hr.company.edit')}</h2>
      <FormErrorAlert error={action.error} labels={labels} />
      <TextField id="company-legal-name" label={t('hr.company.legalName')} value={values.legalName} maxLength={200} required error={fieldError('input.legalName')}
        onChange={(event) => set('legalName', event.target.value)} />
      <TextField id="company-email" type="email" label={t('hr.company.contactEmail')} hint={t('hr.company.contactEmailHint')} value={values.contactEmail} autoComplete="email" required
        error={fieldError('input.contactEmail')} onChange={(event) => set('contactEmail', event.target.value)} />
      <div className="row">
        <TextField id="company-ateco" className="col-12 col-md-6" label={t('hr.company.atecoCode')} hint={t('hr.company.atecoHint')} value={values.atecoCode} maxLength={8}
          error={fieldError('input.atecoCode')} onChange={(event) => set('atecoCode', event.target.value)} />
        <SelectField id="company-size" className="col-12 col-md-6" label={t('hr.company.sizeBand')} value={values.sizeBand} error={fieldError('input.sizeBand')}
          onChange={(event) => set('sizeBand', event.target.value as SizeBand)}>
          <option value="">{t('hr.company.chooseSize')}</option>
          {SIZE_BANDS.map((band) => (
            <option key={band} value={band}>
              {t(`hr.size.${band}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <h3 className="h5 mt-4">{t('hr.company.sites')}</h3>
      <p>{t('hr.company.sitesIntro')}</p>
      {values.sites.map((site, index) => (
        <fieldset key={index} className="border rounded p-3 mb-4">
          <legend className="h6 fw-semibold float-none w-auto px-2">{index === 0 ? t('hr.company.mainSite') : t('hr.company.site', { n: index + 1 })}</legend>
          <ComuneSelect id={`company-site-${index}`} territory={territory} value={site} error={fieldError(`input.sites.${index}.comuneCode`)}
            onChange={(place) => setSite(index, place)} />
          <TextField id={`company-site-${index}-address`} label={t('hr.company.address')} value={site.address} maxLength={200} error={fieldError(`input.sites.${index}.address`)}
            onChange={(event) => setSite(index, { address: event.target.value })} />
          {values.sites.length > 1 && (
            <Button type="button" color="primary" outline size="sm" onClick={() => set('sites', values.sites.filter((_, position) => position !== index))}>
              {t('hr.company.removeSite', { n: index + 1 })}
            </Button>
          )}
        </fieldset>
      ))}
      {fieldError('input.sites') && <div className="invalid-feedback d-block mb-3">{fieldError('input.sites')}</div>}
      <Button type="button" color="primary" outline className="mb-5" onClick={() => set('sites', [...values.sites, { districtCode: '', comuneCode: '', address: '' }])}>
        {t('hr.company.addSite')}
      </Button>
      <div>
        <ProgressButton pending={action.pending} label={t('hr.company.save')} pendingLabel={t('hr.common.saving')} />
      </div>
    </form>
  );
}

/** HR: the company's profile, which the Albo application and every slot build on. */
export function CompanyPage() {
  const { t } = useI18n();
  const company = useQuery(HrCompanyDocument, {});
  const territory = useQuery(HrTerritoryDocument, {});
  const [saved, setSaved] = useState<HrCompanyFragment | null>(null);
  const [justSaved, setJustSaved] = useState(false);
  const shown = saved ?? company.data?.myCompany ?? null;
  const loading = company.loading || territory.loading;
  return (
    <section aria-labelledby="company-title" aria-busy={loading}>
      <h1 id="company-title">{t('hr.company.title')}</h1>
      <p className="lead">{t('hr.company.intro')}</p>
      <div role="status" className={justSaved ? 'alert alert-success' : undefined}>
        {justSaved ? t('hr.company.saved') : ''}
      </div>
      <ErrorAlert error={company.error ?? territory.error} />
      {loading && <Loading />}
      {shown && (
        <dl className="row">
          <div className="col-12 col-md-4 mb-2">
            <dt>{t('hr.company.partitaIva')}</dt>
            <dd className="mb-0">{shown.partitaIva}</dd>
          </div>
          <div className="col-12 col-md-8 mb-2">
            <dt>{t('hr.company.sector')}</dt>
            <dd className="mb-0">{shown.sector ? `${shown.sector.code} · ${shown.sector.label}` : t('common.none')}</dd>
          </div>
        </dl>
      )}
      <p>
        <Link href="/area-riservata/azienda/albo">{t('hr.company.alboLink')}</Link>
      </p>
      {company.data && territory.data && (
        <CompanyForm company={company.data.myCompany} territory={territory.data.districts} onSubmit={() => setJustSaved(false)}
          onSaved={(company) => {
            setSaved(company);
            setJustSaved(true);
          }}
        />
      )}
    </section>
  );
}
