import { data, Form, Link, redirect } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { listMyReviews } from '~/modules/reviews/authoring/list-my-reviews.server';
import { openReview } from '~/modules/reviews/authoring/open-review.server';
import { openReviewSchema } from '~/modules/reviews/authoring/review-forms';
import { reviewTitleMax } from '~/modules/reviews/authoring/section-content';
import { countryChoices, reviewStartOptions } from '~/modules/reviews/authoring/start-options.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, type FieldError, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { sortByName } from '~/platform/i18n/collation';
import { CsrfInput, FormAlert, SelectField, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/new';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-edit.new.title') }));

export async function loader({ request }: Route.LoaderArgs) {
  // Focal points, organisation members and admins: those who may write reviews somewhere.
  const viewer = await guard(request, 'reviews.edit');
  const search = new URL(request.url).searchParams;
  const cycleId = search.get('cycle');
  if (!cycleId) {
    const { startable } = await listMyReviews({ subject: viewer.subject });
    return {
      cycle: null,
      startable,
      states: [],
      organisations: [],
      countries: [],
      kind: null,
      country: null,
    };
  }
  const options = await orErrorPage(() => reviewStartOptions({ subject: viewer.subject, cycleId }));
  if (!options.states.length && !options.organisations.length)
    throw data({ code: 'forbidden' }, { status: 403 });
  const kind = search.get('kind');
  return {
    cycle: options.cycle,
    startable: [],
    states: options.states,
    organisations: options.organisations,
    countries: options.organisations.length ? await countryChoices() : [],
    kind: kind === 'national' || kind === 'parallel' ? kind : null,
    country: search.get('country'),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reviews.edit');
  const cycleId = new URL(request.url).searchParams.get('cycle') ?? '';
  const attempt = await attemptForm(
    { request, context },
    {
      schema: openReviewSchema,
      run: (input) => openReview({ subject: viewer.subject, cycleId, input, requestId: context.requestId }),
      // A review of this state already exists: the page links to it.
      extra: (_form, error) => ({
        existingReviewId:
          error?.code === 'reviewAlreadyExists' && typeof error.details?.reviewId === 'string'
            ? error.details.reviewId
            : null,
      }),
    },
  );
  if (!attempt.ok) return attempt.response;
  return redirect(`/${langOf(params)}/reviews/${attempt.value.id}/edit?created=1`);
}

type NewState = SubmissionResult & { existingReviewId?: string | null };

function TitleFields({ result, kind }: { result: NewState | undefined; kind: string }) {
  const { t, locale } = useI18n();
  const mine = result?.values.kind === kind ? result : undefined;
  const errors = (name: string): FieldError[] | undefined => mine?.fieldErrors[name];
  return (
    <>
      <SelectField
        label={t('reviews-edit.field.originalLanguage')}
        name="originalLanguage"
        defaultValue={submitted(mine, 'originalLanguage', locale)}
        errors={errors('originalLanguage')}
      >
        <option value="ar">{t('reviews-edit.lang.ar')}</option>
        <option value="en">{t('reviews-edit.lang.en')}</option>
      </SelectField>
      <TextField
        label={t('reviews-edit.field.titleAr')}
        name="title.ar"
        lang="ar"
        maxLength={reviewTitleMax}
        defaultValue={submitted(mine, 'title.ar')}
        errors={errors('title.ar')}
      />
      <TextField
        label={t('reviews-edit.field.titleEn')}
        name="title.en"
        lang="en"
        maxLength={reviewTitleMax}
        defaultValue={submitted(mine, 'title.en')}
        errors={errors('title.en')}
      />
    </>
  );
}

export default function NewReview({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, date, locale } = useI18n();
  const href = useHref();
  const { cycle, startable, states, organisations, countries, kind, country } = loaderData;
  const result = actionData as NewState | undefined;
  const deadline = (d: string | null) =>
    d ? date(d, { dateStyle: 'medium', timeZone: 'UTC' }) : t('reviews-edit.noDeadline');
  const name = (value: Translated) => pick(value).text;

  if (!cycle) {
    return (
      <article aria-labelledby="page-title" className="mx-auto max-w-3xl">
        <h1 id="page-title" className="mb-4 text-2xl font-bold">
          {t('reviews-edit.new.title')}
        </h1>
        {startable.length ? (
          <ul className="list-disc space-y-1 ps-6">
            {startable.map((c) => (
              <li key={c.id}>
                <Link to={href(`/reviews/new?cycle=${c.id}`)}>
                  <TranslatedText value={c.title} />
                </Link>{' '}
                <span className="text-sm text-slate-700">
                  {t('reviews-edit.mine.deadline', { date: deadline(c.submissionDeadline) })}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('reviews-edit.mine.noCycles')}</p>
        )}
      </article>
    );
  }

  const open = cycle.status === 'open';
  const freeStates = states.filter((s) => !s.reviewId);
  const existing = states.filter((s) => s.reviewId);
  const showNational = states.length > 0 && kind !== 'parallel';
  const showParallel = organisations.length > 0 && kind !== 'national';
  // A refused submission belongs to the form (national or parallel) that sent it.
  const national = result?.values.kind === 'national' ? result : undefined;
  const parallel = result?.values.kind === 'parallel' ? result : undefined;

  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-3xl">
      <p className="text-sm text-slate-700">
        <TranslatedText value={cycle.title} />
      </p>
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-edit.new.title')}
      </h1>
      <p className="mb-6 text-slate-700">
        {t('reviews-edit.mine.deadline', { date: deadline(cycle.submissionDeadline) })}
      </p>
      {!open ? <FormAlert error={{ code: 'reviewCycleNotOpen' }} /> : null}
      {result?.existingReviewId ? (
        <p className="mb-4">
          <Link to={href(`/reviews/${result.existingReviewId}/edit`)}>
            {t('reviews-edit.new.openExisting')}
          </Link>
        </p>
      ) : null}

      {open && showNational ? (
        <section
          aria-labelledby="national-title"
          className="mb-8 rounded border border-slate-300 bg-white p-4"
        >
          <h2 id="national-title" className="mb-2 text-xl font-semibold">
            {t('reviews-edit.new.nationalTitle')}
          </h2>
          <p className="mb-4 text-sm text-slate-700">{t('reviews-edit.new.nationalIntro')}</p>
          {existing.length ? (
            <ul className="mb-4 space-y-1">
              {existing.map((s) => (
                <li key={s.iso3}>
                  <Link to={href(`/reviews/${s.reviewId}/edit`)}>
                    {t('reviews-edit.mine.openExisting', { state: name(s.name) })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {freeStates.length ? (
            <Form method="post" noValidate>
              <CsrfInput />
              <input type="hidden" name="kind" value="national" />
              <FormAlert error={national?.formError} />
              <SelectField
                label={t('reviews-edit.field.state')}
                name="countryIso3"
                defaultValue={submitted(national, 'countryIso3', country ?? freeStates[0]!.iso3)}
                errors={national?.fieldErrors.countryIso3}
              >
                {freeStates.map((s) => (
                  <option key={s.iso3} value={s.iso3}>
                    {name(s.name)}
                  </option>
                ))}
              </SelectField>
              <TitleFields result={result} kind="national" />
              <SubmitButton>{t('reviews-edit.new.startNational')}</SubmitButton>
            </Form>
          ) : null}
        </section>
      ) : null}

      {open && showParallel ? (
        <section
          aria-labelledby="parallel-title"
          className="mb-8 rounded border border-violet-300 bg-white p-4"
        >
          <h2 id="parallel-title" className="mb-2 text-xl font-semibold">
            {t('reviews-edit.new.parallelTitle')}
          </h2>
          <p className="mb-4 text-sm text-slate-700">{t('reviews-edit.new.parallelIntro')}</p>
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="kind" value="parallel" />
            <FormAlert error={parallel?.formError} />
            <SelectField
              label={t('reviews-edit.field.organisation')}
              name="organisationId"
              defaultValue={submitted(parallel, 'organisationId', organisations[0]!.id)}
              errors={parallel?.fieldErrors.organisationId}
            >
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {name(o.name)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('reviews-edit.field.aboutCountry')}
              name="countryIso3"
              defaultValue={submitted(parallel, 'countryIso3', '')}
              errors={parallel?.fieldErrors.countryIso3}
            >
              <option value="">{t('reviews-edit.field.noCountry')}</option>
              {sortByName(countries, locale, (c) => c.name).map((c) => (
                <option key={c.iso3} value={c.iso3}>
                  {name(c.name)}
                </option>
              ))}
            </SelectField>
            <fieldset className="mb-4">
              <legend className="font-medium">{t('reviews-edit.field.form')}</legend>
              <label className="mt-1 flex items-center gap-2">
                <input
                  type="radio"
                  name="freeForm"
                  value="false"
                  defaultChecked={submitted(parallel, 'freeForm', 'false') !== 'true'}
                />
                {t('reviews-edit.field.onTemplate')}
              </label>
              <label className="mt-1 flex items-center gap-2">
                <input
                  type="radio"
                  name="freeForm"
                  value="true"
                  defaultChecked={submitted(parallel, 'freeForm') === 'true'}
                />
                {t('reviews-edit.field.freeForm')}
              </label>
            </fieldset>
            <TitleFields result={result} kind="parallel" />
            <SubmitButton>{t('reviews-edit.new.startParallel')}</SubmitButton>
          </Form>
        </section>
      ) : null}
    </article>
  );
}
