import { data, redirect } from 'react-router';
import { cycleFormOptions } from '~/modules/reviews/cycles/cycle-form-options.server';
import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import { updateCycle } from '~/modules/reviews/cycles/update-cycle.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/cycle-edit';
import { CycleForm } from './cycle-form';
import { valuesFromCycle, withAnotherMilestone } from './cycle-form.server';
import { refusedForm } from './cycle-form-state';
import { sentIntent } from './cycle-pages.server';
import { CycleTabs, ProblemSummary } from './cycle-ui';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-cycles.edit.title', { title: i18n.pick(loaderData.title).text }),
        })
      : null,
  );

/** The cycle, for its secretariat only (others: 404 for drafts, 403 otherwise). */
async function managedCycle(request: Request, cycleId: string) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const detail = await orErrorPage(() => getCycle({ subject: viewer.subject, cycleId }));
  if (!detail.canManage) throw data({ code: 'forbidden' }, { status: 403 });
  return { viewer, detail };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, detail } = await managedCycle(request, params.cycleId);
  const { cycle } = detail;
  const options = await cycleFormOptions({ subject: viewer.subject, regionId: cycle.regionId });
  // States in scope that the reference data no longer lists as members stay visible (and removable).
  const listed = new Set(options.states.map((s) => s.iso3));
  const states = [
    ...options.states,
    ...detail.states.filter((s) => !listed.has(s.iso3)).map(({ iso3, name }) => ({ iso3, name })),
  ];
  // The pinned template stays offered even if a newer version was published since.
  const templates =
    detail.template && !options.templates.some((tpl) => tpl.id === detail.template!.id)
      ? [
          ...options.templates,
          {
            id: detail.template.id,
            title: detail.template.title,
            versionNumber: detail.template.versionNumber,
          },
        ]
      : options.templates;
  return {
    id: cycle.id,
    title: cycle.title,
    version: cycle.version,
    options: { ...options, regionId: cycle.regionId, states, templates },
    values: valuesFromCycle(
      cycle,
      detail.states.map((s) => s.iso3),
      detail.milestones,
    ),
    canTrack: detail.canTrack,
    outcomePublished: detail.outcomePublished,
    synthesisPublished: detail.synthesisPublished,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer } = await managedCycle(request, params.cycleId);
  const form = await readForm(request, context);
  if (form.get('intent') === 'addMilestone') return withAnotherMilestone(form);
  const result = await attemptForm(form, {
    run: (input) =>
      updateCycle({
        subject: viewer.subject,
        cycleId: params.cycleId,
        expectedVersion: Number(form.get('version')),
        input,
        requestId: context.requestId,
      }),
    extra: sentIntent,
  });
  if (!result.ok) return result.response;
  return redirect(`/${langOf(params)}/reviews/cycles/${params.cycleId}?notice=saved`);
}

export default function EditCycle({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const refused = refusedForm(actionData);
  const sentBack = (actionData as { values?: Record<string, string | string[]> } | undefined)?.values;
  const stale = refused?.formError?.code === 'staleVersion';
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-4xl">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(`/reviews/cycles/${loaderData.id}`), label: pick(loaderData.title).text },
          { label: t('reviews-cycles.tabs.edit') },
        ]}
      />
      <h1 id="page-title" className="mb-4 text-2xl font-bold">
        {t('reviews-cycles.edit.title', { title: pick(loaderData.title).text })}
      </h1>
      <CycleTabs
        cycleId={loaderData.id}
        current="edit"
        show={{
          outcome: loaderData.outcomePublished,
          synthesis: loaderData.synthesisPublished,
          tracker: loaderData.canTrack,
          edit: true,
          outcomeEdit: true,
        }}
      />
      {stale ? <FormAlert tone="info">{t('reviews-cycles.edit.staleHelp')}</FormAlert> : null}
      <ProblemSummary refused={refused} />
      <CycleForm
        options={loaderData.options}
        values={sentBack ?? loaderData.values}
        fieldErrors={refused?.fieldErrors}
        // After a conflict the form carries the user's text on top of the current version.
        version={loaderData.version}
        withSummaries
        regionLocked
      />
    </article>
  );
}
