import { Form, Link, redirect } from 'react-router';
import { editorDecisions, reviewCriteria } from '#db/schema/hub-values';
import { addTieBreakReviewer, assignPanel, replaceReviewer } from '~/modules/hub/review/assign-panel.server';
import { decideResource } from '~/modules/hub/review/decide-resource.server';
import { getPanel } from '~/modules/hub/review/review-queues.server';
import { DECISION_COMMENT_MAX } from '~/modules/hub/review/review-schema';
import { guard } from '~/permissions/guard.server';
import { readForm, refusal } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import {
  CsrfInput,
  FormAlert,
  formAlertOf,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/panel';
import { hubReference } from './hub-routes.server';

/**
 * The editor's page for one resource's peer review: a proposed panel ranked from the roster (with why
 * each reviewer matched), the panel's conflict declarations as they come and its reviews, replacing a
 * reviewer, adding a tie-break reviewer when the panel disagrees, and the decision.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'hub.curate');
  const [panel, reference] = await Promise.all([
    orErrorPage(() => getPanel({ subject: viewer.subject, resourceId: params.id })),
    hubReference(),
  ]);
  return { ...panel, regions: reference.regions.filter((r) => r.kind === 'm49_region') };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'hub.curate');
  const form = await readForm(request, context);
  const text = (name: string) => String(form.get(name) ?? '');
  const common = { subject: viewer.subject, requestId: context.requestId };
  const version = Number(text('version')) || undefined;
  try {
    switch (text('intent')) {
      case 'assign':
        await assignPanel({
          ...common,
          resourceId: params.id,
          reviewerIds: form.getAll('reviewers').map(String),
          expectedVersion: version,
        });
        break;
      case 'replace':
        await replaceReviewer({
          ...common,
          assignmentId: text('assignmentId'),
          reviewerId: text('reviewerId'),
        });
        break;
      case 'tieBreak':
        await addTieBreakReviewer({ ...common, resourceId: params.id, reviewerId: text('reviewerId') });
        break;
      default:
        await decideResource({
          ...common,
          resourceId: params.id,
          input: { decision: text('decision'), comment: text('comment') },
          expectedVersion: version,
        });
        return redirect(`/${langOf(params)}/hub/resources/${params.id}`);
    }
  } catch (error) {
    return refusal(form, error);
  }
  return redirect(`/${langOf(params)}/hub/resources/${params.id}/panel`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({ title: `${i18n.t('hub.panel.title')}: ${i18n.pick(loaderData.resource.title).text}` })
      : null,
  );

export default function PanelPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, number, pick } = useI18n();
  const href = useHref();
  const { resource, outcome, assignments, proposal, ranked, regions } = loaderData;
  const result = submission(actionData);
  const regionName = (id: string) => pick(regions.find((r) => r.key === id)?.name ?? {}).text || id;
  const proposed = new Set(proposal);
  const who = (r: (typeof ranked)[number]) =>
    t('hub.panel.candidate', {
      name: r.name,
      kind: t(r.internal ? 'hub.panel.internal' : 'hub.panel.external'),
      region: regionName(r.regionId),
    });
  const why = (r: (typeof ranked)[number]) =>
    t('hub.panel.why', {
      objectives: r.reasons.sharedObjectives.length
        ? r.reasons.sharedObjectives.map((o) => number(o)).join(t('hub.listSeparator'))
        : t('hub.none'),
      languages: r.reasons.sharedLanguages.length
        ? r.reasons.sharedLanguages.map((l) => t(`hub.lang.${l}`)).join(t('hub.listSeparator'))
        : t('hub.none'),
      load: number(r.reasons.load),
    });
  const candidateSelect = (label: string) => (
    <SelectField label={label} name="reviewerId" required>
      <option value="">{t('hub.choose')}</option>
      {ranked.map((r) => (
        <option key={r.userId} value={r.userId}>
          {who(r)}
        </option>
      ))}
    </SelectField>
  );
  return (
    <article aria-labelledby="panel-title" className="max-w-4xl">
      <p>
        <Link to={href('/hub/editor')}>{t('hub.queue.title')}</Link>
      </p>
      <h1 id="panel-title" className="mt-2 text-2xl font-bold">
        {t('hub.panel.title')}
      </h1>
      <p className="mt-1">
        <Link to={href(`/hub/resources/${resource.id}`)}>
          <TranslatedText value={resource.title} />
        </Link>
      </p>
      <p className="mt-1 text-slate-700">
        {t(`hub.status.${resource.status}`)}
        {resource.status === 'in_review' ? (
          <>
            {t('hub.listSeparator')}
            {t(`hub.panel.state.${outcome.state}`)}
          </>
        ) : null}
      </p>
      <FormAlert error={formAlertOf(result)} />
      {resource.status === 'submitted' ? (
        <Form method="post" className="mt-4" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="assign" />
          <input type="hidden" name="version" value={resource.version} />
          <fieldset className="rounded border border-slate-300 p-3">
            <legend className="px-1 font-medium">{t('hub.panel.choose')}</legend>
            <p className="text-sm text-slate-700">{t('hub.panel.rules')}</p>
            <ul className="mt-2 space-y-2">
              {ranked.map((r) => (
                <li key={r.userId}>
                  <label className="flex items-start gap-2">
                    <input
                      type="checkbox"
                      name="reviewers"
                      value={r.userId}
                      defaultChecked={proposed.has(r.userId)}
                      className="mt-1"
                    />
                    <span>
                      <span className="block">{who(r)}</span>
                      <span className="block text-sm text-slate-700">{why(r)}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="mt-3">
            <SubmitButton>{t('hub.panel.assign')}</SubmitButton>
          </div>
        </Form>
      ) : null}
      {assignments.length ? (
        <section aria-labelledby="members-title" className="mt-6">
          <h2 id="members-title" className="text-xl font-semibold">
            {t('hub.panel.members')}
          </h2>
          <ul className="mt-2 space-y-3">
            {assignments.map((a) => (
              <li key={a.id} className="rounded border border-slate-200 p-3">
                <p className="font-medium">
                  <bdi>{a.reviewerName}</bdi>
                  {a.tieBreak ? (
                    <span className="ms-2 text-sm text-slate-700">{t('hub.panel.tieBreaker')}</span>
                  ) : null}
                </p>
                <p className="text-sm">{t(`hub.panel.conflict.${a.conflict}`)}</p>
                {a.conflictText ? (
                  <p className="text-sm text-amber-900">
                    <bdi>{a.conflictText}</bdi>
                  </p>
                ) : null}
                {a.submittedAt ? (
                  <p className="text-sm">
                    {a.recommendation ? t(`hub.recommendation.${a.recommendation}`) : null}
                    {t('hub.listSeparator')}
                    {reviewCriteria
                      .map((c) => `${t(`hub.criterion.${c}`)} ${number(a.scores[c] ?? 0)}`)
                      .join(t('hub.listSeparator'))}
                  </p>
                ) : resource.status === 'in_review' ? (
                  <Form method="post" className="mt-2" noValidate>
                    <CsrfInput />
                    <input type="hidden" name="intent" value="replace" />
                    <input type="hidden" name="assignmentId" value={a.id} />
                    {candidateSelect(t('hub.panel.replaceWith'))}
                    <SubmitButton>{t('hub.panel.replace')}</SubmitButton>
                  </Form>
                ) : null}
                {a.comments ? (
                  <p className="mt-1 whitespace-pre-line text-sm">
                    <bdi>{a.comments}</bdi>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {outcome.state === 'needs_tie_break' ? (
        <Form method="post" className="mt-6 rounded border border-amber-500 p-3" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="tieBreak" />
          <p className="font-medium">{t('hub.panel.tieBreakNeeded')}</p>
          {candidateSelect(t('hub.panel.tieBreakReviewer'))}
          <SubmitButton>{t('hub.panel.addTieBreak')}</SubmitButton>
        </Form>
      ) : null}
      {outcome.state === 'ready' ? (
        <Form method="post" className="mt-6 rounded border border-slate-300 p-3" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="decide" />
          <input type="hidden" name="version" value={resource.version} />
          <p className="font-medium">
            {outcome.majority
              ? t('hub.panel.majority', { recommendation: t(`hub.recommendation.${outcome.majority}`) })
              : t('hub.panel.noMajority')}
          </p>
          <fieldset className="mb-3">
            <legend className="px-1 font-medium">{t('hub.panel.decision')}</legend>
            {editorDecisions.map((d) => (
              <label key={d} className="flex items-center gap-2 py-1">
                <input
                  type="radio"
                  name="decision"
                  value={d}
                  defaultChecked={submitted(result, 'decision') === d}
                />
                <span>{t(`hub.decision.${d}`)}</span>
              </label>
            ))}
          </fieldset>
          <TextArea
            label={t('hub.panel.comment')}
            name="comment"
            rows={4}
            maxLength={DECISION_COMMENT_MAX}
            defaultValue={submitted(result, 'comment')}
            errors={result?.fieldErrors?.comment}
          />
          <SubmitButton>{t('hub.panel.decide')}</SubmitButton>
        </Form>
      ) : null}
    </article>
  );
}
