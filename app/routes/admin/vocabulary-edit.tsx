import { data, Form, Link, redirect } from 'react-router';
import {
  getVocabularyEntry,
  type VocabularyEntryRecord,
} from '~/modules/search/vocabulary/list-vocabulary-entries.server';
import { removeVocabularyEntry } from '~/modules/search/vocabulary/remove-vocabulary-entry.server';
import { updateVocabularyEntry } from '~/modules/search/vocabulary/update-vocabulary-entry.server';
import {
  editVocabularyEntrySchema,
  removeVocabularyEntrySchema,
} from '~/modules/search/vocabulary/vocabulary-form';
import { guard } from '~/permissions/guard.server';
import type { AppError } from '~/platform/errors';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { isLocale } from '~/platform/i18n/locales';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, formAlertOf, SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/vocabulary-edit';
import { vocabularyReference } from './vocabulary.server';
import { VocabularyFields } from './vocabulary-fields';

async function loadEntry(key: string | undefined): Promise<VocabularyEntryRecord> {
  const entry = key ? await getVocabularyEntry({ key }) : null;
  if (!entry) throw data({ code: 'notFound' }, { status: 404 });
  return entry;
}

/** A secretariat edits one vocabulary entry, or (after confirming, ?remove) removes it. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guard(request, 'reference.edit');
  const [entry, reference] = await Promise.all([loadEntry(params.key), vocabularyReference()]);
  return { entry, reference, confirmRemove: new URL(request.url).searchParams.has('remove') };
}

type EditResult = SubmissionResult & {
  current?: Pick<VocabularyEntryRecord, 'key' | 'ar' | 'en' | 'objectives' | 'principles' | 'version'>;
};

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reference.edit');
  const entry = await loadEntry(params.key);
  const form = await readForm(request, context);
  const lang = isLocale(params.lang) ? params.lang : 'ar';
  const actor = { actorId: viewer.user!.id, key: entry.key, requestId: context.requestId };
  // After a stale save, the entry as it is now, so the form shows both and saving again is deliberate.
  const extra = (_form: FormData, error: AppError | null) => {
    const row =
      error?.code === 'staleVersion'
        ? (error.details?.current as VocabularyEntryRecord | undefined)
        : undefined;
    return row
      ? {
          current: {
            key: row.key,
            ar: row.ar,
            en: row.en,
            objectives: row.objectives,
            principles: row.principles,
            version: row.version,
          },
        }
      : {};
  };
  const result =
    form.get('intent') === 'remove'
      ? await attemptForm(form, {
          schema: removeVocabularyEntrySchema,
          run: (input) => removeVocabularyEntry({ ...actor, version: input.version }),
          extra,
        })
      : await attemptForm(form, {
          schema: editVocabularyEntrySchema,
          run: (input) => updateVocabularyEntry({ ...input, ...actor }),
          extra,
        });
  if (!result.ok) return result.response;
  return redirect(
    `/${lang}/admin/vocabulary?notice=${form.get('intent') === 'remove' ? 'removed' : 'saved'}&key=${encodeURIComponent(entry.key)}`,
  );
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({ title: i18n.t('admin.vocabulary.editTitle', { key: loaderData.entry.key }) })
      : null,
  );

export default function AdminVocabularyEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { reference, confirmRemove } = loaderData;
  const result = actionData as EditResult | undefined;
  const current = result?.current;
  // After a conflict the form carries the current version, so saving again (after comparing) is deliberate.
  const entry = current ?? loaderData.entry;
  const editPath = `/admin/vocabulary/${encodeURIComponent(entry.key)}`;
  const title = t('admin.vocabulary.editTitle', { key: entry.key });
  return (
    <>
      <Breadcrumbs
        items={[{ to: href('/admin/vocabulary'), label: t('admin.vocabulary.title') }, { label: title }]}
      />
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('admin.vocabulary.formIntro')}</p>
      {confirmRemove ? (
        <section
          aria-labelledby="remove-title"
          className="mt-6 max-w-3xl rounded border border-red-300 bg-red-50 p-4"
        >
          <h2 id="remove-title" className="mb-2 text-lg font-semibold">
            {t('admin.vocabulary.removeTitle')}
          </h2>
          <p className="mb-3">{t('admin.vocabulary.removeExplain')}</p>
          <Form method="post" className="flex flex-wrap items-center gap-4">
            <CsrfInput />
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="version" value={entry.version} />
            <button
              type="submit"
              className="rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900"
            >
              {t('admin.vocabulary.removeConfirm')}
            </button>
            <Link to={href(editPath)}>{t('admin.vocabulary.removeKeep')}</Link>
          </Form>
        </section>
      ) : null}
      <Form method="post" className="mt-6 max-w-3xl" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="version" value={entry.version} />
        <FormAlert error={formAlertOf(result)} />
        {current ? (
          <section
            aria-labelledby="current-title"
            className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm"
          >
            <h2 id="current-title" className="mb-2 font-semibold">
              {t('admin.vocabulary.currentVersion')}
            </h2>
            <p lang="ar" dir="rtl">
              {current.ar.join('، ')}
            </p>
            <p lang="en" dir="ltr">
              {current.en.join(', ')}
            </p>
          </section>
        ) : null}
        <VocabularyFields reference={reference} entry={loaderData.entry} result={result} />
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton>{t('common.save')}</SubmitButton>
          <Link to={href('/admin/vocabulary')}>{t('common.cancel')}</Link>
          {confirmRemove ? null : (
            <Link to={href(`${editPath}?remove=1`)} className="ms-auto text-red-800 underline">
              {t('admin.vocabulary.remove')}
            </Link>
          )}
        </div>
      </Form>
    </>
  );
}
