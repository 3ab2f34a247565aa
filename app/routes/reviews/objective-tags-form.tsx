import { Form } from 'react-router';
import type { Translated } from '#db/schema/columns';
import type { SubmissionResult } from '~/platform/forms.server';
import { CsrfInput, FormAlert, SubmitButton } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';

/**
 * The objectives a free-form parallel review is about, as checkboxes: its authors tick theirs; the
 * secretariat sees the authors' ticked and fixed, and ticks what it adds.
 */
export function ObjectiveTagsForm({
  as,
  version,
  tagged,
  added,
  objectives,
  result,
}: {
  as: 'authors' | 'secretariat';
  version: number;
  tagged: number[];
  added: number[];
  objectives: { number: number; shortLabel: Translated }[];
  result?: SubmissionResult;
}) {
  const { t, pick, number } = useI18n();
  const sent = result?.values.objectives;
  const chosen = new Set(
    sent === undefined
      ? [...tagged, ...added].map(String)
      : ([] as string[]).concat(sent as string | string[]),
  );
  return (
    <section aria-labelledby="objective-tags-title" className="mb-10">
      <h2 id="objective-tags-title" className="mb-1 text-xl font-semibold">
        {t('reviews-edit.objectiveTags.title')}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t(`reviews-edit.objectiveTags.intro.${as}`)}</p>
      <FormAlert error={result?.formError} />
      <Form method="post">
        <CsrfInput />
        <input type="hidden" name="intent" value="objectives" />
        <input type="hidden" name="version" value={version} />
        <fieldset className="mb-3 rounded border border-slate-300 p-3">
          <legend className="px-1 font-medium">{t('reviews-edit.objectiveTags.legend')}</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {objectives.map((o) => {
              const byAuthors = as === 'secretariat' && tagged.includes(o.number);
              return (
                <label key={o.number} className="flex items-start gap-2">
                  <input
                    type="checkbox"
                    name="objectives"
                    value={String(o.number)}
                    defaultChecked={byAuthors || chosen.has(String(o.number))}
                    disabled={byAuthors}
                    className="mt-1"
                  />
                  <span>
                    {t('reviews-edit.objectiveTags.option', {
                      number: number(o.number),
                      name: pick(o.shortLabel).text,
                    })}
                    {byAuthors ? (
                      <span className="ms-1 text-xs text-slate-600">
                        {t('reviews-edit.objectiveTags.byAuthors')}
                      </span>
                    ) : null}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
        <SubmitButton>{t('reviews-edit.objectiveTags.save')}</SubmitButton>
      </Form>
    </section>
  );
}
