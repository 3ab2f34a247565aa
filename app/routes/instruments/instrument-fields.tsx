import { type Confirmation, type RegistryStatus, registryStatuses } from '#db/schema/instrument-values';
import type { SubmissionResult } from '~/platform/forms.server';
import {
  type FormValues,
  listErrors,
  OriginalLanguageField as SharedOriginalLanguageField,
} from '~/ui/form-fields';
import { SelectField, valueOf as submitted, TextArea } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';

/**
 * The fields the instruments' forms share (champion, consideration, mechanism, chair, activity,
 * network). Each is named by its schema path and reads back the user's value (after a refusal), else
 * the record's (`values`, keyed by the same paths), and its refusals.
 */
export { type FormValues, listErrors, TranslatedFields, translatedValues } from '~/ui/form-fields';

export function useFields(result: SubmissionResult | undefined, values: FormValues = {}) {
  return {
    v: (name: string) => submitted(result, name, values[name] ?? ''),
    errors: (name: string) => listErrors(result, name),
  };
}

export function OriginalLanguageField({
  result,
  values,
}: {
  result?: SubmissionResult;
  values?: FormValues;
}) {
  const { t } = useI18n();
  return (
    <SharedOriginalLanguageField
      label={t('instruments.form.originalLanguage')}
      result={result}
      value={values?.originalLanguage}
    />
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
              // What the secretariat wrote (a link and its note, often in English): user text, as below.
              <a href={s.split(' ')[0]} rel="noopener noreferrer">
                <bdi>{s}</bdi>
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
