import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useId } from 'react';
import { useRouteLoaderData } from 'react-router';
import type { FieldError, SubmissionResult } from '~/platform/forms.server';
import type { RootData } from '~/root.server';
import { useI18n } from './i18n';

export function CsrfInput() {
  const root = useRouteLoaderData<RootData>('root');
  return <input type="hidden" name="_csrf" value={root?.csrfToken ?? ''} />;
}

/** The value the user last submitted for a field, or the record's value. */
// biome-ignore lint/suspicious/noShadowRestrictedNames: a module export, not Object.prototype.valueOf
export function valueOf(result: SubmissionResult | undefined | null, name: string, fallback = ''): string {
  const v = result?.values?.[name];
  if (v === undefined) return fallback;
  return Array.isArray(v) ? (v[0] ?? '') : v;
}

export function valuesOf(
  result: SubmissionResult | undefined | null,
  name: string,
  fallback: string[] = [],
): string[] {
  const v = result?.values?.[name];
  if (v === undefined) return fallback;
  return Array.isArray(v) ? v : [v];
}

/** What a refused form announces above itself: its own refusal, else the first beside a field. */
export function formAlertOf(result: SubmissionResult | undefined | null): FieldError | undefined {
  if (result?.formError) return result.formError;
  for (const errors of Object.values(result?.fieldErrors ?? {})) if (errors[0]) return errors[0];
  return undefined;
}

export function useErrorText() {
  const { t } = useI18n();
  return (e: FieldError) => t(`errors.${e.code}`, e.params);
}

/** The refusals of one field, under it (`id` for the field's aria-describedby). */
export function ErrorList({ id, errors }: { id?: string; errors?: FieldError[] }) {
  const text = useErrorText();
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1 text-sm text-red-700">
      {errors.map((e) => (
        <li key={e.code}>{text(e)}</li>
      ))}
    </ul>
  );
}

type FieldProps = {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  errors?: FieldError[];
};

const inputClass =
  'mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 aria-[invalid=true]:border-red-700';

/**
 * Date and time fields are numbers in a fixed order (day/month/year, hours:minutes): laid out left
 * to right even on Arabic pages, as printed dates are, so the segments and the typed digits do not
 * swap places; aligned to the page's start edge like every other field.
 */
const pickerTypes = new Set(['date', 'time', 'datetime-local', 'month', 'week']);

export function TextField({
  label,
  name,
  hint,
  errors,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const { dir: pageDir } = useI18n();
  const picker = input.type !== undefined && pickerTypes.has(input.type);
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-err` : ''].filter(Boolean).join(' ');
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        className={picker && pageDir === 'rtl' ? `${inputClass} text-end` : inputClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        dir={picker ? 'ltr' : 'auto'}
        {...input}
      />
      <ErrorList id={`${id}-err`} errors={errors} />
    </div>
  );
}

export function TextArea({
  label,
  name,
  hint,
  errors,
  ...input
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-err` : ''].filter(Boolean).join(' ');
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <textarea
        id={id}
        name={name}
        className={inputClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        dir="auto"
        {...input}
      />
      <ErrorList id={`${id}-err`} errors={errors} />
    </div>
  );
}

export function SelectField({
  label,
  name,
  hint,
  errors,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? <p className="text-sm text-slate-600">{hint}</p> : null}
      <select
        id={id}
        name={name}
        className={inputClass}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-err` : undefined}
        {...select}
      >
        {children}
      </select>
      <ErrorList id={`${id}-err`} errors={errors} />
    </div>
  );
}

/** A form-level message (refusal, conflict, success) announced to screen readers. */
export function FormAlert({
  error,
  tone = 'error',
  children,
}: {
  error?: FieldError;
  tone?: 'error' | 'success' | 'info';
  children?: ReactNode;
}) {
  const text = useErrorText();
  if (!error && !children) return null;
  const toneClass =
    tone === 'error'
      ? 'border-red-700 bg-red-50 text-red-900'
      : tone === 'success'
        ? 'border-green-700 bg-green-50 text-green-900'
        : 'border-sky-700 bg-sky-50 text-sky-900';
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`mb-4 rounded border-s-4 p-3 ${toneClass}`}>
      {error ? text(error) : children}
    </div>
  );
}

export function SubmitButton({
  children,
  ...props
}: { children: ReactNode } & InputHTMLAttributes<HTMLButtonElement>) {
  return (
    <button
      type="submit"
      className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      {...(props as object)}
    >
      {children}
    </button>
  );
}
