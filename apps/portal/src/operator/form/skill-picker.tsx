import '../operator.css';
import { useState, type KeyboardEvent } from 'react';
import { OperatorSkillSuggestionsDocument } from '../../api/generated';
import { useI18n } from '../../i18n/i18n-context';
import { ErrorAlert } from '../../ui/error-alert';
import { useQuery } from '../../ui/use-query';
import { describedBy } from '../../ui/field-notes';
import { useDebouncedValue } from '../use-debounced-value';
import type { ChosenSkill } from './candidate-form-values';

const MIN_LETTERS = 2;
const SUGGESTIONS = 8;

interface SkillPickerProps {
  chosen: ChosenSkill[];
  onChange: (skills: ChosenSkill[]) => void;
  error?: string;
}

/** Skills of the vocabulary: a combobox that suggests as the user types, and the chosen ones, each removable. */
export function SkillPicker({ chosen, onChange, error }: SkillPickerProps) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const term = useDebouncedValue(search.trim(), 200);
  const searching = term.length >= MIN_LETTERS && search.trim().length >= MIN_LETTERS;
  const suggestions = useQuery(OperatorSkillSuggestionsDocument, term.length >= MIN_LETTERS ? { search: term, first: SUGGESTIONS } : null);
  const options = searching ? (suggestions.data?.skills ?? []).filter((skill) => !chosen.some((item) => item.id === skill.id)) : [];
  const expanded = open && options.length > 0;
  const current = Math.min(active, Math.max(options.length - 1, 0));

  const pick = (skill: ChosenSkill) => {
    onChange([...chosen, { id: skill.id, label: skill.label }]);
    setSearch('');
    setOpen(false);
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive(expanded ? Math.min(current + 1, options.length - 1) : 0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(current - 1, 0));
    } else if (event.key === 'Enter' && expanded) {
      // Enter picks the suggestion instead of sending the whole form.
      event.preventDefault();
      pick(options[current]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  let announcement = '';
  if (searching && !suggestions.loading) {
    announcement = options.length > 0 ? t('operator.form.skillCount', { count: options.length }) : t('operator.form.skillNone');
  }
  return (
    <div className="mb-4">
      <div className="form-group mb-2">
        <label htmlFor="skill-search" className="active">{t('operator.form.skillSearch')}</label>
        <div className="position-relative">
          <input id="skill-search" type="text" className={`form-control${error ? ' is-invalid' : ''}`} autoComplete="off" value={search}
            role="combobox" aria-autocomplete="list" aria-expanded={expanded} aria-controls={expanded ? 'skill-suggestions' : undefined}
            aria-activedescendant={expanded ? `skill-option-${current}` : undefined}
            aria-invalid={error ? true : undefined} aria-describedby={describedBy('skill-search-hint', error && 'skill-search-error')}
            onChange={(event) => {
              setSearch(event.target.value);
              setOpen(true);
              setActive(0);
            }}
            onKeyDown={onKeyDown} onBlur={() => setOpen(false)} onFocus={() => setOpen(true)} />
          {expanded && (
            <ul id="skill-suggestions" role="listbox" aria-label={t('operator.form.skillSuggestions')} className="list-unstyled border bg-white shadow-sm mb-0 position-absolute w-100 operator-skill-suggestions">
              {options.map((skill, index) => (
                <li key={skill.id} id={`skill-option-${index}`} role="option" aria-selected={index === current}
                  className={`px-3 py-2 ${index === current ? 'bg-primary text-white' : ''}`}
                  // Chosen on mouse down: a click would first blur the input and close the list.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    pick(skill);
                  }}>
                  {skill.label} <span className={index === current ? '' : 'text-secondary'}>· {skill.group.label}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <small id="skill-search-hint" className="form-text">{t('operator.form.skillSearchHint')}</small>
        {error && <div id="skill-search-error" className="invalid-feedback d-block">{error}</div>}
        <div className="visually-hidden" aria-live="polite">{announcement}</div>
      </div>
      <ErrorAlert error={suggestions.error} />
      <h3 className="fs-6 fw-semibold mt-3" id="skills-chosen-title">{t('operator.form.skillsChosen')}</h3>
      {chosen.length === 0 ? (
        <p className="text-secondary">{t('operator.form.skillsNoneChosen')}</p>
      ) : (
        <ul className="list-unstyled d-flex flex-wrap gap-2" aria-labelledby="skills-chosen-title">
          {chosen.map((skill) => (
            <li key={skill.id} className="d-inline-flex align-items-center gap-2 border border-primary rounded-pill ps-3 pe-2 py-1">
              <span>{skill.label}</span>
              <button type="button" className="btn btn-link btn-sm p-0 lh-1" onClick={() => onChange(chosen.filter((item) => item.id !== skill.id))}>
                <span aria-hidden="true">✕</span>
                <span className="visually-hidden">{t('operator.form.removeSkill', { label: skill.label })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
