import { Form, Link, redirect } from 'react-router';
import { NOTE_SUMMARY_MAX } from '~/modules/funding/funding-limits';
import { canManageFund } from '~/modules/funding/funding-policy';
import { listSteeringDecisions } from '~/modules/funding/list-steering-decisions.server';
import { recordSteeringDecision } from '~/modules/funding/record-steering-decision.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted, TextArea, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/decisions';
import { listErrors, OriginalLanguageField, TranslatedFields } from './funding-fields';

/** The steering committee's decisions: the committee and the secretariat read them; the secretariat records them. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guard(request, 'funding.read');
  const decisions = await listSteeringDecisions();
  return {
    decisions: decisions.map((d) => ({
      id: d.id,
      decidedOn: d.decidedOn,
      summary: d.summary,
      documents: d.documents,
    })),
    mayRecord: canManageFund(viewer.subject),
    saved: new URL(request.url).searchParams.get('notice') === 'saved',
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'funding.manage');
  const done = await attemptForm(
    { request, context },
    {
      run: (input) =>
        recordSteeringDecision({ subject: viewer.subject, input, requestId: context.requestId }),
    },
  );
  if (!done.ok) return done.response;
  throw redirect(`/${langOf(params)}/funding/decisions?notice=saved`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('funding.decisions.title') }));

export default function Decisions({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const href = useHref();
  const result = actionData as SubmissionResult | undefined;
  const errors = (name: string) => result?.fieldErrors?.[name];
  const v = (name: string, fallback = '') => submitted(result, name, fallback);
  return (
    <>
      <p className="mb-2">
        <Link to={href('/funding')}>{t('funding.title')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('funding.decisions.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('funding.decisions.intro')}</p>
      {loaderData.saved ? <FormAlert tone="success">{t('funding.decisions.saved')}</FormAlert> : null}
      {loaderData.decisions.length ? (
        <ul className="mt-6 space-y-4">
          {loaderData.decisions.map((d) => (
            <li key={d.id} className="rounded border border-slate-200 bg-white p-4">
              <h2 className="font-bold">{t('funding.decisions.label', { date: date(d.decidedOn) })}</h2>
              <TranslatedText as="p" value={d.summary} className="mt-2" />
              {d.documents.length ? (
                <ul className="mt-2">
                  {d.documents.map((url) => (
                    <li key={url}>
                      <a href={url} dir="ltr" rel="noopener noreferrer">
                        {url}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-6 text-slate-700">{t('funding.decisions.empty')}</p>
      )}
      {loaderData.mayRecord ? (
        <section aria-labelledby="new-decision" className="mt-8 max-w-3xl">
          <h2 id="new-decision" className="text-xl font-bold">
            {t('funding.decisions.new')}
          </h2>
          <Form method="post" className="mt-4" noValidate>
            <CsrfInput />
            <FormAlert error={result?.formError} />
            <TextField
              label={t('funding.decisions.date')}
              name="decidedOn"
              type="date"
              defaultValue={v('decidedOn')}
              errors={errors('decidedOn')}
            />
            <OriginalLanguageField result={result} />
            <TranslatedFields
              name="summary"
              label={{ ar: t('funding.decisions.summaryAr'), en: t('funding.decisions.summaryEn') }}
              rows={4}
              maxLength={NOTE_SUMMARY_MAX}
              result={result}
            />
            <TextArea
              label={t('funding.decisions.documents')}
              hint={t('funding.form.onePerLine')}
              name="documents"
              dir="ltr"
              rows={2}
              defaultValue={v('documents')}
              errors={listErrors(result, 'documents')}
            />
            <SubmitButton>{t('funding.decisions.save')}</SubmitButton>
          </Form>
        </section>
      ) : null}
    </>
  );
}
