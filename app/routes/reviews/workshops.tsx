import { Form, Link, redirect } from 'react-router';
import { canManageOutreach } from '~/modules/reviews/cycles/cycle-policy';
import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import {
  createWorkshop,
  cycleMeetings,
  listWorkshops,
  removeWorkshop,
  updateWorkshop,
} from '~/modules/reviews/outreach/workshops.server';
import { guard } from '~/permissions/guard.server';
import { forbidden } from '~/platform/errors';
import { attemptForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted, valuesOf } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/workshops';
import { noticeOf } from './cycle-pages.server';
import { PageSection } from './cycle-ui';
import { WorkshopFields } from './workshop-fields';
import { WorkshopList } from './workshop-list';

const notices = ['added', 'saved', 'removed'] as const;

/** The focal-point workshops of a cycle, for its region's secretariat to record and correct. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const detail = await orErrorPage(() => getCycle({ subject: viewer.subject, cycleId: params.cycleId }));
  await orErrorPage(async () => {
    if (!canManageOutreach(viewer.subject, detail.cycle.regionId)) throw forbidden();
  });
  const db = getDb();
  const [workshops, meetings] = await Promise.all([
    listWorkshops(db, [detail.cycle.id]),
    cycleMeetings(db, detail.cycle.id),
  ]);
  return {
    cycle: { id: detail.cycle.id, title: detail.cycle.title },
    states: detail.states.map((s) => ({ iso3: s.iso3, name: s.name })),
    meetings,
    workshops,
    notice: noticeOf(request, notices),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const done = await attemptForm(
    { request, context },
    {
      run: async (input, form) => {
        const workshopId = String(form.get('workshopId') ?? '');
        const expectedVersion = Number(form.get('version'));
        const common = { subject: viewer.subject, cycleId: params.cycleId, requestId: context.requestId };
        const intent = form.get('intent');
        if (intent === 'remove') {
          await removeWorkshop({ ...common, workshopId, expectedVersion });
          return 'removed' as const;
        }
        if (intent === 'update') {
          await updateWorkshop({ ...common, workshopId, expectedVersion, input });
          return 'saved' as const;
        }
        await createWorkshop({ ...common, input });
        return 'added' as const;
      },
    },
  );
  if (!done.ok) return done.response;
  return redirect(`/${langOf(params)}/reviews/cycles/${params.cycleId}/workshops?notice=${done.value}`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-outreach.workshops.title', {
            title: i18n.pick(loaderData.cycle.title).text,
          }),
        })
      : null,
  );

export default function Workshops({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const { cycle, states, meetings, workshops, notice } = loaderData;
  const result = submission(actionData);
  const editing = result?.values?.workshopId;
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`reviews-outreach.workshops.${key}`, values);
  const base = `/reviews/cycles/${cycle.id}`;
  const fieldsFor = (w: (typeof workshops)[number] | null) => {
    const mine = w ? editing === w.id : !editing;
    const stored: Record<string, string> = w
      ? {
          'title.ar': w.title.ar ?? '',
          'title.en': w.title.en ?? '',
          startsOn: w.startsOn,
          endsOn: w.endsOn ?? '',
          'place.ar': w.place.ar ?? '',
          'place.en': w.place.en ?? '',
          link: w.link ?? '',
          meetingId: w.meetingId ?? '',
          participants: w.participants === null ? '' : String(w.participants),
        }
      : {};
    return (
      <WorkshopFields
        states={states}
        meetings={meetings}
        value={(name) => (mine ? submitted(result, name, stored[name] ?? '') : (stored[name] ?? ''))}
        values={(name) => {
          const own = w ? (name === 'invitedStates' ? w.invitedStates : w.attendedStates) : [];
          return mine ? valuesOf(result, name, own) : own;
        }}
        errors={(name) => (mine ? result?.fieldErrors?.[name] : undefined)}
      />
    );
  };
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(base), label: pick(cycle.title).text },
          { to: href(`${base}/outreach`), label: t('reviews-cycles.tabs.outreach') },
          { label: tt('crumb') },
        ]}
      />
      <h1 id="page-title" className="mb-4 text-2xl font-bold">
        {tt('title', { title: pick(cycle.title).text })}
      </h1>
      {notice ? <FormAlert tone="success">{tt(`notice.${notice}`)}</FormAlert> : null}
      {result && result.values?.intent === 'remove' ? <FormAlert error={result.formError} /> : null}
      {workshops.length ? (
        <WorkshopList workshops={workshops} states={states} />
      ) : (
        <p className="text-slate-700">{tt('none')}</p>
      )}
      {workshops.map((w) => (
        <details
          key={w.id}
          open={editing === w.id}
          className="mt-3 max-w-3xl rounded border border-slate-200 bg-white p-3"
        >
          <summary className="cursor-pointer font-medium">
            {tt('edit', { title: pick(w.title).text })}
          </summary>
          <Form method="post" noValidate className="mt-3">
            <CsrfInput />
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="workshopId" value={w.id} />
            <input type="hidden" name="version" value={w.version} />
            {editing === w.id ? <FormAlert error={result?.formError} /> : null}
            {fieldsFor(w)}
            <SubmitButton>{tt('save')}</SubmitButton>
          </Form>
          <Form method="post" className="mt-3">
            <CsrfInput />
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="workshopId" value={w.id} />
            <input type="hidden" name="version" value={w.version} />
            <button type="submit" className="rounded border border-red-700 px-2 py-1 text-red-800">
              {tt('remove', { title: pick(w.title).text })}
            </button>
          </Form>
        </details>
      ))}
      <PageSection id="add-title" title={tt('add')}>
        <Form method="post" noValidate className="max-w-3xl">
          <CsrfInput />
          <input type="hidden" name="intent" value="create" />
          {!editing && result?.values?.intent === 'create' ? <FormAlert error={result.formError} /> : null}
          {fieldsFor(null)}
          <div className="flex items-center gap-4">
            <SubmitButton>{tt('addSubmit')}</SubmitButton>
            <Link to={href(`${base}/outreach`)}>{tt('back')}</Link>
          </div>
        </Form>
      </PageSection>
    </article>
  );
}
