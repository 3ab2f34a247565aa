import { data, Form, Link, redirect } from 'react-router';
import { cycleActionsFrom } from '~/modules/reviews/cycles/cycle-rules';
import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import { setCycleStatus } from '~/modules/reviews/cycles/set-cycle-status.server';
import { forwardToImrf } from '~/modules/reviews/forwarding/forward-to-imrf.server';
import {
  imrfMeetingOptions,
  listCycleForwardings,
  publishedDocumentVersions,
} from '~/modules/reviews/forwarding/forwarding-records.server';
import { withdrawForwarding } from '~/modules/reviews/forwarding/withdraw-forwarding.server';
import { listWorkshops } from '~/modules/reviews/outreach/workshops.server';
import { guard, guardPublic } from '~/permissions/guard.server';
import { readTogether } from '~/platform/db.server';
import { attemptForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SubmitButton } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { Paragraphs } from '~/ui/paragraphs';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/cycle';
import { refusedForm } from './cycle-form-state';
import { noticeOf, sentIntent } from './cycle-pages.server';
import { CycleStatusBadge, CycleTabs, DateRange, PageSection, ProblemSummary } from './cycle-ui';
import { ForwardForm, ForwardingList } from './imrf-forwarding';
import { WorkshopList } from './workshop-list';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

const notices = ['created', 'saved', 'opened', 'closed', 'forwarded', 'forwardingWithdrawn'] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const detail = await orErrorPage(() => getCycle({ subject: viewer.subject, cycleId: params.cycleId }));
  const { cycle } = detail;
  const db = getDb();
  const [workshops, forwardings, forwarding] = await readTogether(db, [
    () => listWorkshops(db, [cycle.id]),
    () => listCycleForwardings(db, [cycle.id]),
    async () =>
      detail.canForward
        ? { published: await publishedDocumentVersions(db, cycle.id), meetings: await imrfMeetingOptions(db) }
        : null,
  ]);
  return {
    workshops,
    forwardings: forwardings.get(cycle.id) ?? [],
    forwarding,
    today: new Date().toISOString().slice(0, 10),
    cycle: {
      id: cycle.id,
      title: cycle.title,
      description: cycle.description,
      partners: cycle.partners,
      status: cycle.status,
      submissionDeadline: cycle.submissionDeadline,
      version: cycle.version,
      isSample: cycle.isSample,
    },
    region: detail.region,
    template: detail.template,
    milestones: detail.milestones.map((m) => ({
      position: m.position,
      kind: m.kind,
      title: m.title,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      location: m.location,
      summary: m.summary,
    })),
    states: detail.states,
    parallelReviews: detail.parallelReviews.map((r) => ({
      id: r.id,
      title: r.title,
      organisationName: r.organisationName,
      isSample: r.isSample,
    })),
    counts: detail.counts,
    outcomePublished: detail.outcomePublished,
    synthesisPublished: detail.synthesisPublished,
    canEditSynthesis: detail.canEditSynthesis,
    canManage: detail.canManage,
    canTrack: detail.canTrack,
    actions: detail.canManage ? cycleActionsFrom(cycle.status) : [],
    notice: noticeOf(request, notices),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const form = await readForm(request, context);
  const intent = form.get('intent');
  if (intent === 'forward' || intent === 'withdrawForwarding') {
    const forwarded = await attemptForm(form, {
      run: async (input) => {
        if (intent === 'forward') {
          await forwardToImrf({
            subject: viewer.subject,
            cycleId: params.cycleId,
            input,
            requestId: context.requestId,
          });
        } else {
          await withdrawForwarding({
            subject: viewer.subject,
            cycleId: params.cycleId,
            forwardingId: String(form.get('forwardingId') ?? ''),
            requestId: context.requestId,
          });
        }
      },
      extra: sentIntent,
    });
    if (!forwarded.ok) return forwarded.response;
    const notice = intent === 'forward' ? 'forwarded' : 'forwardingWithdrawn';
    return redirect(`/${langOf(params)}/reviews/cycles/${params.cycleId}?notice=${notice}#imrf-title`);
  }
  const action = intent === 'open' || intent === 'close' ? intent : null;
  if (!action) throw data({ code: 'badForm' }, { status: 400 });
  // Not found or not allowed answers the error page, as for a GET (attemptForm).
  const result = await attemptForm(form, {
    run: () =>
      setCycleStatus({
        subject: viewer.subject,
        cycleId: params.cycleId,
        action,
        expectedVersion: Number(form.get('version')),
        requestId: context.requestId,
      }),
    extra: sentIntent,
  });
  if (!result.ok) return result.response;
  return redirect(
    `/${langOf(params)}/reviews/cycles/${params.cycleId}?notice=${action === 'open' ? 'opened' : 'closed'}`,
  );
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.pick(loaderData.cycle.title).text,
          description: i18n.pick(loaderData.cycle.description).text.slice(0, 160),
        })
      : null,
  );

export default function CyclePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, number } = useI18n();
  const href = useHref();
  const { cycle, region, template, milestones, states, parallelReviews, counts, notice } = loaderData;
  const refused = refusedForm(actionData);
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { label: pick(cycle.title).text },
        ]}
      />
      {notice ? <FormAlert tone="success">{t(`reviews-cycles.cycle.notice.${notice}`)}</FormAlert> : null}
      <ProblemSummary refused={refused} />
      <header className="mb-4">
        <p className="text-sm text-slate-600">
          <TranslatedText value={region.name} />
        </p>
        <h1 id="page-title" className="text-3xl font-bold">
          <TranslatedText value={cycle.title} />
        </h1>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <CycleStatusBadge status={cycle.status} />
          {cycle.isSample ? <SampleBadge /> : null}
        </p>
      </header>
      <CycleTabs
        cycleId={cycle.id}
        current="cycle"
        show={{
          outcome: loaderData.outcomePublished,
          synthesis: loaderData.synthesisPublished,
          tracker: loaderData.canTrack,
          outreach: loaderData.canManage,
          edit: loaderData.canManage,
          outcomeEdit: loaderData.canTrack || loaderData.canManage,
        }}
      />

      {loaderData.actions.length ? (
        <section aria-labelledby="status-title" className="mb-6 rounded border border-slate-200 bg-white p-4">
          <h2 id="status-title" className="font-semibold">
            {t('reviews-cycles.cycle.statusTitle')}
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            {t(`reviews-cycles.cycle.statusHelp.${cycle.status}`)}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            {loaderData.actions.map((a) => (
              <Form method="post" key={a}>
                <CsrfInput />
                <input type="hidden" name="version" value={cycle.version} />
                <SubmitButton name="intent" value={a}>
                  {t(`reviews-cycles.cycle.action.${a}`)}
                </SubmitButton>
              </Form>
            ))}
          </div>
        </section>
      ) : null}

      <dl className="grid max-w-3xl grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">{t('reviews-cycles.field.partners')}</dt>
        <dd>
          <TranslatedText value={cycle.partners} />
        </dd>
        <dt className="font-medium">{t('reviews-cycles.field.deadline')}</dt>
        <dd>
          <DateRange from={cycle.submissionDeadline} />
        </dd>
        <dt className="font-medium">{t('reviews-cycles.field.template')}</dt>
        <dd>
          {template ? (
            loaderData.canManage ? (
              <Link to={href(`/reviews/templates/${template.id}`)}>
                {t('reviews-cycles.templateOption', {
                  title: pick(template.title).text,
                  version: template.versionNumber,
                })}
              </Link>
            ) : (
              <bdi>
                {t('reviews-cycles.templateOption', {
                  title: pick(template.title).text,
                  version: template.versionNumber,
                })}
              </bdi>
            )
          ) : (
            t('reviews-cycles.cycle.noTemplate')
          )}
        </dd>
        <dt className="font-medium">{t('reviews-cycles.cycle.progress')}</dt>
        <dd>
          {t('reviews-cycles.cycle.publishedCount', { published: counts.published, states: counts.states })}
        </dd>
      </dl>
      <Paragraphs value={cycle.description} className="mt-4 max-w-3xl space-y-3" />

      <PageSection id="milestones-title" title={t('reviews-cycles.cycle.milestones')}>
        {milestones.length ? (
          <ol className="relative space-y-4 border-s-2 border-brand-700 ps-5">
            {milestones.map((m) => (
              <li key={m.position} id={`milestone-${m.position}`}>
                <p className="text-sm text-slate-600">
                  <DateRange from={m.startsOn} to={m.endsOn} />
                  <span className="ms-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs">
                    {t(`reviews.milestone.${m.kind}`)}
                  </span>
                </p>
                <h3 className="font-semibold">
                  <TranslatedText value={m.title} />
                </h3>
                {m.location.ar || m.location.en ? (
                  <p className="text-sm text-slate-700">
                    <TranslatedText value={m.location} />
                  </p>
                ) : null}
                {m.summary.ar || m.summary.en ? (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-sm text-brand-800">
                      {t('reviews-cycles.cycle.summary')}
                    </summary>
                    <Paragraphs value={m.summary} className="mt-2 max-w-3xl space-y-3 text-sm" />
                  </details>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('reviews-cycles.cycle.noMilestones')}</p>
        )}
      </PageSection>

      {loaderData.workshops.length ? (
        <PageSection id="workshops-title" title={t('reviews-outreach.workshops.publicTitle')}>
          <WorkshopList workshops={loaderData.workshops} states={states} />
        </PageSection>
      ) : null}

      <PageSection id="states-title" title={t('reviews-cycles.cycle.states', { count: states.length })}>
        <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {states.map((s) => (
            <li
              key={s.iso3}
              className="flex items-center justify-between gap-2 border-b border-slate-100 py-1"
            >
              <bdi>{pick(s.name).text}</bdi>
              {s.publishedReviewId ? (
                <Link to={href(`/reviews/${s.publishedReviewId}`)} className="text-sm underline">
                  {t('reviews-cycles.cycle.reviewPublished')}
                </Link>
              ) : (
                <span className="text-sm text-slate-600">{t('reviews-cycles.cycle.reviewNotPublished')}</span>
              )}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-slate-600">
          {t('reviews-cycles.cycle.publicStatusNote', { count: number(states.length) })}
        </p>
      </PageSection>

      <PageSection id="parallel-title" title={t('reviews-cycles.cycle.parallel')}>
        <p className="mb-2 text-sm text-slate-700">{t('reviews-cycles.cycle.parallelNote')}</p>
        {parallelReviews.length ? (
          <ul className="space-y-2">
            {parallelReviews.map((r) => (
              <li key={r.id}>
                <span className="me-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-900">
                  {t('reviews.kind.parallel')}
                </span>
                <Link to={href(`/reviews/${r.id}`)} className="underline">
                  <TranslatedText value={r.title} />
                </Link>{' '}
                <span className="text-sm text-slate-700">
                  (<TranslatedText value={r.organisationName} />)
                </span>
                {r.isSample ? (
                  <span className="ms-2">
                    <SampleBadge />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('reviews-cycles.cycle.noParallel')}</p>
        )}
      </PageSection>

      {loaderData.forwardings.length || loaderData.forwarding ? (
        <PageSection id="imrf-title" title={t('reviews-cycles.forwarding.title')}>
          <p className="mb-2 text-sm text-slate-700">{t('reviews-cycles.forwarding.intro')}</p>
          <ForwardingList forwardings={loaderData.forwardings} canWithdraw={Boolean(loaderData.forwarding)} />
          {loaderData.forwarding ? (
            <ForwardForm
              published={loaderData.forwarding.published}
              meetings={loaderData.forwarding.meetings}
              refused={refused}
              today={loaderData.today}
            />
          ) : null}
        </PageSection>
      ) : null}

      <PageSection id="links-title" title={t('reviews-cycles.cycle.documents')}>
        <ul className="list-disc space-y-1 ps-5">
          <li>
            <Link to={href(`/reviews/cycles/${cycle.id}/contributions`)}>
              {t('reviews-cycles.tabs.contributions')}
            </Link>
          </li>
          <li>
            {loaderData.synthesisPublished ? (
              <Link to={href(`/reviews/cycles/${cycle.id}/synthesis`)}>
                {t('reviews-cycles.tabs.synthesis')}
              </Link>
            ) : (
              <span>{t('reviews-cycles.cycle.synthesisPending')}</span>
            )}
          </li>
          {loaderData.canEditSynthesis ? (
            <>
              <li>
                <Link to={href(`/reviews/cycles/${cycle.id}/synthesis?draft=1`)}>
                  {t('reviews-cycles.cycle.synthesisDraft')}
                </Link>
              </li>
              <li>
                <Link to={href(`/reviews/cycles/${cycle.id}/synthesis/figures`)}>
                  {t('reviews-cycles.cycle.synthesisFigures')}
                </Link>
              </li>
            </>
          ) : null}
          <li>
            {loaderData.outcomePublished ? (
              <Link to={href(`/reviews/cycles/${cycle.id}/outcome`)}>{t('reviews-cycles.tabs.outcome')}</Link>
            ) : (
              <span>{t('reviews-cycles.cycle.outcomePending')}</span>
            )}
          </li>
        </ul>
      </PageSection>
    </article>
  );
}
