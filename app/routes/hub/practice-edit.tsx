import { Link, redirect } from 'react-router';
import { getPracticeForEdit } from '~/modules/hub/practices/get-practice.server';
import { revisePractice } from '~/modules/hub/practices/revise-practice.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { forbidden } from '~/platform/errors';
import { attemptForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/practice-edit';
import { hubReference } from './hub-routes.server';
import { PracticeForm } from './practice-form';

/**
 * The submitter (or an editor) changes a practice while it waits, or answers an editor's request for
 * clarification (saving resubmits it). A stale save is refused and the typed text kept.
 */
/** The practice as its editor may change it: 404/403 pages for anyone else, before any form is read. */
function practiceToEdit(subject: Awaited<ReturnType<typeof guardSignedIn>>['subject'], practiceId: string) {
  return orErrorPage(async () => {
    const f = await getPracticeForEdit({ subject, practiceId });
    if (!f.canEdit) throw forbidden();
    return f;
  });
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const found = await practiceToEdit(viewer.subject, params.id);
  const p = found.practice;
  return {
    reference: await hubReference(),
    id: p.id,
    title: p.title,
    clarification: p.status === 'clarification_requested' ? p.editorMessage : null,
    initial: {
      'title.ar': p.title.ar ?? '',
      'title.en': p.title.en ?? '',
      'summary.ar': p.summary.ar ?? '',
      'summary.en': p.summary.en ?? '',
      originalLanguage: p.originalLanguage,
      implementers: p.implementers,
      partners: p.partners.join('\n'),
      objectives: found.tags.objectives.map(String),
      principles: found.tags.principles,
      countries: found.tags.countries,
      regions: found.tags.regions,
      isGlobal: p.isGlobal,
      startDate: p.startDate,
      endDate: p.endDate ?? '',
      stage: p.stage,
      results: p.results,
      replicability: p.replicability,
      contactName: p.contactName,
      contactEmail: p.contactEmail,
      criteria: p.criteria,
      version: p.version,
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  await practiceToEdit(viewer.subject, params.id);
  const revised = await attemptForm(
    { request, context },
    {
      run: (input, form) =>
        revisePractice({
          subject: viewer.subject,
          practiceId: params.id,
          input,
          expectedVersion: Number(form.get('version')),
          requestId: context.requestId,
        }),
    },
  );
  if (!revised.ok) return revised.response;
  return redirect(`/${langOf(params)}/hub/practices/${params.id}?notice=revised`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({ title: `${i18n.t('hub-practices.edit.title')}: ${i18n.pick(loaderData.title).text}` })
      : null,
  );

export default function EditPractice({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <article aria-labelledby="edit-title" className="max-w-3xl">
      <p>
        <Link to={href(`/hub/practices/${loaderData.id}`)}>{t('hub-practices.edit.back')}</Link>
      </p>
      <h1 id="edit-title" className="mt-2 text-2xl font-bold">
        {t('hub-practices.edit.title')}
      </h1>
      {loaderData.clarification ? (
        <FormAlert tone="info">
          <p className="font-medium">{t('hub-practices.edit.clarificationAsked')}</p>
          <p className="whitespace-pre-line">
            <bdi>{loaderData.clarification}</bdi>
          </p>
        </FormAlert>
      ) : null}
      <PracticeForm
        reference={loaderData.reference}
        result={submission(actionData)}
        initial={loaderData.initial}
        submitLabel={t(
          loaderData.clarification ? 'hub-practices.edit.resubmit' : 'hub-practices.edit.submit',
        )}
      />
    </article>
  );
}
