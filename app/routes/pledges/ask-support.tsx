import { Form, Link, redirect } from 'react-router';
import { supportKinds } from '#db/schema/pledge-support-values';
import { askSupport } from '~/modules/pledges/support/ask-support.server';
import { canAskSupport } from '~/modules/pledges/support/support-policy';
import {
  SUPPORT_DESCRIPTION_MAX_LENGTH,
  SUPPORT_DESCRIPTION_MIN_LENGTH,
} from '~/modules/pledges/support/support-schema';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { attemptForm } from '~/platform/forms.server';
import {
  CsrfInput,
  FormAlert,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  valuesOf,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/ask-support';
import { pledgeForPledger } from './support-form.server';

/**
 * The pledger asks the Network for support on an approved or published pledge: a kind of support,
 * a description (Arabic and/or English) and, optionally, the objectives concerned. Works without script.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { viewer, detail } = await pledgeForPledger(request, params.id);
  const objectives = await listObjectives({ withTitle: false });
  return {
    pledge: { id: detail.pledge.id, title: detail.pledge.title, status: detail.pledge.status },
    open: canAskSupport(viewer.subject, detail.pledge),
    objectives: objectives.items.map((o) => ({ number: o.number, shortLabel: o.shortLabel })),
    pledgeObjectives: detail.tags.objectives,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer } = await pledgeForPledger(request, params.id);
  const asked = await attemptForm(
    { request, context },
    {
      run: (input) =>
        askSupport({ subject: viewer.subject, pledgeId: params.id, input, requestId: context.requestId }),
    },
  );
  if (!asked.ok) return asked.response;
  return redirect(`/${langOf(params)}/pledges/${params.id}?notice=supportRequested#support`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: `${i18n.t('pledges-support.ask.title')}: ${i18n.pick(loaderData.pledge.title).text}`,
        })
      : null,
  );

export default function AskSupport({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, number, locale } = useI18n();
  const href = useHref();
  const { pledge, open, objectives, pledgeObjectives } = loaderData;
  const result = submission(actionData);
  const errors = (name: string) => result?.fieldErrors?.[name];
  const chosen = new Set(valuesOf(result, 'objectives', pledgeObjectives.map(String)));
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`pledges-support.ask.${key}`, values);
  return (
    <article aria-labelledby="ask-title" className="max-w-3xl">
      <p>
        <Link to={href(`/pledges/${pledge.id}`)}>{t('pledges-support.backToPledge')}</Link>
      </p>
      <h1 id="ask-title" className="mt-2 text-2xl font-bold">
        {tt('title')}
      </h1>
      <TranslatedText value={pledge.title} as="p" className="mt-1 text-lg text-slate-700" />
      <p className="mt-2 text-slate-700">{tt('intro')}</p>
      {!open ? (
        <FormAlert tone="info">{tt('notOpen')}</FormAlert>
      ) : (
        <Form method="post" className="mt-6" noValidate>
          <CsrfInput />
          <FormAlert error={result?.formError} />
          <SelectField
            label={tt('kind')}
            name="kind"
            required
            defaultValue={submitted(result, 'kind')}
            errors={errors('kind')}
          >
            <option value="">{t('pledges-support.choose')}</option>
            {supportKinds.map((k) => (
              <option key={k} value={k}>
                {t(`pledges-support.kind.${k}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={tt('originalLanguage')}
            name="originalLanguage"
            defaultValue={submitted(result, 'originalLanguage', locale)}
            errors={errors('originalLanguage')}
          >
            <option value="ar">{t('pledges-support.lang.ar')}</option>
            <option value="en">{t('pledges-support.lang.en')}</option>
          </SelectField>
          <p className="mb-2 text-sm text-slate-600">
            {tt('descriptionHint', {
              min: SUPPORT_DESCRIPTION_MIN_LENGTH,
              max: SUPPORT_DESCRIPTION_MAX_LENGTH,
            })}
          </p>
          <TextArea
            label={tt('descriptionAr')}
            name="description.ar"
            lang="ar"
            rows={6}
            maxLength={SUPPORT_DESCRIPTION_MAX_LENGTH}
            defaultValue={submitted(result, 'description.ar')}
            errors={[...(errors('description') ?? []), ...(errors('description.ar') ?? [])]}
          />
          <TextArea
            label={tt('descriptionEn')}
            name="description.en"
            lang="en"
            rows={6}
            maxLength={SUPPORT_DESCRIPTION_MAX_LENGTH}
            defaultValue={submitted(result, 'description.en')}
            errors={errors('description.en')}
          />
          <fieldset className="mb-6 rounded border border-slate-300 p-4">
            <legend className="px-1 font-medium">{tt('objectives')}</legend>
            <p className="mb-2 text-sm text-slate-600">{tt('objectivesHint')}</p>
            <div className="grid gap-x-4 sm:grid-cols-2">
              {objectives.map((o) => (
                <label key={o.number} className="flex items-start gap-2 py-1">
                  <input
                    type="checkbox"
                    name="objectives"
                    value={o.number}
                    defaultChecked={chosen.has(String(o.number))}
                    className="mt-1"
                  />
                  <span>
                    {t('pledges-support.objectiveLabel', {
                      number: number(o.number),
                      label: pick(o.shortLabel).text,
                    })}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <SubmitButton>{tt('submit')}</SubmitButton>
        </Form>
      )}
    </article>
  );
}
