import { data, Form, Link } from 'react-router';
import { getSynthesisForReader } from '~/modules/reviews/synthesis/get-synthesis.server';
import { presentSynthesis } from '~/modules/reviews/synthesis/present-synthesis';
import { guardPublic } from '~/permissions/guard.server';
import { isAppError } from '~/platform/errors';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/synthesis';
import { SynthesisReport } from './synthesis-view';
import './synthesis-print.css';
import { staticPage } from '~/ui/hydration';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/**
 * /{lang}/reviews/cycles/:cycleId/synthesis — the cycle's regional synthesis report: the latest
 * published version (?version=N for an earlier one), or for the cycle's secretariat the live draft
 * preview (?draft=1, and by default while nothing is published). Before the first version the
 * public gets a 404 page saying no report is published yet. ?print=1 is where the PDF download
 * sends readers when this server has no Chromium: the same page with the print advice.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const locale = langOf(params);
  const search = new URL(request.url).searchParams;
  const rawVersion = search.get('version');
  if (rawVersion !== null && !/^[1-9]\d{0,5}$/.test(rawVersion))
    throw data({ code: 'notFound' }, { status: 404 });
  let reader: Awaited<ReturnType<typeof getSynthesisForReader>>;
  try {
    reader = await getSynthesisForReader({
      subject: viewer.subject,
      cycleId: params.cycleId,
      number: rawVersion === null ? undefined : Number(rawVersion),
      draft: search.get('draft') === '1',
    });
  } catch (error) {
    if (isAppError(error) && error.status === 404) {
      throw data(
        { code: error.code === 'synthesisNotPublished' ? 'synthesisNotPublished' : 'notFound' },
        { status: 404 },
      );
    }
    throw error;
  }
  const { shown } = reader;
  return {
    cycleId: reader.cycle.id,
    canEdit: reader.canEdit,
    versions: reader.versions.map((v) => ({ number: v.number, publishedAt: v.publishedAt.toISOString() })),
    printAdvice: search.get('print') === '1',
    published: search.get('published') === '1',
    view: presentSynthesis({
      compiled: shown.compiled,
      narrative: shown.narrative,
      locale,
      number: shown.number,
      publishedAt: shown.publishedAt,
    }),
  };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: `${i18n.t('reviews-synthesis.reportTitle')} — ${loaderData.view.cycle.title.text}`,
          description: i18n.t('reviews-synthesis.description'),
        })
      : null,
  );

export default function SynthesisPage({ loaderData }: Route.ComponentProps) {
  const { t, number, date, locale } = useI18n();
  const href = useHref();
  const { view, versions, canEdit, cycleId, printAdvice, published } = loaderData;
  const isDraft = view.number === null;
  const versionQuery = view.number === null ? '' : `&version=${view.number}`;
  return (
    <article aria-labelledby="page-title">
      <div className="print:hidden">
        <Breadcrumbs
          items={[
            { to: href('/reviews'), label: t('reviews-synthesis.breadcrumb.reviews') },
            { to: href(`/reviews/cycles/${cycleId}`), label: view.cycle.title.text },
            { label: t('reviews-synthesis.reportTitle') },
          ]}
        />
      </div>
      {published && view.number !== null ? (
        <FormAlert tone="success">
          {t('reviews-synthesis.publishedNotice', { number: number(view.number) })}
        </FormAlert>
      ) : null}
      {printAdvice ? <FormAlert tone="info">{t('reviews-synthesis.pdf.unavailable')}</FormAlert> : null}
      {isDraft ? <FormAlert tone="info">{t('reviews-synthesis.preview.notice')}</FormAlert> : null}
      <header>
        <p className="text-sm font-medium text-brand-700">{t('reviews-synthesis.reportTitle')}</p>
        <h1 id="page-title" className="mt-1 text-3xl font-bold">
          <bdi lang={view.cycle.title.lang}>{view.cycle.title.text}</bdi>
        </h1>
        <p className="mt-2 text-slate-700">
          <bdi lang={view.cycle.regionName.lang}>{view.cycle.regionName.text}</bdi>
          {view.cycle.partners.text ? (
            <>
              {' · '}
              <bdi lang={view.cycle.partners.lang}>{view.cycle.partners.text}</bdi>
            </>
          ) : null}
        </p>
        <p className="mt-1 text-sm text-slate-700">
          {isDraft
            ? t('reviews-synthesis.draftLine', { date: date(view.compiledAt) })
            : t('reviews-synthesis.versionLine', {
                number: number(view.number ?? 0),
                date: date(view.publishedAt ?? ''),
              })}
        </p>
        {view.sampleData ? (
          <p className="mt-2 inline-block rounded bg-amber-100 px-2 py-1 text-sm text-amber-900">
            {t('reviews-synthesis.sampleData')}
          </p>
        ) : null}
      </header>

      <div className="mt-4 flex flex-wrap items-end gap-4 print:hidden">
        {versions.length ? (
          <Form method="get" className="flex items-end gap-2">
            <div>
              <label htmlFor="version" className="block text-sm font-medium">
                {t('reviews-synthesis.versions.label')}
              </label>
              <select
                id="version"
                name="version"
                defaultValue={view.number ?? versions[0]?.number}
                className="mt-1 rounded border border-slate-400 bg-white px-2 py-1"
              >
                {versions.map((v) => (
                  <option key={v.number} value={v.number}>
                    {t('reviews-synthesis.versions.option', {
                      number: number(v.number),
                      date: date(v.publishedAt),
                    })}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded border border-slate-400 px-3 py-1">
              {t('reviews-synthesis.versions.show')}
            </button>
          </Form>
        ) : null}
        {isDraft ? null : (
          <>
            <a
              href={`/api/v1/review-cycles/${cycleId}/synthesis.docx?lang=${locale}${versionQuery}`}
              download
              className="rounded bg-brand-700 px-3 py-1 text-white no-underline"
            >
              {t('reviews-synthesis.download.docx')}
            </a>
            <a href={`${href(`/reviews/cycles/${cycleId}/synthesis.pdf`)}?${versionQuery.slice(1)}`}>
              {t('reviews-synthesis.download.pdf')}
            </a>
          </>
        )}
        {canEdit ? (
          <>
            <Link to={href(`/reviews/cycles/${cycleId}/synthesis/edit`)}>
              {t('reviews-synthesis.editLink')}
            </Link>
            <Link to={href(`/reviews/cycles/${cycleId}/synthesis/figures`)}>
              {t('reviews-synthesis.figures.link')}
            </Link>
            {isDraft ? (
              versions.length ? (
                <Link to={href(`/reviews/cycles/${cycleId}/synthesis`)}>
                  {t('reviews-synthesis.preview.published')}
                </Link>
              ) : null
            ) : (
              <Link to={href(`/reviews/cycles/${cycleId}/synthesis?draft=1`)}>
                {t('reviews-synthesis.preview.link')}
              </Link>
            )}
          </>
        ) : null}
      </div>

      <SynthesisReport view={view} />

      <p className="mt-10 text-sm text-slate-600">{t('reviews-synthesis.generatedBy')}</p>
    </article>
  );
}
