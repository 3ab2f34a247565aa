import type { SubmissionResult } from '~/platform/forms.server';
import { OriginalLanguageField as SharedOriginalLanguageField } from '~/ui/form-fields';
import { useI18n } from '~/ui/i18n';

/**
 * The fields the fund's forms share (concept note, pipeline move, steering committee decision). Each
 * is named by its schema path and reads its value and refusals back by the same path.
 */

export { listErrors, TranslatedFields } from '~/ui/form-fields';

/** The language a text was first written in (`originalLanguage`); the page's language by default. */
export function OriginalLanguageField({ result }: { result?: SubmissionResult }) {
  const { t } = useI18n();
  return <SharedOriginalLanguageField label={t('funding.form.originalLanguage')} result={result} />;
}
