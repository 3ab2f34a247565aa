import { Form, Link, redirect } from 'react-router';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { contributionForEdit } from '~/modules/reviews/contributions/contribution-for-edit.server';
import { removeContribution } from '~/modules/reviews/contributions/remove-contribution.server';
import { updateContribution } from '~/modules/reviews/contributions/update-contribution.server';
import { guard } from '~/permissions/guard.server';
import { formInput } from '~/platform/forms/paths';
import { refusal, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { attemptUploadForm } from '~/platform/uploads/index.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted, valuesOf } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { Paragraphs } from '~/ui/paragraphs';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/contribution-edit';
import { ContributionFields, contributionFileKinds, contributionMaxFileBytes } from './contribution-fields';

/**
 * /{lang}/reviews/cycles/:cycleId/contributions/:contributionId/upload — the cycle's secretariat
 * corrects a recorded contribution (the recording form, filled in; versioned; a new file replaces
 * the one attached) or, after confirming (?remove), removes it. Multipart (the path takes the
 * upload cap).
 */
async function editing(request: Request, params: Route.LoaderArgs['params']) {
  const viewer = await guard(request, 'reviews.moderate');
  const found = await orErrorPage(() =>
    contributionForEdit({
      subject: viewer.subject,
      cycleId: params.cycleId,
      contributionId: params.contributionId,
    }),
  );
  return { viewer, found };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { found } = await editing(request, params);
  const objectives = (await listObjectives({ withTitle: false })).items;
  return {
    ...found,
    objectiveChoices: objectives.map((o) => ({ number: o.number, shortLabel: o.shortLabel })),
    today: new Date().toISOString().slice(0, 10),
    confirmRemove: new URL(request.url).searchParams.has('remove'),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer, found } = await editing(request, params);
  const attempt = await attemptUploadForm(request, context, {
    field: 'file',
    maxBytes: contributionMaxFileBytes,
    allowed: contributionFileKinds,
    required: false as const,
  });
  if (attempt.refused) return attempt.refused;
  const upload = attempt.upload;
  const back = `/${langOf(params)}/reviews/cycles/${found.cycle.id}/contributions`;
  const expectedVersion = Number(upload.fields.get('version'));
  try {
    if (upload.fields.get('intent') === 'remove') {
      await upload.file?.discard();
      await removeContribution({
        subject: viewer.subject,
        cycleId: found.cycle.id,
        contributionId: found.contribution.id,
        expectedVersion,
        requestId: context.requestId,
      });
      return redirect(`${back}?type=contribution&removed=1`);
    }
    await updateContribution({
      subject: viewer.subject,
      cycleId: found.cycle.id,
      contributionId: found.contribution.id,
      expectedVersion,
      input: formInput(upload.fields),
      upload: upload.file,
      requestId: context.requestId,
    });
  } catch (error) {
    return refusal(upload.fields, error);
  }
  return redirect(`${back}?type=contribution&updated=1#contribution-${found.contribution.id}`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-cycles.contribution.editTitle') }));

export default function EditContribution({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const { cycle, contribution, values } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const stale = result?.formError?.code === 'staleVersion';
  const value = (name: string, fallback = '') => submitted(result, name, values[name] ?? fallback);
  const errors = (name: string) => result?.fieldErrors?.[name];
  const editPath = `/reviews/cycles/${cycle.id}/contributions/${contribution.id}/upload`;
  const listPath = `/reviews/cycles/${cycle.id}/contributions`;
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-3xl">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(`/reviews/cycles/${cycle.id}`), label: pick(cycle.title).text },
          { to: href(listPath), label: t('reviews-cycles.tabs.contributions') },
          { label: t('reviews-cycles.contribution.editTitle') },
        ]}
      />
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-cycles.contribution.editTitle')}
      </h1>
      <p className="mb-4 text-slate-700">
        <TranslatedText value={contribution.contributor} />
      </p>
      {loaderData.confirmRemove ? (
        <section aria-labelledby="remove-title" className="mb-6 rounded border border-red-300 bg-red-50 p-4">
          <h2 id="remove-title" className="mb-2 text-lg font-semibold">
            {t('reviews-cycles.contribution.removeTitle')}
          </h2>
          <p className="mb-3">{t('reviews-cycles.contribution.removeExplain')}</p>
          <Form method="post" encType="multipart/form-data" className="flex flex-wrap items-center gap-4">
            <CsrfInput />
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="version" value={contribution.version} />
            <button
              type="submit"
              className="rounded bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900"
            >
              {t('reviews-cycles.contribution.removeConfirm')}
            </button>
            <Link to={href(editPath)}>{t('reviews-cycles.contribution.removeKeep')}</Link>
          </Form>
        </section>
      ) : null}
      {stale ? (
        <>
          <FormAlert error={result?.formError} />
          <section
            aria-labelledby="current-title"
            className="mb-4 rounded border border-amber-300 bg-amber-50 p-3"
          >
            <h2 id="current-title" className="mb-2 font-semibold">
              {t('reviews-cycles.contribution.currentVersion')}
            </h2>
            <p className="font-medium">
              <TranslatedText value={contribution.contributor} />
            </p>
            <Paragraphs
              value={{ ar: values['text.ar'], en: values['text.en'] }}
              className="mt-2 space-y-2 text-sm"
            />
          </section>
        </>
      ) : (
        <FormAlert error={result?.formError} />
      )}
      <Form method="post" encType="multipart/form-data" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="version" value={contribution.version} />
        <ContributionFields
          objectives={loaderData.objectiveChoices}
          today={loaderData.today}
          value={value}
          errors={errors}
          chosen={new Set(valuesOf(result, 'objectives', loaderData.objectives))}
          fileHint={
            contribution.files[0]
              ? t('reviews-cycles.contribution.field.fileReplaceHint', { name: contribution.files[0].name })
              : undefined
          }
        />
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton>{t('reviews-cycles.contribution.save')}</SubmitButton>
          <Link to={href(listPath)}>{t('reviews-cycles.contribution.cancel')}</Link>
          {loaderData.confirmRemove ? null : (
            <Link to={href(`${editPath}?remove=1`)} className="ms-auto text-red-800 underline">
              {t('reviews-cycles.contribution.remove')}
            </Link>
          )}
        </div>
      </Form>
    </article>
  );
}
