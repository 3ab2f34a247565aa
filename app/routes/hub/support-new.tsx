import { Form, Link, redirect } from 'react-router';
import { expertLanguages } from '#db/schema/hub-expert-values';
import { hubSupportKinds, supportTargets } from '#db/schema/pledge-support-values';
import { askHubSupport } from '~/modules/hub/support/ask-hub-support.server';
import { SUPPORT_DETAIL_MIN } from '~/modules/hub/support/hub-support-schema';
import { reviewForSupport } from '~/modules/hub/support/review-for-support.server';
import { capacityBuildingParagraph } from '~/modules/reference/constants';
import { guardSignedIn } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { sortByName } from '~/platform/i18n/collation';
import { isUuid } from '~/platform/uuid';
import {
  CsrfInput,
  ErrorList,
  FormAlert,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  TextField,
  valuesOf,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/support-new';
import { hubReference } from './hub-routes.server';

/**
 * A state or stakeholder asks for support: topic, description, kind, objectives, country, languages,
 * deadline. Opened from a national review (`?review=<id>`), the form is pre-filled with the review's
 * country and objectives and the request is recorded against the review, for the UN country network.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const reviewId = new URL(request.url).searchParams.get('review');
  const review =
    reviewId && isUuid(reviewId)
      ? await orErrorPage(() => reviewForSupport({ subject: viewer.subject, reviewId }))
      : null;
  return { review, reference: await hubReference() };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const asked = await attemptForm(
    { request, context },
    { run: (input) => askHubSupport({ subject: viewer.subject, input, requestId: context.requestId }) },
  );
  if (!asked.ok) return asked.response;
  return redirect(`/${langOf(params)}/hub/support/${asked.value.id}?notice=created`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub-support.new.title') }));

export default function SupportNew({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, number, locale } = useI18n();
  const href = useHref();
  const { review, reference } = loaderData;
  const result = submission(actionData);
  const errors = (name: string) => result?.fieldErrors?.[name];
  const objectives = new Set(valuesOf(result, 'objectives', (review?.objectives ?? []).map(String)));
  const languages = new Set(valuesOf(result, 'languages', [locale]));
  return (
    <article aria-labelledby="new-title" className="max-w-3xl">
      <p>
        <Link to={href('/hub/support/mine')}>{t('hub-support.mine.title')}</Link>
      </p>
      <h1 id="new-title" className="mt-2 text-2xl font-bold">
        {t('hub-support.new.title')}
      </h1>
      <p className="mt-1 text-slate-700">
        {t('hub-support.new.intro', { paragraph: capacityBuildingParagraph })}
      </p>
      {review ? (
        <FormAlert tone="info">
          {t('hub-support.new.fromReview', { title: pick(review.title).text })}{' '}
          {review.network ? (
            <>
              {t('hub-support.new.toCountryNetwork', { name: pick(review.network.name).text })}{' '}
              <Link to={`${href('/networks')}#network-${review.network.slug}`}>
                {t('hub-support.new.networkEntry')}
              </Link>
            </>
          ) : (
            t('hub-support.new.noCountryNetwork')
          )}
        </FormAlert>
      ) : null}
      <Form method="post" className="mt-4" noValidate>
        <CsrfInput />
        <FormAlert error={result?.formError} />
        {review ? <input type="hidden" name="reviewId" value={review.id} /> : null}
        <SelectField
          label={t('hub-support.new.originalLanguage')}
          name="originalLanguage"
          defaultValue={submitted(result, 'originalLanguage', locale)}
          errors={errors('originalLanguage')}
        >
          <option value="ar">{t('hub-experts.lang.ar')}</option>
          <option value="en">{t('hub-experts.lang.en')}</option>
        </SelectField>
        <TextField
          label={t('hub-support.new.topicAr')}
          name="topic.ar"
          lang="ar"
          defaultValue={submitted(result, 'topic.ar')}
          errors={[...(errors('topic') ?? []), ...(errors('topic.ar') ?? [])]}
        />
        <TextField
          label={t('hub-support.new.topicEn')}
          name="topic.en"
          lang="en"
          defaultValue={submitted(result, 'topic.en')}
          errors={errors('topic.en')}
        />
        <TextArea
          label={t('hub-support.new.descriptionAr')}
          name="description.ar"
          lang="ar"
          rows={6}
          hint={t('hub-support.new.descriptionHint', { min: SUPPORT_DETAIL_MIN })}
          defaultValue={submitted(result, 'description.ar')}
          errors={[...(errors('description') ?? []), ...(errors('description.ar') ?? [])]}
        />
        <TextArea
          label={t('hub-support.new.descriptionEn')}
          name="description.en"
          lang="en"
          rows={6}
          defaultValue={submitted(result, 'description.en')}
          errors={errors('description.en')}
        />
        <SelectField
          label={t('hub-support.new.kind')}
          name="kind"
          defaultValue={submitted(result, 'kind')}
          errors={errors('kind')}
        >
          <option value="">{t('hub-support.new.choose')}</option>
          {hubSupportKinds.map((k) => (
            <option key={k} value={k}>
              {t(`pledges-support.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <fieldset className="mb-4 rounded border border-slate-300 p-3">
          <legend className="px-1 font-medium">{t('hub-support.new.objectives')}</legend>
          <div className="grid gap-x-4 sm:grid-cols-2">
            {reference.objectives.map((o) => (
              <label key={o.key} className="flex items-start gap-2 py-1">
                <input
                  type="checkbox"
                  name="objectives"
                  value={o.key}
                  defaultChecked={objectives.has(String(o.key))}
                  className="mt-1"
                />
                <span>
                  {t('hub-experts.objectiveLabel', { number: number(o.key), label: pick(o.name).text })}
                </span>
              </label>
            ))}
          </div>
          <ErrorList errors={errors('objectives')} />
        </fieldset>
        <SelectField
          label={t('hub-support.new.country')}
          name="countryIso3"
          defaultValue={submitted(result, 'countryIso3', review?.countryIso3 ?? '')}
          errors={errors('countryIso3')}
        >
          <option value="">{t('hub-support.new.choose')}</option>
          {sortByName(reference.countries, locale, (c) => c.name).map((c) => (
            <option key={c.key} value={c.key}>
              {pick(c.name).text}
            </option>
          ))}
        </SelectField>
        <fieldset className="mb-4 rounded border border-slate-300 p-3">
          <legend className="px-1 font-medium">{t('hub-support.new.languages')}</legend>
          <div className="flex flex-wrap gap-x-6">
            {expertLanguages.map((l) => (
              <label key={l} className="flex items-start gap-2 py-1">
                <input
                  type="checkbox"
                  name="languages"
                  value={l}
                  defaultChecked={languages.has(l)}
                  className="mt-1"
                />
                <span>{t(`hub-experts.lang.${l}`)}</span>
              </label>
            ))}
          </div>
          <ErrorList errors={errors('languages')} />
        </fieldset>
        <TextField
          label={t('hub-support.new.deadline')}
          name="deadline"
          type="date"
          defaultValue={submitted(result, 'deadline')}
          errors={errors('deadline')}
        />
        {review ? null : (
          <SelectField
            label={t('hub-support.new.target')}
            name="target"
            defaultValue={submitted(result, 'target', 'network_secretariat')}
            errors={errors('target')}
          >
            {supportTargets.map((k) => (
              <option key={k} value={k}>
                {t(`hub-support.target.${k}`)}
              </option>
            ))}
          </SelectField>
        )}
        <SubmitButton>{t('hub-support.new.submit')}</SubmitButton>
      </Form>
    </article>
  );
}
