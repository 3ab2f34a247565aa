import type { Translated } from '#db/schema/columns';
import { type Confirmation, type RegistryStatus, registryStatuses } from '#db/schema/instrument-values';
import type { FieldError, SubmissionResult } from '~/platform/forms.server';
import { SelectField, valueOf as submitted, TextArea, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';

/**
 * The fields the instruments' forms share (champion, consideration, mechanism, chair, activity,
 * network). Each is named by its schema path and reads back the user's value (after a refusal), else
 * the record's (`values`, keyed by the same paths), and its refusals.
 */
export type FormValues = Record<string, string>;

export function useFields(result: SubmissionResult | undefined, values: FormValues = {}) {
  return {
    v: (name: string) => submitted(result, name, values[name] ?? ''),
    errors: (name: string) => listErrors(result, name),
  };
}

/** A record's translated text as form values (`name.ar`, `name.en`). */
export const translatedValues = (name: string, value: Translated): FormValues => ({
  [`${name}.ar`]: value.ar ?? '',
  [`${name}.en`]: value.en ?? '',
});

/** The refusals of a field and of its items (`memberStates`, `memberStates[2]`), each code once. */
export function listErrors(result: SubmissionResult | undefined, name: string): FieldError[] | undefined {
  const found = new Map<string, FieldError>();
  for (const [path, errors] of Object.entries(result?.fieldErrors ?? {}))
    if (path === name || path.startsWith(`${name}[`) || path.startsWith(`${name}.`))
      for (const error of errors) if (!found.has(error.code)) found.set(error.code, error);
  return found.size ? [...found.values()] : undefined;
}

export function OriginalLanguageField({
  result,
  values,
}: {
  result?: SubmissionResult;
  values?: FormValues;
}) {
  const { t, locale } = useI18n();
  return (
    <SelectField
      label={t('instruments.form.originalLanguage')}
      name="originalLanguage"
      defaultValue={submitted(result, 'originalLanguage', values?.originalLanguage ?? locale)}
      errors={result?.fieldErrors?.originalLanguage}
    >
      <option value="ar">{t('instruments.language.ar')}</option>
      <option value="en">{t('instruments.language.en')}</option>
    </SelectField>
  );
}

/** `${name}.ar` and `${name}.en`, each with its label and language; a text area when `rows` is given. */
export function TranslatedFields({
  name,
  label,
  result,
  values,
  rows,
  maxLength,
}: {
  name: string;
  label: { ar: string; en: string };
  result?: SubmissionResult;
  values?: FormValues;
  rows?: number;
  maxLength?: number;
}) {
  return (
    <>
      {(['ar', 'en'] as const).map((lang) => {
        const path = `${name}.${lang}`;
        const field = {
          label: label[lang],
          name: path,
          lang,
          dir: lang === 'ar' ? 'rtl' : 'ltr',
          maxLength,
          defaultValue: submitted(result, path, values?.[path] ?? ''),
          errors: result?.fieldErrors?.[path],
        };
        return rows ? <TextArea key={lang} rows={rows} {...field} /> : <TextField key={lang} {...field} />;
      })}
    </>
  );
}

/** A list typed one item per line. */
export function LinesField({
  name,
  label,
  result,
  values,
  ltr,
}: {
  name: string;
  label: string;
  result?: SubmissionResult;
  values?: FormValues;
  ltr?: boolean;
}) {
  const { t } = useI18n();
  return (
    <TextArea
      label={label}
      hint={t('instruments.form.onePerLine')}
      name={name}
      rows={3}
      dir={ltr ? 'ltr' : 'auto'}
      defaultValue={submitted(result, name, values?.[name] ?? '')}
      errors={listErrors(result, name)}
    />
  );
}

export function StatusField({ result, values }: { result?: SubmissionResult; values?: FormValues }) {
  const { t } = useI18n();
  return (
    <SelectField
      label={t('instruments.form.status')}
      name="status"
      defaultValue={submitted(result, 'status', values?.status ?? 'published')}
      errors={result?.fieldErrors?.status}
    >
      {registryStatuses.map((s) => (
        <option key={s} value={s}>
          {t(`instruments.status.${s}`)}
        </option>
      ))}
    </SelectField>
  );
}

/** Marks an entry Marsad entered without a source yet, and a draft. */
export function RecordBadges({
  confirmation,
  status,
}: {
  confirmation?: Confirmation;
  status?: RegistryStatus;
}) {
  const { t } = useI18n();
  return (
    <>
      {confirmation === 'unconfirmed' ? (
        <span className="ms-2 rounded bg-amber-100 px-2 py-0.5 text-sm font-normal text-amber-900">
          {t('instruments.unconfirmed')}
        </span>
      ) : null}
      {status === 'draft' ? (
        <span className="ms-2 rounded bg-slate-200 px-2 py-0.5 text-sm font-normal text-slate-800">
          {t('instruments.status.draft')}
        </span>
      ) : null}
    </>
  );
}

/** Sources as links when they are addresses. */
export function Sources({ sources }: { sources: readonly string[] }) {
  const { t } = useI18n();
  if (!sources.length) return null;
  return (
    <details className="mt-4 text-sm">
      <summary>{t('instruments.sources')}</summary>
      <ul className="mt-2 space-y-1">
        {sources.map((s) => (
          <li key={s} dir="ltr" className="break-words">
            {/^https?:\/\//.test(s) ? (
              <a href={s.split(' ')[0]} rel="noopener noreferrer">
                {s}
              </a>
            ) : (
              <bdi>{s}</bdi>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
