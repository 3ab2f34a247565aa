import { data, Form, Link, redirect } from 'react-router';
import { REASON_MAX } from '~/modules/funding/funding-limits';
import {
  isPublicConceptNote,
  type PipelineAction,
  pipelineActions,
  pipelineRules,
} from '~/modules/funding/funding-policy';
import { getConceptNote } from '~/modules/funding/get-concept-note.server';
import { listSteeringDecisions } from '~/modules/funding/list-steering-decisions.server';
import { moveConceptNote } from '~/modules/funding/move-concept-note.server';
import { guardPublic } from '~/permissions/guard.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { CsrfInput, FormAlert, SelectField, SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { ObjectiveBadge } from '~/ui/objective-badge';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/concept-note';
import { TranslatedFields } from './funding-fields';
import { fundingNames } from './funding-names.server';

/**
 * One concept note: what it asks for, where it stands, its path through the pipeline; the fund's
 * secretariat moves it from here. Unpublished notes answer 404 to anyone the policy does not let in.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const found = await orErrorPage(() => getConceptNote({ subject: viewer.subject, id: params.id }));
  const [names, decisions] = await Promise.all([
    fundingNames(),
    found.actions.includes('select') ? listSteeringDecisions() : Promise.resolve([]),
  ]);
  const { note } = found;
  const notice = new URL(request.url).searchParams.get('notice');
  return {
    note: {
      id: note.id,
      title: note.title,
      summary: note.summary,
      status: note.status,
      place: names.places[note.countryIso3 ?? note.regionId ?? ''] ?? {},
      area: names.areaNames[note.thematicAreaId] ?? {},
      unOrganisations: note.unOrganisations,
      governmentEntities: note.governmentEntities,
      stakeholders: note.stakeholders,
      budget: note.budgetRequestedUsd,
      months: note.durationMonths,
      markers: {
        genderMarker: note.genderMarker,
        humanRightsMarker: note.humanRightsMarker,
        childSensitivityMarker: note.childSensitivityMarker,
      },
      reason: note.notSelectedReason,
      submittedAt: note.submittedAt.toISOString(),
      version: note.version,
      isPublic: isPublicConceptNote(note.status),
    },
    objectives: found.objectives,
    history: found.transitions.map((m) => ({
      id: m.id,
      from: m.fromStatus,
      to: m.toStatus,
      at: m.at.toISOString(),
    })),
    programmeId: found.programmeId,
    actions: found.actions,
    decisions: decisions.map((d) => ({ id: d.id, decidedOn: d.decidedOn })),
    notice: notice === 'submitted' || notice === 'moved' ? notice : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardPublic(request);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  if (!(pipelineActions as readonly string[]).includes(intent))
    throw data({ code: 'badForm' }, { status: 400 });
  const done = await attemptForm(form, {
    run: (input) =>
      moveConceptNote({
        subject: viewer.subject,
        conceptNoteId: params.id,
        action: intent as PipelineAction,
        input,
        requestId: context.requestId,
      }),
  });
  if (!done.ok) return done.response;
  throw redirect(`/${langOf(params)}/funding/concept-notes/${params.id}?notice=moved`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({ title: i18n.pick(loaderData.note.title).text || i18n.t('funding.notes.title') })
      : null,
  );

export default function ConceptNote({ loaderData, actionData }: Route.ComponentProps) {
  const { t, number, date } = useI18n();
  const href = useHref();
  const { note, history, actions } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const names = (list: string[]) => (
    <ul className="list-inside list-disc">
      {list.map((n) => (
        <li key={n}>
          <bdi>{n}</bdi>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <p className="mb-2">
        <Link to={href('/funding/concept-notes')}>{t('funding.notes.title')}</Link>
      </p>
      {loaderData.notice ? (
        <FormAlert tone="success">{t(`funding.note.notice.${loaderData.notice}`)}</FormAlert>
      ) : null}
      <TranslatedText as="h1" value={note.title} className="text-3xl font-bold" />
      <p className="mt-2">
        <strong data-status={note.status}>{t(`funding.status.${note.status}`)}</strong> —{' '}
        <TranslatedText value={note.place} /> —{' '}
        {t('funding.note.submittedOn', { date: date(note.submittedAt) })}
      </p>
      {note.isPublic ? null : (
        <p className="mt-2 rounded bg-amber-50 p-2 text-amber-950">{t('funding.note.restricted')}</p>
      )}
      <TranslatedText as="p" value={note.summary} className="mt-4 max-w-3xl" />
      <dl className="mt-6 grid max-w-3xl gap-3 sm:grid-cols-2">
        <div>
          <dt className="font-bold">{t('funding.form.thematicArea')}</dt>
          <dd>
            <TranslatedText value={note.area} />
          </dd>
        </div>
        <div>
          <dt className="font-bold">{t('funding.form.objectives')}</dt>
          <dd className="flex flex-wrap gap-1">
            {loaderData.objectives.map((n) => (
              <Link
                key={n}
                to={href(`/objectives/${n}`)}
                aria-label={t('reference.objective.numbered', { number: n })}
              >
                <ObjectiveBadge number={n} size="sm" />
              </Link>
            ))}
          </dd>
        </div>
        <div>
          <dt className="font-bold">{t('funding.note.budget')}</dt>
          <dd>
            {t('funding.dashboard.usd', { amount: number(note.budget) })} —{' '}
            {t('funding.note.months', { count: note.months })}
          </dd>
        </div>
        <div>
          <dt className="font-bold">{t('funding.form.markers')}</dt>
          <dd>
            {(['genderMarker', 'humanRightsMarker', 'childSensitivityMarker'] as const).map((k) => (
              <span key={k} className="me-3 inline-block">
                {t(`funding.form.${k}`)}: {number(note.markers[k])}
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt className="font-bold">{t('funding.form.unOrganisations')}</dt>
          <dd>{names(note.unOrganisations)}</dd>
        </div>
        <div>
          <dt className="font-bold">{t('funding.form.governmentEntities')}</dt>
          <dd>{names(note.governmentEntities)}</dd>
        </div>
        {note.stakeholders.length ? (
          <div>
            <dt className="font-bold">{t('funding.form.stakeholders')}</dt>
            <dd>{names(note.stakeholders)}</dd>
          </div>
        ) : null}
        {note.status === 'not_selected' ? (
          <div>
            <dt className="font-bold">{t('funding.note.reason')}</dt>
            <dd>
              <TranslatedText value={note.reason} />
            </dd>
          </div>
        ) : null}
      </dl>
      {loaderData.programmeId ? (
        <p className="mt-4">
          <Link to={href(`/funding/programmes/${loaderData.programmeId}`)}>
            {t('funding.note.programme')}
          </Link>
        </p>
      ) : null}

      {history.length ? (
        <section aria-labelledby="history" className="mt-6">
          <h2 id="history" className="text-xl font-bold">
            {t('funding.note.history')}
          </h2>
          <ol className="mt-2 list-inside list-decimal">
            {history.map((m) => (
              <li key={m.id}>
                {t('funding.note.move', {
                  from: t(`funding.status.${m.from}`),
                  to: t(`funding.status.${m.to}`),
                  date: date(m.at),
                })}
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {actions.length ? (
        <section aria-labelledby="moves" className="mt-8 max-w-3xl rounded border border-slate-300 p-4">
          <h2 id="moves" className="text-xl font-bold">
            {t('funding.move.title')}
          </h2>
          <FormAlert error={result?.formError} />
          {actions.map((a) => (
            <Form key={a} method="post" className="mt-4">
              <CsrfInput />
              <input type="hidden" name="version" value={note.version} />
              {pipelineRules[a].needsDecision ? (
                loaderData.decisions.length ? (
                  <SelectField
                    label={t('funding.move.decision')}
                    name="decisionId"
                    errors={result?.fieldErrors?.decisionId}
                  >
                    {loaderData.decisions.map((d) => (
                      <option key={d.id} value={d.id}>
                        {t('funding.decisions.label', { date: date(d.decidedOn) })}
                      </option>
                    ))}
                  </SelectField>
                ) : (
                  <p className="mb-2">
                    <Link to={href('/funding/decisions')}>{t('funding.move.noDecision')}</Link>
                  </p>
                )
              ) : null}
              {pipelineRules[a].needsReason ? (
                <TranslatedFields
                  name="reason"
                  label={{ ar: t('funding.move.reasonAr'), en: t('funding.move.reasonEn') }}
                  rows={2}
                  maxLength={REASON_MAX}
                  result={result}
                />
              ) : null}
              <SubmitButton name="intent" value={a}>
                {t(`funding.move.${a}`)}
              </SubmitButton>
            </Form>
          ))}
        </section>
      ) : null}
    </>
  );
}
