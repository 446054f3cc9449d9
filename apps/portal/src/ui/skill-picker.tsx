import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { ApiError, networkError } from '../api/api-error';
import { SkillSearchDocument, type SkillLabelFragment, type SkillSearchQuery } from '../api/generated';
import { execute } from '../api/graphql-client';
import { useI18n } from '../i18n/i18n-context';
import { ErrorAlert } from './error-alert';
import { describedBy, FieldNotes, noteIds } from './field-notes';

type SkillOption = SkillSearchQuery['skills'][number];

interface SkillPickerProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  selected: SkillLabelFragment[];
  onChange: (skills: SkillLabelFragment[]) => void;
  /** Skills chosen elsewhere in the same form (e.g. required ones when picking nice-to-have). */
  exclude?: string[];
  /**
   * A heading over the chosen skills, which then names their list and says when it is empty; without
   * it the list is named after the label.
   */
  chosenTitle?: string;
}

const DEBOUNCE_MS = 200;
const MIN_CHARACTERS = 2;
const RESULTS = 8;

/** What the user typed matched a synonym rather than the label: show which one. */
function matchedSynonym(option: SkillOption, text: string): string | null {
  const typed = text.trim().toLowerCase();
  if (option.label.toLowerCase().includes(typed)) return null;
  return option.synonyms.find((synonym) => synonym.toLowerCase().includes(typed)) ?? null;
}

/**
 * Skills of the vocabulary, picked through the API's search: the WAI-ARIA combobox pattern with a
 * listbox popup (arrows move, Enter picks, Escape closes), the chosen skills listed below, each removable.
 */
export function SkillPicker({ id, label, hint, error, selected, onChange, exclude = [], chosenTitle }: SkillPickerProps) {
  const { t } = useI18n();
  const listId = useId();
  const chosenTitleId = `${id}-chosen-title`;
  const [text, setText] = useState('');
  const [results, setResults] = useState<SkillOption[]>([]);
  const [searching, setSearching] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const search = text.trim();
  useEffect(() => {
    if (search.length < MIN_CHARACTERS) {
      setResults([]);
      setSearching(false);
      return;
    }
    let current = true;
    setSearching(true);
    const timer = window.setTimeout(() => {
      execute(SkillSearchDocument, { search, first: RESULTS }).then(
        ({ skills }) => {
          if (!current) return;
          setResults(skills);
          setFailure(null);
          setSearching(false);
          setActive(-1);
        },
        (reason: unknown) => {
          if (!current) return;
          setResults([]);
          setFailure(reason instanceof ApiError ? reason : networkError());
          setSearching(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [search]);

  const taken = new Set([...selected.map((skill) => skill.id), ...exclude]);
  const options = results.filter((option) => !taken.has(option.id));
  const expanded = open && options.length > 0;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (option: SkillOption) => {
    onChange([...selected, { id: option.id, label: option.label }]);
    setText('');
    setResults([]);
    setActive(-1);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      // Enter picks the highlighted skill; it never submits the whole form from here.
      event.preventDefault();
      const option = options[active] ?? (options.length === 1 ? options[0] : undefined);
      if (expanded && option) choose(option);
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else {
        setText('');
      }
    }
  };

  let status = '';
  if (searching) status = t('skillPicker.searching');
  else if (failure) status = t('skillPicker.failed');
  else if (search.length >= MIN_CHARACTERS) status = options.length === 0 ? t('skillPicker.none') : t('skillPicker.found', { count: options.length });

  return (
    <div className="mb-5">
      <div className="form-group mb-2">
        <label htmlFor={id} className="active">
          {label}
        </label>
        <div className="position-relative">
          <input
            id={id}
            type="text"
            role="combobox"
            autoComplete="off"
            className={`form-control${error ? ' is-invalid' : ''}`}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(...noteIds(id, hint, error))}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          {/*
            Named apart from the field, so that the field alone answers to its label.
            z-index set through the DOM, which the portal's CSP allows (a style attribute in markup it would not).
          */}
          <ul id={listId} role="listbox" aria-label={t('skillPicker.suggestions')} hidden={!expanded} className="list-group position-absolute top-100 w-100 shadow bg-white" style={{ zIndex: 10 }}>
            {options.map((option, index) => {
              const synonym = matchedSynonym(option, search);
              return (
                <li
                  key={option.id}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === active}
                  className={`list-group-item list-group-item-action${index === active ? ' active' : ''}`}
                  // Keeps the focus in the input, so that the click picks before the blur closes the list.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option)}
                >
                  {option.label}
                  <span className="small ms-2">{synonym ? `${t('skillPicker.synonym', { synonym })} · ${option.group.label}` : option.group.label}</span>
                </li>
              );
            })}
          </ul>
        </div>
        <FieldNotes id={id} hint={hint} error={error} />
        <div className="visually-hidden" aria-live="polite">
          {status}
        </div>
      </div>
      <ErrorAlert error={failure} />
      {chosenTitle && (
        <h3 className="fs-6 fw-semibold mt-3" id={chosenTitleId}>
          {chosenTitle}
        </h3>
      )}
      {chosenTitle && selected.length === 0 && <p className="text-secondary">{t('skillPicker.noneChosen')}</p>}
      {selected.length > 0 && (
        <ul
          className="list-unstyled d-flex flex-wrap gap-2"
          aria-label={chosenTitle ? undefined : t('skillPicker.chosen', { label })}
          aria-labelledby={chosenTitle ? chosenTitleId : undefined}
        >
          {selected.map((skill) => (
            <li key={skill.id} className="d-inline-flex align-items-center gap-2 border border-primary rounded-pill ps-3 pe-2 py-1">
              <span>{skill.label}</span>
              {/* Named by aria-label, not by hidden text: the skill's name is then found once in the list. */}
              <button
                type="button"
                className="btn btn-link btn-sm p-0 lh-1"
                aria-label={t('skillPicker.remove', { skill: skill.label })}
                onClick={() => onChange(selected.filter((other) => other.id !== skill.id))}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
