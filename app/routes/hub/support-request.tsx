import { Form, Link, redirect } from 'react-router';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { addSupportDetail } from '~/modules/hub/support/add-support-detail.server';
import { getHubSupportRequest } from '~/modules/hub/support/list-hub-support.server';
import type { MatchReason } from '~/modules/hub/support/match-score';
import { suggestMatches } from '~/modules/hub/support/suggest-matches.server';
import { triageSupport } from '~/modules/hub/support/triage-support.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { attemptForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import {
  CsrfInput,
  FormAlert,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  TextField,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { Paragraphs, PlainParagraphs } from '~/ui/paragraphs';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import { SupportStatusBadge } from '../pledges/support-parts';
import type { Route } from './+types/support-request';
import { hubReference } from './hub-routes.server';

/**
 * One request for support: what was asked, its timeline (visible to the requester), the suggested
 * matches (experts, resources and practices, each with why it matched), the secretariat's triage form, and the
 * requester's form to add detail when asked. Anyone else: not found.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const view = await orErrorPage(() =>
    getHubSupportRequest({ subject: viewer.subject, requestId: params.id }),
  );
  const r = view.request;
  const [matches, reference] = await Promise.all([
    suggestMatches({
      request: { objectives: r.objectives, countryIso3: r.countryIso3, languages: r.languages },
    }),
    hubReference(),
  ]);
  const notice = new URL(request.url).searchParams.get('notice');
  return {
    ...view,
    request: {
      ...r,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    },
    events: view.events.map((e) => ({ ...e, at: e.at.toISOString() })),
    matches,
    regions: reference.regions.map((x) => ({ key: x.key, name: x.name })),
    notice: notice === 'created' || notice === 'saved' ? notice : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const form = await readForm(request, context);
  const version = Number(form.get('version'));
  const common = {
    subject: viewer.subject,
    requestId: params.id,
    expectedVersion: version,
    auditRequestId: context.requestId,
  };
  const done = await attemptForm(form, {
    run: (input) =>
      form.get('intent') === 'detail'
        ? addSupportDetail({ ...common, input })
        : triageSupport({ ...common, input, baseUrl: publicBaseUrl() }),
  });
  if (!done.ok) return done.response;
  return redirect(`/${langOf(params)}/hub/support/${params.id}?notice=saved`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub-support.request.title') }));

function Reasons({
  reasons,
  regions,
}: {
  reasons: MatchReason[];
  regions: { key: string; name: { ar?: string; en?: string } }[];
}) {
  const { t, number, pick, list } = useI18n();
  const words = reasons.map((r) =>
    r.kind === 'objective'
      ? t('hub-support.matches.objective', { number: number(r.objective) })
      : r.kind === 'language'
        ? t(`hub-experts.lang.${r.language as 'ar'}`)
        : pick(regions.find((x) => x.key === r.region)?.name).text || r.region,
  );
  return <p className="text-sm text-slate-700">{t('hub-support.matches.why', { reasons: list(words) })}</p>;
}

export default function SupportRequest({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date, number, list } = useI18n();
  const href = useHref();
  const { request: r, events, matches, regions, canTriage, triageActions, canAddDetail, notice } = loaderData;
  const result = submission(actionData);
  const errors = (name: string) => result?.fieldErrors?.[name];
  const intent = submitted(result, 'intent');
  const title = r.topic.ar || r.topic.en ? r.topic : (r.pledgeTitle ?? r.topic);
  const day = (value: string) => date(value, { dateStyle: 'medium' });
  return (
    <article aria-labelledby="request-title" className="max-w-4xl">
      <p className="flex flex-wrap gap-4">
        {canTriage ? <Link to={href('/hub/support')}>{t('hub-support.queue.title')}</Link> : null}
        <Link to={href('/hub/support/mine')}>{t('hub-support.mine.title')}</Link>
      </p>
      <h1 id="request-title" className="mt-2 text-2xl font-bold">
        <TranslatedText value={title} />
      </h1>
      <p className="mt-1 flex flex-wrap items-center gap-2">
        <SupportStatusBadge status={r.status} />
        <span>{t(`pledges-support.kind.${r.kind}`)}</span>
        {r.isSample ? <SampleBadge /> : null}
      </p>
      {notice === 'created' ? <FormAlert tone="success">{t('hub-support.request.created')}</FormAlert> : null}
      {notice === 'saved' ? <FormAlert tone="success">{t('hub-support.request.saved')}</FormAlert> : null}

      <section aria-labelledby="about-title" className="mt-4">
        <h2 id="about-title" className="text-xl font-semibold">
          {t('hub-support.request.about')}
        </h2>
        <Paragraphs value={r.description} className="mt-2 space-y-2" />
        <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">{t('hub-support.request.objectives')}</dt>
          <dd>{list(r.objectives.map((o) => t('hub-support.matches.objective', { number: number(o) })))}</dd>
          {r.countryName ? (
            <>
              <dt className="font-medium">{t('hub-support.request.country')}</dt>
              <dd>
                <TranslatedText value={r.countryName} />
              </dd>
            </>
          ) : null}
          <dt className="font-medium">{t('hub-support.request.languages')}</dt>
          <dd>{list(r.languages.map((l) => t(`hub-experts.lang.${l as 'ar'}`)))}</dd>
          {r.deadline ? (
            <>
              <dt className="font-medium">{t('hub-support.request.deadline')}</dt>
              <dd>{day(r.deadline)}</dd>
            </>
          ) : null}
          <dt className="font-medium">{t('hub-support.request.target')}</dt>
          <dd>{t(`hub-support.target.${r.target}`)}</dd>
          {r.pledgeTitle ? (
            <>
              <dt className="font-medium">{t('hub-support.request.pledge')}</dt>
              <dd>
                <Link to={href(`/pledges/${r.subjectId}#support`)}>
                  <TranslatedText value={r.pledgeTitle} />
                </Link>
              </dd>
            </>
          ) : null}
          {r.reviewTitle && r.reviewId ? (
            <>
              <dt className="font-medium">{t('hub-support.request.review')}</dt>
              <dd>
                <Link to={href(`/reviews/${r.reviewId}/edit`)}>
                  <TranslatedText value={r.reviewTitle} />
                </Link>
              </dd>
            </>
          ) : null}
          {canTriage && r.requesterName ? (
            <>
              <dt className="font-medium">{t('hub-support.request.requester')}</dt>
              <dd>
                <bdi>{r.requesterName}</bdi>
              </dd>
            </>
          ) : null}
          {r.assignedEntity || r.assignedExpertName ? (
            <>
              <dt className="font-medium">{t('hub-support.request.assigned')}</dt>
              <dd>
                <bdi>{[r.assignedEntity, r.assignedExpertName].filter(Boolean).join(' — ')}</bdi>
              </dd>
            </>
          ) : null}
          {r.declineReason ? (
            <>
              <dt className="font-medium">{t('hub-support.request.declineReason')}</dt>
              <dd>{r.declineReason}</dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="timeline-title" className="mt-8">
        <h2 id="timeline-title" className="text-xl font-semibold">
          {t('hub-support.request.timeline')}
        </h2>
        <ol className="mt-2 space-y-3 border-s-2 border-slate-300 ps-4">
          {events.map((e) => (
            <li key={e.id}>
              <p className="font-medium">
                {t(`hub-support.event.${e.kind}`)}{' '}
                <span className="text-sm font-normal text-slate-700">
                  {day(e.at)}
                  {e.actorName ? ` · ${t('hub-support.event.by', { name: e.actorName })}` : ''}
                </span>
              </p>
              {e.note ? <PlainParagraphs text={e.note} /> : null}
            </li>
          ))}
        </ol>
      </section>

      {canAddDetail ? (
        <section aria-labelledby="detail-title" className="mt-8 rounded border border-slate-300 p-4">
          <h2 id="detail-title" className="text-xl font-semibold">
            {t('hub-support.detail.title')}
          </h2>
          <Form method="post" className="mt-3" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="detail" />
            <input type="hidden" name="version" value={r.version} />
            {intent === 'detail' ? <FormAlert error={result?.formError} /> : null}
            <TextArea
              label={t('hub-support.detail.label')}
              name="detail"
              rows={5}
              errors={errors('detail')}
            />
            <SubmitButton>{t('hub-support.detail.submit')}</SubmitButton>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="matches-title" className="mt-8">
        <h2 id="matches-title" className="text-xl font-semibold">
          {t('hub-support.matches.title')}
        </h2>
        <p className="text-slate-700">{t('hub-support.matches.intro')}</p>
        <div className="mt-3 grid gap-6 md:grid-cols-2 lg:grid-cols-3">
          <div>
            <h3 className="font-semibold">{t('hub-support.matches.experts')}</h3>
            {matches.experts.length === 0 ? <p>{t('hub-support.matches.none')}</p> : null}
            <ul className="mt-2 space-y-3" data-testid="matched-experts">
              {matches.experts.map((m) => (
                <li key={m.item.id}>
                  <Link to={href(`/hub/experts/${m.item.id}`)}>
                    <bdi>{m.item.name}</bdi>
                  </Link>
                  {m.item.isSample ? <SampleBadge /> : null}
                  {m.item.organisation ? (
                    <span className="text-sm text-slate-700">
                      {' '}
                      — <bdi>{m.item.organisation}</bdi>
                    </span>
                  ) : null}
                  <Reasons reasons={m.reasons} regions={regions} />
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="font-semibold">{t('hub-support.matches.resources')}</h3>
            {matches.resources.length === 0 ? <p>{t('hub-support.matches.none')}</p> : null}
            <ul className="mt-2 space-y-3" data-testid="matched-resources">
              {matches.resources.map((m) => (
                <li key={m.item.id}>
                  <Link to={href(`/hub/resources/${m.item.id}`)}>
                    <TranslatedText value={m.item.title} />
                  </Link>
                  {m.item.isSample ? <SampleBadge /> : null}
                  <Reasons reasons={m.reasons} regions={regions} />
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="font-semibold">{t('hub-support.matches.practices')}</h3>
            {matches.practices.length === 0 ? <p>{t('hub-support.matches.none')}</p> : null}
            <ul className="mt-2 space-y-3" data-testid="matched-practices">
              {matches.practices.map((m) => (
                <li key={m.item.id}>
                  <Link to={href(`/hub/practices/${m.item.id}`)}>
                    <TranslatedText value={m.item.title} />
                  </Link>
                  {m.item.promising ? (
                    <span className="ms-2 rounded bg-amber-100 px-1 text-sm text-amber-900">
                      {t('hub-support.matches.promising')}
                    </span>
                  ) : null}
                  {m.item.isSample ? <SampleBadge /> : null}
                  <Reasons reasons={m.reasons} regions={regions} />
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      {canTriage ? (
        <section aria-labelledby="triage-title" className="mt-8 rounded border border-slate-300 p-4">
          <h2 id="triage-title" className="text-xl font-semibold">
            {t('hub-support.triage.title')}
          </h2>
          {triageActions.length === 0 ? (
            <p className="mt-2">{t('hub-support.triage.finished')}</p>
          ) : (
            <Form method="post" className="mt-3" noValidate>
              <CsrfInput />
              <input type="hidden" name="intent" value="triage" />
              <input type="hidden" name="version" value={r.version} />
              {intent !== 'detail' ? <FormAlert error={result?.formError} /> : null}
              <SelectField
                label={t('hub-support.triage.action')}
                name="action"
                defaultValue={submitted(result, 'action', triageActions[0])}
                errors={errors('action')}
              >
                {triageActions.map((a) => (
                  <option key={a} value={a}>
                    {t(`hub-support.triage.action.${a}`)}
                  </option>
                ))}
              </SelectField>
              <TextArea
                label={t('hub-support.triage.note')}
                name="note"
                rows={3}
                defaultValue={submitted(result, 'note')}
                errors={errors('note')}
              />
              <TextField
                label={t('hub-support.triage.entity')}
                name="assignedEntity"
                defaultValue={submitted(result, 'assignedEntity')}
                errors={errors('assignedEntity')}
              />
              <SelectField
                label={t('hub-support.triage.expert')}
                name="assignedExpertId"
                defaultValue={submitted(result, 'assignedExpertId')}
                errors={errors('assignedExpertId')}
              >
                <option value="">{t('hub-support.triage.noExpert')}</option>
                {matches.experts.map((m) => (
                  <option key={m.item.id} value={m.item.id}>
                    {m.item.name}
                  </option>
                ))}
              </SelectField>
              <SubmitButton>{t('hub-support.triage.submit')}</SubmitButton>
            </Form>
          )}
        </section>
      ) : null}
    </article>
  );
}
