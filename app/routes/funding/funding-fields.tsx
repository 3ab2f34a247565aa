import type { FieldError, SubmissionResult } from '~/platform/forms.server';
import { SelectField, valueOf as submitted, TextArea, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';

/**
 * The fields the fund's forms share (concept note, pipeline move, steering committee decision). Each
 * is named by its schema path and reads its value and refusals back by the same path.
 */

/** The language a text was first written in (`originalLanguage`); the page's language by default. */
export function OriginalLanguageField({ result }: { result?: SubmissionResult }) {
  const { t, locale } = useI18n();
  return (
    <SelectField
      label={t('funding.form.originalLanguage')}
      name="originalLanguage"
      defaultValue={submitted(result, 'originalLanguage', locale)}
      errors={result?.fieldErrors?.originalLanguage}
    >
      <option value="ar">{t('funding.language.ar')}</option>
      <option value="en">{t('funding.language.en')}</option>
    </SelectField>
  );
}

/**
 * A text in Arabic and in English: `${name}.ar` and `${name}.en`, each with its own label and
 * language; a text area when `rows` is given, else one line.
 */
export function TranslatedFields({
  name,
  label,
  result,
  rows,
  maxLength,
}: {
  name: string;
  label: { ar: string; en: string };
  result?: SubmissionResult;
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
          maxLength,
          defaultValue: submitted(result, path),
          errors: result?.fieldErrors?.[path],
        };
        return rows ? <TextArea key={lang} rows={rows} {...field} /> : <TextField key={lang} {...field} />;
      })}
    </>
  );
}

/**
 * The refusals of a field that holds a list (names one per line, document addresses, objectives
 * ticked): the list's own (`documents`) and its items' (`documents[2]`), each code once, since the
 * user sees one field, not the items the form made of it.
 */
export function listErrors(result: SubmissionResult | undefined, name: string): FieldError[] | undefined {
  const found = new Map<string, FieldError>();
  for (const [path, errors] of Object.entries(result?.fieldErrors ?? {}))
    if (path === name || path.startsWith(`${name}[`))
      for (const error of errors) if (!found.has(error.code)) found.set(error.code, error);
  return found.size ? [...found.values()] : undefined;
}
