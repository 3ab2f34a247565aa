import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import type { FieldError } from '~/platform/forms.server';
import { normaliseForMatch } from '~/platform/text/normalise-text';
import { ErrorList } from './forms';
import { useI18n } from './i18n';

export interface PickerOption {
  value: string;
  label: string;
  /** Other names it is found by (a code, an official name). */
  aliases?: readonly string[];
}

/**
 * A long list to choose several from (countries): checkboxes in the order given (the caller sorts
 * in the reader's alphabet) in a scrolling box. Without JavaScript that is all, and it works; with
 * it, a search box above filters the list as the reader types (Arabic letter variants, diacritics
 * and digits folded) and the choices so far are listed, each removable.
 */
export function ChoicePicker({
  label,
  hint,
  name,
  options,
  defaultValue,
  errors,
}: {
  label: string;
  hint?: string;
  name: string;
  options: readonly PickerOption[];
  defaultValue: readonly string[];
  errors?: FieldError[];
}) {
  const { t, number } = useI18n();
  const id = useId();
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState(() => new Set(defaultValue));
  const keys = useMemo(
    () =>
      new Map(
        options.map((o) => [
          o.value,
          [o.label, o.value, ...(o.aliases ?? [])].map(normaliseForMatch).join(''),
        ]),
      ),
    [options],
  );
  const folded = normaliseForMatch(query).trim();
  const shows = (o: PickerOption) => !folded || (keys.get(o.value) ?? '').includes(folded);
  const shown = options.filter(shows).length;
  const inputId = (value: string) => `${id}-${value}`;
  const toggle = (value: string, on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(value);
      else next.delete(value);
      return next;
    });
  const remove = (value: string) => {
    const box = document.getElementById(inputId(value)) as HTMLInputElement | null;
    if (box) {
      box.checked = false;
      // The form listens (the pledge quality panel): tell it, as a click would.
      box.dispatchEvent(new Event('change', { bubbles: true }));
    }
    toggle(value, false);
  };
  // Enter in the search box must not submit the form.
  const keepOpen = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.preventDefault();
  };
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-err` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className="mb-4 min-w-0"
      aria-describedby={describedBy || undefined}
      aria-invalid={errors?.length ? true : undefined}
    >
      <legend className="font-medium">{label}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {enhanced ? (
        <div className="mt-1">
          <label htmlFor={`${id}-q`} className="text-sm">
            {t('common.picker.search')}
          </label>
          <input
            id={`${id}-q`}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={keepOpen}
            aria-controls={`${id}-list`}
            autoComplete="off"
            dir="auto"
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
          />
          <p className="sr-only" aria-live="polite">
            {folded ? t('common.picker.shown', { count: shown, n: number(shown) }) : ''}
          </p>
        </div>
      ) : null}
      {enhanced && chosen.size ? (
        <div className="mt-2">
          <p className="text-sm">
            {t('common.picker.chosen', { count: chosen.size, n: number(chosen.size) })}
          </p>
          <ul className="mt-1 flex flex-wrap gap-1">
            {options
              .filter((o) => chosen.has(o.value))
              .map((o) => (
                <li key={o.value}>
                  <button
                    type="button"
                    onClick={() => remove(o.value)}
                    className="rounded-full border border-slate-400 bg-slate-50 px-2 py-0.5 text-sm"
                    aria-label={t('common.picker.remove', { name: o.label })}
                  >
                    <bdi>{o.label}</bdi> <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      <div
        id={`${id}-list`}
        className="mt-2 max-h-64 overflow-y-auto rounded border border-slate-400 bg-white px-3 py-1"
      >
        {options.map((o) => (
          <label key={o.value} className={shows(o) ? 'flex items-start gap-2 py-1' : 'hidden'}>
            <input
              id={inputId(o.value)}
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={defaultValue.includes(o.value)}
              onChange={(event) => toggle(o.value, event.target.checked)}
              className="mt-1"
            />
            <bdi>{o.label}</bdi>
          </label>
        ))}
        {enhanced && !shown ? (
          <p className="py-1 text-sm text-slate-600">{t('common.picker.noMatch')}</p>
        ) : null}
      </div>
      <ErrorList id={`${id}-err`} errors={errors} />
    </fieldset>
  );
}
