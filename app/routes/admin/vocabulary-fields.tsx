import type { VocabularyEntryRecord } from '~/modules/search/vocabulary/list-vocabulary-entries.server';
import { vocabularyLimits } from '~/modules/search/vocabulary/vocabulary-form';
import type { SubmissionResult } from '~/platform/forms.server';
import { ErrorList, valueOf as formValue, TextArea, valuesOf } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import type { VocabularyReference } from './vocabulary.server';

/**
 * The fields of a vocabulary entry: its terms in each language (one a line) and the objectives and
 * guiding principles it names. Values come back from a refused submission, else from the entry.
 */
export function VocabularyFields({
  reference,
  entry,
  result,
}: {
  reference: VocabularyReference;
  entry?: Pick<VocabularyEntryRecord, 'ar' | 'en' | 'objectives' | 'principles'>;
  result?: SubmissionResult;
}) {
  const { t, number, pick } = useI18n();
  const objectives = new Set(valuesOf(result, 'objectives', entry?.objectives.map(String) ?? []));
  const principles = new Set(valuesOf(result, 'principles', entry?.principles ?? []));
  const hint = t('admin.vocabulary.termsHint', {
    count: vocabularyLimits.termsPerLanguage,
    max: vocabularyLimits.termLength,
  });
  return (
    <>
      <TextArea
        label={t('admin.vocabulary.termsAr')}
        hint={hint}
        name="ar"
        lang="ar"
        dir="rtl"
        rows={4}
        required
        defaultValue={formValue(result, 'ar', entry?.ar.join('\n') ?? '')}
        errors={result?.fieldErrors?.ar}
      />
      <TextArea
        label={t('admin.vocabulary.termsEn')}
        hint={hint}
        name="en"
        lang="en"
        dir="ltr"
        rows={4}
        required
        defaultValue={formValue(result, 'en', entry?.en.join('\n') ?? '')}
        errors={result?.fieldErrors?.en}
      />
      <fieldset
        className="mb-4 min-w-0 rounded border border-slate-300 p-3"
        aria-describedby="vocabulary-objectives-hint"
      >
        <legend className="px-1 font-medium">{t('admin.vocabulary.objectives')}</legend>
        <p id="vocabulary-objectives-hint" className="text-sm text-slate-600">
          {t('admin.vocabulary.tagsHint')}
        </p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {reference.objectives.map((o) => (
            <label key={o.key} className="flex items-start gap-2 py-1">
              <input
                type="checkbox"
                name="objectives"
                value={o.key}
                defaultChecked={objectives.has(String(o.key))}
                className="mt-1"
              />
              <span>
                {t('admin.vocabulary.objectiveLabel', { number: number(o.key), name: pick(o.name).text })}
              </span>
            </label>
          ))}
        </div>
        <ErrorList
          errors={Object.entries(result?.fieldErrors ?? {}).find(([k]) => k.startsWith('objectives'))?.[1]}
        />
      </fieldset>
      <fieldset className="mb-4 min-w-0 rounded border border-slate-300 p-3">
        <legend className="px-1 font-medium">{t('admin.vocabulary.principles')}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {reference.principles.map((p) => (
            <label key={p.key} className="flex items-start gap-2 py-1">
              <input
                type="checkbox"
                name="principles"
                value={p.key}
                defaultChecked={principles.has(p.key)}
                className="mt-1"
              />
              <span>{pick(p.name).text}</span>
            </label>
          ))}
        </div>
        <ErrorList errors={result?.fieldErrors?.principles} />
      </fieldset>
    </>
  );
}
