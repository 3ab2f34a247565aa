import type { Translated } from '#db/schema/columns';
import type { FieldError, SubmissionResult } from '~/platform/forms.server';
import { SelectField, valueOf as submitted, TextArea, TextField, useErrorText } from './forms';
import { useI18n } from './i18n';

/**
 * Fields every bilingual form shares: the language a text was first written in, a text in Arabic and
 * English, and the refusals of a list field. Each is named by its schema path and reads back the
 * user's value after a refusal, else the record's (`values`, keyed by the same paths).
 */
export type FormValues = Record<string, string>;

/** A record's translated text as form values (`name.ar`, `name.en`). */
export const translatedValues = (name: string, value: Translated): FormValues => ({
  [`${name}.ar`]: value.ar ?? '',
  [`${name}.en`]: value.en ?? '',
});

/**
 * The refusals of a field that holds a list or parts (names one per line, objectives ticked, a
 * document's address): its own (`documents`), its items' (`documents[2]`) and its parts'
 * (`chair.name`), each code once, since the user sees one field, not the items the form made of it.
 */
export function listErrors(result: SubmissionResult | undefined, name: string): FieldError[] | undefined {
  const found = new Map<string, FieldError>();
  for (const [path, errors] of Object.entries(result?.fieldErrors ?? {}))
    if (path === name || path.startsWith(`${name}[`) || path.startsWith(`${name}.`))
      for (const error of errors) if (!found.has(error.code)) found.set(error.code, error);
  return found.size ? [...found.values()] : undefined;
}

/** The language a text was first written in (`originalLanguage`); the page's language by default. */
export function OriginalLanguageField({
  label,
  hint,
  result,
  value,
}: {
  label: string;
  hint?: string;
  result?: SubmissionResult;
  /** The record's, when editing. */
  value?: string;
}) {
  const { t, locale } = useI18n();
  return (
    <SelectField
      label={label}
      hint={hint}
      name="originalLanguage"
      defaultValue={submitted(result, 'originalLanguage', value || locale)}
      errors={result?.fieldErrors?.originalLanguage}
    >
      <option value="ar">{t('common.language.ar')}</option>
      <option value="en">{t('common.language.en')}</option>
    </SelectField>
  );
}

/**
 * A text in Arabic and in English: `${name}.ar` and `${name}.en`, each with its own label, language
 * and direction; a text area when `rows` is given, else one line. A refusal of the text as a whole
 * (`${name}`: neither language given) stands beside the first field.
 */
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
          errors: result?.fieldErrors?.[path] ?? (lang === 'ar' ? result?.fieldErrors?.[name] : undefined),
        };
        return rows ? <TextArea key={lang} rows={rows} {...field} /> : <TextField key={lang} {...field} />;
      })}
    </>
  );
}

/**
 * The 23 objectives as ticked boxes (`objectives`), numbered in the reader's digits, with the list's
 * refusals under them (the `objectives-err` id the fieldset points at).
 */
export function ObjectiveBoxes({
  legend,
  objectives,
  chosen,
  errors,
}: {
  legend: string;
  objectives: readonly { number: number; label: Translated }[];
  chosen: Set<string>;
  errors?: FieldError[];
}) {
  const { number, pick } = useI18n();
  const errorText = useErrorText();
  return (
    <fieldset className="mb-4" aria-describedby={errors ? 'objectives-err' : undefined}>
      <legend className="font-medium">{legend}</legend>
      <div className="mt-2 grid gap-1 sm:grid-cols-2">
        {objectives.map((o) => (
          <label key={o.number} className="flex items-start gap-2">
            <input
              type="checkbox"
              name="objectives"
              value={o.number}
              defaultChecked={chosen.has(String(o.number))}
            />
            <span>
              {number(o.number)}. {pick(o.label).text}
            </span>
          </label>
        ))}
      </div>
      {errors ? (
        <p id="objectives-err" className="mt-1 text-sm text-red-700">
          {errors.map(errorText).join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
