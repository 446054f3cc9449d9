import { Button, Input } from 'design-react-kit';
import { useState } from 'react';
import { AdminCompanySearchDocument } from '../api/generated';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from '../ui/error-alert';
import { LabelledSelect, type SelectOption } from '../ui/labelled-select';
import { useQuery } from '../ui/use-query';

const RESULTS = 20;

interface CompanyPickerProps {
  id: string;
  label: string;
  value: string;
  onChange: (companyId: string) => void;
  /** Shown before any search, e.g. the admitted companies not on the board yet. */
  suggestions?: SelectOption[];
  invalid?: string;
}

/** A company chosen by part of its name or its partita IVA. */
export function CompanyPicker({ id, label, value, onChange, suggestions = [], invalid }: CompanyPickerProps) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const found = useQuery(AdminCompanySearchDocument, search === null ? null : { search: search || null, first: RESULTS });
  const results = found.data?.companies.nodes.map((company) => ({ value: company.id, label: `${company.legalName} · ${company.partitaIva}` }));
  const options = search === null ? suggestions : (results ?? []);
  const run = () => {
    setSearch(typed.trim());
    onChange('');
  };
  return (
    <fieldset className="mb-2">
      <legend className="h6">{label}</legend>
      <div className="d-flex align-items-start gap-3">
        <Input id={`${id}-search`} label={t('admin.company.search')} value={typed} wrapperClassName="flex-grow-1" maxLength={100}
          onChange={(event) => setTyped(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches here instead of sending the whole form.
            if (event.key === 'Enter') {
              event.preventDefault();
              run();
            }
          }} />
        <Button type="button" color="primary" outline onClick={run} disabled={found.loading}>
          {found.loading ? t('admin.company.searching') : t('admin.company.find')}
        </Button>
      </div>
      <ErrorAlert error={found.error} />
      <p className="small" aria-live="polite">
        {search !== null && found.data && t('admin.company.found', { count: found.data.companies.totalCount })}
      </p>
      <LabelledSelect id={id} label={t('admin.company.choose')} emptyLabel={t('admin.company.none')} value={value} options={options} onChange={onChange} invalid={invalid} required />
    </fieldset>
  );
}
