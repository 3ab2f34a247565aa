import { data, Form, redirect } from 'react-router';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { canRecordContribution } from '~/modules/reviews/contributions/contribution-policy';
import { recordContribution } from '~/modules/reviews/contributions/record-contribution.server';
import { loadSynthesisCycle } from '~/modules/reviews/synthesis/load-synthesis-input.server';
import { guard } from '~/permissions/guard.server';
import { formInput } from '~/platform/forms/paths';
import { refusal, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { attemptUploadForm } from '~/platform/uploads/index.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted, valuesOf } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/contribution-record';
import { ContributionFields, contributionFileKinds, contributionMaxFileBytes } from './contribution-fields';

/**
 * /{lang}/reviews/cycles/:cycleId/contributions/upload — the cycle's secretariat records a
 * contribution that came in (a consultative process's statement, a parliament's, a UN agency's, …):
 * who, kind, date received, text and/or a file, objectives. Multipart (the path takes the upload cap).
 */

async function recordingCycle(request: Request, cycleId: string) {
  const viewer = await guard(request, 'reviews.moderate');
  const cycle = await orErrorPage(() => loadSynthesisCycle(getDb(), cycleId));
  if (!canRecordContribution(viewer.subject, cycle)) throw data({ code: 'forbidden' }, { status: 403 });
  return { viewer, cycle };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { cycle } = await recordingCycle(request, params.cycleId);
  const objectives = (await listObjectives({ withTitle: false })).items;
  return {
    cycle: { id: cycle.id, title: cycle.title },
    objectives: objectives.map((o) => ({ number: o.number, shortLabel: o.shortLabel })),
    today: new Date().toISOString().slice(0, 10),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer, cycle } = await recordingCycle(request, params.cycleId);
  const attempt = await attemptUploadForm(request, context, {
    field: 'file',
    maxBytes: contributionMaxFileBytes,
    allowed: contributionFileKinds,
    required: false as const,
  });
  if (attempt.refused) return attempt.refused;
  const upload = attempt.upload;
  try {
    await recordContribution({
      subject: viewer.subject,
      cycleId: cycle.id,
      input: formInput(upload.fields),
      upload: upload.file,
      requestId: context.requestId,
    });
  } catch (error) {
    return refusal(upload.fields, error);
  }
  return redirect(`/${langOf(params)}/reviews/cycles/${cycle.id}/contributions?type=contribution&recorded=1`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-cycles.contribution.recordTitle') }));

export default function RecordContribution({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const { cycle, objectives } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const value = (name: string, fallback = '') => submitted(result, name, fallback);
  const errors = (name: string) => result?.fieldErrors?.[name];
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-3xl">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(`/reviews/cycles/${cycle.id}`), label: pick(cycle.title).text },
          {
            to: href(`/reviews/cycles/${cycle.id}/contributions`),
            label: t('reviews-cycles.tabs.contributions'),
          },
          { label: t('reviews-cycles.contribution.recordTitle') },
        ]}
      />
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-cycles.contribution.recordTitle')}
      </h1>
      <p className="mb-1 text-slate-700">
        <TranslatedText value={cycle.title} />
      </p>
      <p className="mb-4 text-sm text-slate-700">{t('reviews-cycles.contribution.recordIntro')}</p>
      <FormAlert error={result?.formError} />
      <Form method="post" encType="multipart/form-data" noValidate>
        <CsrfInput />
        <ContributionFields
          objectives={objectives}
          today={loaderData.today}
          value={value}
          errors={errors}
          chosen={new Set(valuesOf(result, 'objectives'))}
        />
        <SubmitButton>{t('reviews-cycles.contribution.record')}</SubmitButton>
      </Form>
    </article>
  );
}
