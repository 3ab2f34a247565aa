import { Fragment } from 'react';
import { data, Form, Link, redirect } from 'react-router';
import { implementationStatuses } from '#db/schema/pledge-values';
import { addProgressUpdate } from '~/modules/pledges/add-progress-update.server';
import { getPledge } from '~/modules/pledges/get-pledge.server';
import { isPledger } from '~/modules/pledges/pledge-policy';
import { guard } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { isLocale } from '~/platform/i18n/locales';
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
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/progress';

/**
 * The pledger (a member of the pledging organisation, or a focal point of the pledging state)
 * reports progress on a published pledge. Works without script: a plain form, errors answered
 * with status 400 and the values typed kept.
 */

const today = () => new Date().toISOString().slice(0, 10);

async function loadForPledger(request: Request, pledgeId: string) {
  // Only people who may edit pledges somewhere get this far; others sign in or are refused.
  const viewer = await guard(request, 'pledges.edit');
  const detail = await orErrorPage(() => getPledge({ subject: viewer.subject, pledgeId }));
  if (!isPledger(viewer.subject, detail.pledge)) throw data({ code: 'forbidden' }, { status: 403 });
  return { viewer, detail };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { detail } = await loadForPledger(request, params.id);
  const { pledge } = detail;
  return {
    pledge: { id: pledge.id, title: pledge.title, status: pledge.status },
    published: pledge.status === 'published',
    indicators: detail.indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit, target: i.target })),
    updateCount: detail.updates.length,
    today: today(),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer } = await loadForPledger(request, params.id);
  const added = await attemptForm(
    { request, context },
    {
      run: (input) =>
        addProgressUpdate({
          subject: viewer.subject,
          pledgeId: params.id,
          input,
          requestId: context.requestId,
        }),
    },
  );
  if (!added.ok) return added.response;
  const lang = isLocale(params.lang) ? params.lang : 'ar';
  return redirect(`/${lang}/pledges/${params.id}?notice=progressAdded`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: `${i18n.t('pledges-dashboard.progress.title')}: ${i18n.pick(loaderData.pledge.title).text}`,
        })
      : null,
  );

export default function ProgressPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, number, locale } = useI18n();
  const href = useHref();
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`pledges-dashboard.progress.${key}`, values);
  const { pledge, indicators } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const errors = (name: string) => result?.fieldErrors?.[name];
  return (
    <article aria-labelledby="progress-title" className="max-w-3xl">
      <p>
        <Link to={href(`/pledges/${pledge.id}`)}>{tt('back')}</Link>
      </p>
      <h1 id="progress-title" className="mt-2 text-2xl font-bold">
        {tt('title')}
      </h1>
      <TranslatedText value={pledge.title} as="p" className="mt-1 text-lg text-slate-700" />
      <p className="mt-2 text-slate-700">{tt('intro')}</p>
      <p className="mt-1 text-sm text-slate-600">{tt('previous', { count: loaderData.updateCount })}</p>
      <p className="mt-1 text-sm text-slate-600">
        {t('pledges-support.files.evidenceHint')}{' '}
        <Link to={href(`/pledges/${pledge.id}/attachments`)} className="text-brand-800 underline">
          {t('pledges-support.tools.files')}
        </Link>
      </p>

      {!loaderData.published ? (
        <FormAlert tone="info">{tt('notPublished')}</FormAlert>
      ) : (
        <Form method="post" className="mt-6" noValidate>
          <CsrfInput />
          <FormAlert error={result?.formError} />
          <TextField
            label={tt('reportedOn')}
            hint={tt('reportedOnHint')}
            name="reportedOn"
            type="date"
            required
            max={loaderData.today}
            defaultValue={submitted(result, 'reportedOn', loaderData.today)}
            errors={errors('reportedOn')}
          />
          <SelectField
            label={tt('status')}
            name="status"
            required
            defaultValue={submitted(result, 'status', 'in_progress')}
            errors={errors('status')}
          >
            {implementationStatuses.map((s) => (
              <option key={s} value={s}>
                {tt(`implementation.${s}`)}
              </option>
            ))}
          </SelectField>

          <fieldset className="mb-4 rounded border border-slate-300 p-4">
            <legend className="px-1 font-medium">{tt('values')}</legend>
            {indicators.length ? (
              <>
                <p className="mb-3 text-sm text-slate-600">{tt('valuesHint')}</p>
                {errors('values')?.length ? <FormAlert error={errors('values')![0]} /> : null}
                {indicators.map((i, n) => (
                  <Fragment key={i.id}>
                    <input type="hidden" name={`values[${n}].indicatorId`} value={i.id} />
                    <TextField
                      label={<TranslatedText value={i.name} />}
                      hint={
                        <>
                          {tt('target', { target: number(i.target) })} <bdi>{i.unit}</bdi>
                        </>
                      }
                      name={`values[${n}].value`}
                      inputMode="decimal"
                      defaultValue={submitted(result, `values[${n}].value`)}
                      errors={errors(`values[${n}].value`)}
                    />
                  </Fragment>
                ))}
              </>
            ) : (
              <p className="text-sm text-slate-600">{tt('noIndicators')}</p>
            )}
          </fieldset>

          <SelectField
            label={tt('originalLanguage')}
            name="originalLanguage"
            defaultValue={submitted(result, 'originalLanguage', locale)}
            errors={errors('originalLanguage')}
          >
            <option value="ar">{tt('language.ar')}</option>
            <option value="en">{tt('language.en')}</option>
          </SelectField>
          <p className="mb-2 text-sm text-slate-600">{tt('narrativeHint')}</p>
          {errors('narrative')?.length ? <FormAlert error={errors('narrative')![0]} /> : null}
          <TextArea
            label={tt('narrativeAr')}
            name="narrative.ar"
            lang="ar"
            rows={5}
            defaultValue={submitted(result, 'narrative.ar')}
            errors={errors('narrative.ar')}
          />
          <TextArea
            label={tt('narrativeEn')}
            name="narrative.en"
            lang="en"
            rows={5}
            defaultValue={submitted(result, 'narrative.en')}
            errors={errors('narrative.en')}
          />
          <SubmitButton>{tt('submit')}</SubmitButton>
        </Form>
      )}
    </article>
  );
}
