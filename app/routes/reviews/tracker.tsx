import { data, Form, Link, redirect } from 'react-router';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { canManageOutreach } from '~/modules/reviews/cycles/cycle-policy';
import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import { planReminders, sendRemindersNow } from '~/modules/reviews/outreach/remind-now.server';
import { trackerOutreach } from '~/modules/reviews/outreach/tracker-outreach.server';
import { getTracker } from '~/modules/reviews/tracker/get-tracker.server';
import { reminderDaysBefore } from '~/modules/reviews/tracker/reminder-schedule';
import { trackerStatuses } from '~/modules/reviews/tracker/tracker-statuses';
import { guard } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/tracker';
import { CycleTabs, DateRange } from './cycle-ui';
import { RemindPreview, StateOutreachCell } from './tracker-outreach';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-cycles.tracker.title', { title: i18n.pick(loaderData.title).text }),
        })
      : null,
  );

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'reviews.moderate');
  const tracker = await orErrorPage(() => getTracker({ subject: viewer.subject, cycleId: params.cycleId }));
  const detail = await getCycle({ subject: viewer.subject, cycleId: params.cycleId }).catch(() => {
    throw data({ code: 'notFound' }, { status: 404 });
  });
  const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
  const outreach = await trackerOutreach(
    getDb(),
    tracker.cycle,
    tracker.rows.map((r) => r.iso3),
  );
  const url = new URL(request.url);
  const unreachable = (url.searchParams.get('unreachable') ?? '').split(',').filter(Boolean);
  return {
    id: tracker.cycle.id,
    title: tracker.cycle.title,
    status: tracker.cycle.status,
    deadline: tracker.deadline,
    daysLeft: tracker.daysLeft,
    counts: tracker.counts,
    rows: tracker.rows.map((r) => {
      const o = outreach.get(r.iso3)!;
      return {
        ...r,
        submittedAt: iso(r.submittedAt),
        updatedAt: iso(r.updatedAt),
        outreach: {
          contacts: o.contacts.map((c) => ({ id: c.id, name: c.name, kind: c.kind })),
          lastSignedInAt: iso(o.lastSignedInAt),
          invitedAt: iso(o.invitedAt),
          lastReminderAt: iso(o.lastReminderAt),
          receivedOn: o.receivedOn,
        },
      };
    }),
    regionId: tracker.cycle.regionId,
    canRemind: tracker.cycle.status === 'open' && canManageOutreach(viewer.subject, tracker.cycle.regionId),
    receivedNotice: url.searchParams.get('notice') === 'received',
    reminded:
      url.searchParams.get('notice') === 'reminded'
        ? { sent: Number(url.searchParams.get('sent') ?? 0), unreachable }
        : null,
    canManage: detail.canManage,
    outcomePublished: detail.outcomePublished,
    synthesisPublished: detail.synthesisPublished,
  };
}

/**
 * "Remind now": the first post (intent preview) shows who would get which message and which states
 * nobody can be reached at; the second (intent send) sends exactly that.
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const done = await attemptForm(
    { request, context },
    {
      run: async (input, form) => {
        const options = { subject: viewer.subject, cycleId: params.cycleId, input, baseUrl: publicBaseUrl() };
        if (form.get('intent') === 'send') {
          const sent = await sendRemindersNow({ ...options, requestId: context.requestId });
          return { sent, preview: null };
        }
        const plan = await planReminders(options);
        return {
          sent: null,
          preview: {
            target: String(form.get('target')),
            states: plan.states.map((s) => ({
              iso3: s.iso3,
              name: s.name,
              recipients: s.recipients.map((r) => ({
                email: r.email,
                name: r.name,
                locale: r.locale,
                message: r.message,
              })),
            })),
            unreachable: plan.unreachable,
          },
        };
      },
    },
  );
  if (!done.ok) return done.response;
  if (done.value.sent) {
    const { sent, unreachable } = done.value.sent;
    const query = new URLSearchParams({
      notice: 'reminded',
      sent: String(sent.length),
      unreachable: unreachable.map((s) => s.iso3).join(','),
    });
    return redirect(`/${langOf(params)}/reviews/cycles/${params.cycleId}/tracker?${query}`);
  }
  return { preview: done.value.preview };
}

const tones: Record<(typeof trackerStatuses)[number], string> = {
  not_started: 'bg-slate-200 text-slate-900',
  drafting: 'bg-amber-100 text-amber-900',
  returned: 'bg-red-100 text-red-900',
  submitted: 'bg-sky-100 text-sky-900',
  acknowledged: 'bg-sky-100 text-sky-900',
  published: 'bg-green-100 text-green-900',
};

export default function Tracker({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, number, date, list } = useI18n();
  const href = useHref();
  const { id, title, rows, counts, deadline, daysLeft, canRemind, reminded } = loaderData;
  const handedIn = counts.submitted + counts.acknowledged + counts.published;
  const preview = actionData && 'preview' in actionData ? actionData.preview : null;
  const refused = actionData && 'status' in actionData ? actionData : null;
  const late = (status: string) => status === 'not_started' || status === 'drafting' || status === 'returned';
  const names = new Map(rows.map((r) => [r.iso3, r.name]));
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(`/reviews/cycles/${id}`), label: pick(title).text },
          { label: t('reviews-cycles.tabs.tracker') },
        ]}
      />
      <h1 id="page-title" className="mb-4 text-2xl font-bold">
        {t('reviews-cycles.tracker.title', { title: pick(title).text })}
      </h1>
      <CycleTabs
        cycleId={id}
        current="tracker"
        show={{
          outcome: loaderData.outcomePublished,
          synthesis: loaderData.synthesisPublished,
          tracker: true,
          outreach: canRemind || loaderData.canManage,
          edit: loaderData.canManage,
          outcomeEdit: true,
        }}
      />
      <section aria-labelledby="deadline-title" className="mb-6 rounded border border-slate-200 bg-white p-4">
        <h2 id="deadline-title" className="font-semibold">
          {t('reviews-cycles.field.deadline')}
        </h2>
        {deadline ? (
          <p className="mt-1">
            <DateRange from={deadline} />{' '}
            <strong className="ms-2">
              {daysLeft !== null && daysLeft >= 0
                ? t('reviews-cycles.tracker.daysLeft', { days: daysLeft })
                : t('reviews-cycles.tracker.daysPast', { days: Math.abs(daysLeft ?? 0) })}
            </strong>
          </p>
        ) : (
          <p className="mt-1">{t('reviews-cycles.tracker.noDeadline')}</p>
        )}
        <p className="mt-2 text-sm text-slate-700">
          {t('reviews-cycles.tracker.remindersNote', {
            days: list(reminderDaysBefore.map((d) => number(d))),
          })}
        </p>
      </section>

      <section aria-labelledby="counts-title" className="mb-6">
        <h2 id="counts-title" className="text-lg font-semibold">
          {t('reviews-cycles.tracker.summary', { handedIn, states: rows.length })}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {trackerStatuses.map((s) => (
            <li key={s} className={`rounded px-2 py-1 text-sm ${tones[s]}`}>
              {t(`reviews.status.${s}`)}: <strong>{number(counts[s])}</strong>
            </li>
          ))}
        </ul>
      </section>

      {loaderData.receivedNotice ? (
        <FormAlert tone="success">{t('reviews-outreach.received.notice')}</FormAlert>
      ) : null}
      {reminded ? (
        <FormAlert tone="success">
          {t('reviews-outreach.remind.sent', { count: reminded.sent })}
          {reminded.unreachable.length ? (
            <>
              {' '}
              {t('reviews-outreach.remind.unreachable', {
                count: reminded.unreachable.length,
                states: list(reminded.unreachable.map((iso) => pick(names.get(iso)).text || iso)),
              })}
            </>
          ) : null}
        </FormAlert>
      ) : null}
      {refused && 'formError' in refused ? <FormAlert error={refused.formError} /> : null}
      {preview ? <RemindPreview preview={preview} cycleId={id} /> : null}
      {canRemind && rows.some((r) => late(r.status)) && !preview ? (
        <Form method="post" className="mb-4">
          <CsrfInput />
          <input type="hidden" name="intent" value="preview" />
          <input type="hidden" name="target" value="late" />
          <button
            type="submit"
            className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
          >
            {t('reviews-outreach.remind.allLate', { count: rows.filter((r) => late(r.status)).length })}
          </button>
        </Form>
      ) : null}

      <div className="mb-2 flex justify-end">
        {loaderData.canManage && loaderData.status !== 'draft' ? (
          <Link to={href(`/reviews/cycles/${id}/received/upload`)} className="me-auto">
            {t('reviews-outreach.outreach.receivedLink')}
          </Link>
        ) : null}
        <a href={href(`/reviews/cycles/${id}/tracker.csv`)} download>
          {t('reviews-cycles.tracker.csv')}
        </a>
      </div>
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{t('reviews-cycles.tracker.caption')}</caption>
          <thead>
            <tr className="border-b border-slate-300 text-start">
              <th scope="col" className="p-2 text-start">
                {t('reviews-cycles.tracker.col.state')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('reviews-cycles.tracker.col.status')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('reviews-cycles.tracker.col.submittedAt')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('reviews-cycles.tracker.col.updatedAt')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('reviews-cycles.tracker.col.review')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('reviews-outreach.tracker.col.outreach')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.iso3} className="border-b border-slate-100">
                <th scope="row" className="p-2 text-start font-normal">
                  <bdi>{pick(r.name).text}</bdi>
                </th>
                <td className="p-2">
                  <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${tones[r.status]}`}>
                    {t(`reviews.status.${r.status}`)}
                  </span>
                </td>
                <td className="p-2">
                  {r.submittedAt ? date(r.submittedAt, { dateStyle: 'medium', timeZone: 'UTC' }) : '—'}
                </td>
                <td className="p-2">
                  {r.updatedAt ? date(r.updatedAt, { dateStyle: 'medium', timeZone: 'UTC' }) : '—'}
                </td>
                <td className="p-2">
                  {r.reviewId ? (
                    <Link to={href(`/reviews/${r.reviewId}/moderate`)}>
                      {t('reviews-cycles.tracker.moderate', { state: pick(r.name).text })}
                    </Link>
                  ) : (
                    '—'
                  )}
                  {r.outreach.receivedOn ? (
                    <p className="mt-1 text-xs text-slate-700">
                      {t('reviews-outreach.received.marker', {
                        date: date(r.outreach.receivedOn, { dateStyle: 'medium', timeZone: 'UTC' }),
                      })}
                    </p>
                  ) : null}
                </td>
                <td className="p-2">
                  <StateOutreachCell
                    state={pick(r.name).text}
                    iso3={r.iso3}
                    outreach={r.outreach}
                    canRemind={canRemind && late(r.status)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
