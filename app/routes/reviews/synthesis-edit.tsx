import { data, Form, Link, redirect } from 'react-router';
import { cycleResource } from '~/modules/reviews/review-policy';
import { compileDraftSynthesis } from '~/modules/reviews/synthesis/get-synthesis.server';
import { loadSynthesisCycle } from '~/modules/reviews/synthesis/load-synthesis-input.server';
import { presentSynthesis } from '~/modules/reviews/synthesis/present-synthesis';
import { publishSynthesis } from '~/modules/reviews/synthesis/publish-synthesis.server';
import { saveSynthesisNarrative } from '~/modules/reviews/synthesis/save-synthesis-narrative.server';
import { listSynthesisVersions } from '~/modules/reviews/synthesis/synthesis-records.server';
import {
  formFromNarrative,
  narrativeField,
  narrativeLimits,
} from '~/modules/reviews/synthesis/synthesis-schema';
import { guard, guardResource } from '~/permissions/guard.server';
import { isAppError } from '~/platform/errors';
import { attemptForm, readForm } from '~/platform/forms.server';
import { getDb } from '~/platform/platform.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted, TextArea } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { Paragraphs } from '~/ui/paragraphs';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/synthesis-edit';

/**
 * /{lang}/reviews/cycles/:cycleId/synthesis/edit — the cycle's secretariat writes the narrative of
 * the synthesis report (introduction, a commentary per objective, conclusions and roadmap, in
 * Arabic and/or English) around the parts compiled from the published reviews, saves it (versioned:
 * a stale save keeps the text and shows the saved one beside it) and publishes numbered versions.
 */
async function editableCycle(request: Request, cycleId: string) {
  await guard(request, 'reviews.moderate');
  let cycle: Awaited<ReturnType<typeof loadSynthesisCycle>>;
  try {
    cycle = await loadSynthesisCycle(getDb(), cycleId);
  } catch (error) {
    if (isAppError(error) && error.status === 404) throw data({ code: 'notFound' }, { status: 404 });
    throw error;
  }
  const viewer = await guardResource(request, 'reviews.moderate', cycleResource(cycle.regionId));
  return { viewer, cycle };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { cycle } = await editableCycle(request, params.cycleId);
  const locale = langOf(params);
  const [draft, versions] = await Promise.all([
    compileDraftSynthesis(getDb(), cycle),
    listSynthesisVersions(getDb(), cycle.id),
  ]);
  const view = presentSynthesis({
    compiled: draft.compiled,
    narrative: draft.narrative,
    locale,
    number: null,
    publishedAt: null,
  });
  return {
    cycleId: cycle.id,
    cycleTitle: view.cycle.title,
    draftVersion: draft.draftVersion ?? 0,
    values: formFromNarrative(draft.narrative),
    current: { introduction: view.introduction, conclusions: view.conclusions },
    reviewsPublished: view.totals.nationalPublished + view.totals.parallelPublished,
    objectives: view.objectives.map((o) => ({
      number: o.number,
      title: o.title,
      reported: o.national.reporters.length,
      parallel: o.parallel.reporters.length,
      narrative: o.narrative,
    })),
    statesInMatrix: view.coverage.rows.length,
    versions: versions.map((v) => ({ number: v.number!, publishedAt: v.publishedAt!.toISOString() })),
    saved: new URL(request.url).searchParams.has('saved'),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer, cycle } = await editableCycle(request, params.cycleId);
  const form = await readForm(request, context);
  const lang = langOf(params);
  const saved = await attemptForm(form, {
    run: (narrative) =>
      saveSynthesisNarrative({
        subject: viewer.subject,
        cycleId: cycle.id,
        expectedVersion: Number(form.get('version')),
        narrative,
        requestId: context.requestId,
      }),
  });
  if (!saved.ok) return saved.response;
  if (form.get('intent') !== 'publish')
    return redirect(`/${lang}/reviews/cycles/${cycle.id}/synthesis/edit?saved=1`);
  const published = await attemptForm(form, () =>
    publishSynthesis({
      subject: viewer.subject,
      cycleId: cycle.id,
      expectedVersion: saved.value.version,
      requestId: context.requestId,
    }),
  );
  if (!published.ok) return published.response;
  return redirect(
    `/${lang}/reviews/cycles/${cycle.id}/synthesis?version=${published.value.number}&published=1`,
  );
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, loaderData ? (i18n) => ({ title: i18n.t('reviews-synthesis.edit.title') }) : null);

function LanguagePair({
  label,
  name,
  values,
  maxLength,
  rows,
  errors,
}: {
  label: string;
  name: (lang: 'ar' | 'en') => string;
  values: (name: string) => string;
  maxLength: number;
  rows: number;
  errors: (name: string) => { code: string; params?: Record<string, string | number> }[] | undefined;
}) {
  const { t } = useI18n();
  return (
    <div className="grid gap-x-4 md:grid-cols-2">
      {(['ar', 'en'] as const).map((lang) => (
        <TextArea
          key={lang}
          label={t(`reviews-synthesis.edit.inLanguage.${lang}`, { field: label })}
          name={name(lang)}
          defaultValue={values(name(lang))}
          maxLength={maxLength}
          rows={rows}
          lang={lang}
          dir={lang === 'ar' ? 'rtl' : 'ltr'}
          errors={errors(name(lang))}
        />
      ))}
    </div>
  );
}

export default function SynthesisEditor({ loaderData, actionData }: Route.ComponentProps) {
  const { t, number, date } = useI18n();
  const href = useHref();
  const { cycleId, cycleTitle, values, objectives, versions } = loaderData;
  const state = actionData && 'status' in actionData ? actionData : undefined;
  const stale = state?.formError?.code === 'staleVersion';
  const value = (name: string) => submitted(state, name, values[name] ?? '');
  const errors = (name: string) => state?.fieldErrors?.[name];
  const nextNumber = (versions[0]?.number ?? 0) + 1;
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-5xl">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-synthesis.breadcrumb.reviews') },
          { to: href(`/reviews/cycles/${cycleId}`), label: cycleTitle.text },
          { to: href(`/reviews/cycles/${cycleId}/synthesis`), label: t('reviews-synthesis.reportTitle') },
          { label: t('reviews-synthesis.edit.title') },
        ]}
      />
      {loaderData.saved && !state ? (
        <FormAlert tone="success">{t('reviews-synthesis.edit.saved')}</FormAlert>
      ) : null}
      {state?.formError ? <FormAlert error={state.formError} /> : null}
      <h1 id="page-title" className="text-2xl font-bold">
        {t('reviews-synthesis.edit.title')}
      </h1>
      <p className="mt-1 text-slate-700">
        <bdi lang={cycleTitle.lang}>{cycleTitle.text}</bdi>
      </p>
      <p className="mt-3 max-w-3xl">{t('reviews-synthesis.edit.intro')}</p>
      <p className="mt-2 text-sm">
        <Link to={href(`/reviews/cycles/${cycleId}/synthesis?draft=1`)} className="underline">
          {t('reviews-synthesis.preview.link')}
        </Link>
        {' · '}
        <Link to={href(`/reviews/cycles/${cycleId}/synthesis/figures`)} className="underline">
          {t('reviews-synthesis.figures.link')}
        </Link>
        {' · '}
        {t('reviews-synthesis.edit.reviewsPublished', { count: loaderData.reviewsPublished })}
      </p>

      {stale ? (
        <section
          aria-labelledby="stale-title"
          className="mt-4 rounded border border-slate-300 bg-slate-50 p-3 text-sm"
        >
          <h2 id="stale-title" className="font-semibold">
            {t('reviews-synthesis.edit.stale.title')}
          </h2>
          <p className="mb-2">{t('reviews-synthesis.edit.stale.intro')}</p>
          <h3 className="font-medium">{t('reviews-synthesis.section.introduction')}</h3>
          <Paragraphs value={loaderData.current.introduction} className="mb-2 space-y-2" />
          {objectives
            .filter((o) => o.narrative.text)
            .map((o) => (
              <div key={o.number}>
                <h3 className="font-medium">
                  {t('reviews-synthesis.objective.heading', {
                    number: number(o.number),
                    title: o.title.text,
                  })}
                </h3>
                <Paragraphs value={o.narrative} className="mb-2 space-y-2" />
              </div>
            ))}
          <h3 className="font-medium">{t('reviews-synthesis.section.conclusions')}</h3>
          <Paragraphs value={loaderData.current.conclusions} className="space-y-2" />
        </section>
      ) : null}

      <Form method="post" encType="multipart/form-data" className="mt-6">
        <CsrfInput />
        <input type="hidden" name="version" value={loaderData.draftVersion} />
        <h2 className="mb-2 text-xl font-semibold">{t('reviews-synthesis.section.introduction')}</h2>
        <LanguagePair
          label={t('reviews-synthesis.section.introduction')}
          name={narrativeField.introduction}
          values={value}
          maxLength={narrativeLimits.introduction}
          rows={8}
          errors={errors}
        />

        <h2 className="mb-2 mt-6 text-xl font-semibold">{t('reviews-synthesis.edit.objectivesTitle')}</h2>
        <p className="mb-3 text-sm text-slate-700">{t('reviews-synthesis.edit.objectivesHint')}</p>
        {objectives.map((o) => {
          const names = [narrativeField.objective(o.number, 'ar'), narrativeField.objective(o.number, 'en')];
          const open = names.some((n) => value(n) || errors(n));
          return (
            <details key={o.number} open={open} className="mb-2 rounded border border-slate-200 bg-white p-3">
              <summary className="cursor-pointer font-medium">
                {t('reviews-synthesis.objective.heading', { number: number(o.number), title: o.title.text })}
                <span className="ms-2 text-sm font-normal text-slate-700">
                  {t('reviews-synthesis.edit.objectiveCounts', {
                    count: number(o.reported),
                    total: number(loaderData.statesInMatrix),
                    parallel: number(o.parallel),
                  })}
                </span>
              </summary>
              <div className="mt-3">
                <LanguagePair
                  label={t('reviews-synthesis.edit.objectiveNarrative', { number: number(o.number) })}
                  name={(lang) => narrativeField.objective(o.number, lang)}
                  values={value}
                  maxLength={narrativeLimits.objective}
                  rows={4}
                  errors={errors}
                />
              </div>
            </details>
          );
        })}

        <h2 className="mb-2 mt-6 text-xl font-semibold">{t('reviews-synthesis.section.conclusions')}</h2>
        <LanguagePair
          label={t('reviews-synthesis.section.conclusions')}
          name={narrativeField.conclusions}
          values={value}
          maxLength={narrativeLimits.conclusions}
          rows={8}
          errors={errors}
        />

        <div className="mt-6 flex flex-wrap items-center gap-4">
          <SubmitButton name="intent" value="save">
            {t('reviews-synthesis.edit.save')}
          </SubmitButton>
          <button
            type="submit"
            name="intent"
            value="publish"
            className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800"
            aria-describedby="publish-hint"
          >
            {t('reviews-synthesis.edit.publish', { number: number(nextNumber) })}
          </button>
          <p id="publish-hint" className="basis-full text-sm text-slate-700">
            {t('reviews-synthesis.edit.publishHint')}
          </p>
        </div>
      </Form>

      <section aria-labelledby="versions-title" className="mt-8">
        <h2 id="versions-title" className="text-xl font-semibold">
          {t('reviews-synthesis.versions.title')}
        </h2>
        {versions.length ? (
          <ul className="mt-2 space-y-1">
            {versions.map((v) => (
              <li key={v.number}>
                <Link to={href(`/reviews/cycles/${cycleId}/synthesis?version=${v.number}`)}>
                  {t('reviews-synthesis.versions.option', {
                    number: number(v.number),
                    date: date(v.publishedAt),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">{t('reviews-synthesis.versions.none')}</p>
        )}
      </section>
    </article>
  );
}
