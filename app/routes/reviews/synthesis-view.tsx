import { type ObjectiveStatus, objectiveStatuses } from '#db/schema/review-values';
import {
  type ContributionExtractView,
  coverageCellState,
  type ExtractView,
  type ObjectivePartView,
  type SynthesisView,
  type TrendIndicatorView,
} from '~/modules/reviews/synthesis/present-synthesis';
import { useI18n } from '~/ui/i18n';
import { Paragraphs } from '~/ui/paragraphs';
import { TableScroll } from '~/ui/table-scroll';

/** The synthesis report as HTML (the page, its print layout and the PDF rendered from it). */

/** Cell tones of the coverage matrix (the DOCX uses the same). */
const cellTone: Record<string, string> = {
  advanced: 'bg-emerald-300',
  in_progress: 'bg-emerald-100',
  planned: 'bg-amber-200',
  not_started: 'bg-red-200',
  not_applicable: 'bg-slate-200',
  reported: 'bg-sky-100',
  notReported: 'bg-white',
};
const matrixStates = [...objectiveStatuses, 'reported', 'notReported'] as const;
type MatrixState = (typeof matrixStates)[number];
const isObjectiveStatus = (state: MatrixState): state is ObjectiveStatus =>
  (objectiveStatuses as readonly string[]).includes(state);

function useStateLabel() {
  const { t } = useI18n();
  return (state: MatrixState) =>
    isObjectiveStatus(state)
      ? t(`reviews.objectiveStatus.${state}`)
      : t(`reviews-synthesis.coverage.${state}`);
}

function Quote({ extract }: { extract: ExtractView }) {
  const { t } = useI18n();
  return (
    <figure className="break-inside-avoid rounded border-s-4 border-brand-600 bg-slate-50 p-3">
      <blockquote>
        <Paragraphs value={extract.text} className="space-y-2" />
      </blockquote>
      <figcaption className="mt-2 flex flex-wrap items-center gap-x-2 text-sm text-slate-700">
        <span aria-hidden="true">—</span>
        <cite className="font-semibold not-italic">
          <bdi lang={extract.author.lang}>{extract.author.text}</bdi>
        </cite>
        {extract.kind === 'parallel' ? (
          <span className="rounded bg-violet-100 px-1 text-xs text-violet-900">
            {t('reviews.kind.parallel')}
          </span>
        ) : null}
        <span>·</span>
        <span>
          {extract.field === 'measures' ? t('reviews.field.measures') : t('reviews-synthesis.field.body')}
        </span>
        <span>·</span>
        <a href={extract.href} className="underline">
          {t('reviews-synthesis.extract.source')}
        </a>
      </figcaption>
    </figure>
  );
}

function Quotes({ title, extracts }: { title: string; extracts: ExtractView[] }) {
  if (!extracts.length) return null;
  return (
    <div className="mt-4">
      <h4 className="mb-2 font-semibold">{title}</h4>
      <div className="space-y-3">
        {extracts.map((e) => (
          <Quote key={`${e.reviewId}-${e.href}-${e.field}`} extract={e} />
        ))}
      </div>
    </div>
  );
}

/** Quotations of contributions recorded on the cycle (consultative processes, parliaments, agencies, …). */
function ContributionQuotes({ extracts }: { extracts: ContributionExtractView[] }) {
  const { t } = useI18n();
  if (!extracts.length) return null;
  return (
    <div className="mt-4">
      <h4 className="mb-2 font-semibold">{t('reviews-synthesis.objective.contributionExtracts')}</h4>
      <div className="space-y-3">
        {extracts.map((e) => (
          <figure
            key={e.contributionId}
            className="break-inside-avoid rounded border-s-4 border-violet-600 bg-slate-50 p-3"
          >
            <blockquote>
              <Paragraphs value={e.text} className="space-y-2" />
            </blockquote>
            <figcaption className="mt-2 flex flex-wrap items-center gap-x-2 text-sm text-slate-700">
              <span aria-hidden="true">—</span>
              <cite className="font-semibold not-italic">
                <bdi lang={e.author.lang}>{e.author.text}</bdi>
              </cite>
              <span>·</span>
              <span>{t(`reviews-cycles.contribution.kind.${e.kind}`)}</span>
              <span>·</span>
              <a href={e.href} className="underline">
                {t('reviews-synthesis.extract.source')}
              </a>
            </figcaption>
          </figure>
        ))}
      </div>
    </div>
  );
}

function StatusSummary({ part, notReported }: { part: ObjectivePartView; notReported?: number }) {
  const { t, number } = useI18n();
  const label = useStateLabel();
  const items = [
    ...objectiveStatuses.map((s) => ({ key: s, label: label(s), count: part.statuses[s] })),
    {
      key: 'withoutStatus',
      label: t('reviews-synthesis.objective.withoutStatus'),
      count: part.withoutStatus,
    },
    ...(notReported === undefined
      ? []
      : [{ key: 'notReported', label: t('reviews-synthesis.objective.notReported'), count: notReported }]),
  ];
  return (
    <dl className="mt-2 flex flex-wrap gap-2 text-sm">
      {items
        .filter((item) => item.count > 0)
        .map((item) => (
          <div
            key={item.key}
            className={`rounded border border-slate-300 px-2 py-1 ${cellTone[item.key] ?? ''}`}
          >
            <dt className="inline">{item.label}: </dt>
            <dd className="inline font-semibold">{number(item.count)}</dd>
          </div>
        ))}
    </dl>
  );
}

export function CoverageMatrix({ view }: { view: SynthesisView }) {
  const { t, number } = useI18n();
  const label = useStateLabel();
  const short = (state: string) => t(`reviews-synthesis.coverage.short.${state}`);
  return (
    <section id="coverage" aria-labelledby="coverage-title" className="synthesis-coverage mt-10">
      <h2 id="coverage-title" className="text-2xl font-bold">
        {t('reviews-synthesis.section.coverage')}
      </h2>
      <p className="mt-2 text-slate-700">{t('reviews-synthesis.coverage.intro')}</p>
      <section
        className="mt-3 relative overflow-x-auto"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        tabIndex={0}
        aria-label={t('reviews-synthesis.coverage.scroll')}
      >
        <table className="border-collapse text-xs">
          <caption className="sr-only">{t('reviews-synthesis.section.coverage')}</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-slate-300 bg-slate-100 p-1 text-start">
                {t('reviews-synthesis.coverage.state')}
              </th>
              {view.coverage.objectives.map((o) => (
                <th key={o} scope="col" className="border border-slate-300 bg-slate-100 p-1">
                  <a
                    href={`#objective-${o}`}
                    aria-label={t('reviews-synthesis.objective.short', { number: number(o) })}
                  >
                    {number(o)}
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.coverage.rows.map((row) => (
              <tr key={row.iso3}>
                <th
                  scope="row"
                  className="whitespace-nowrap border border-slate-300 p-1 text-start font-medium"
                >
                  <bdi lang={row.name.lang}>{row.name.text}</bdi>
                  {row.hasReview ? null : (
                    <span className="ms-1 font-normal text-slate-600">
                      ({t('reviews-synthesis.coverage.noReview')})
                    </span>
                  )}
                </th>
                {row.cells.map((cell, i) => {
                  const state = coverageCellState(cell);
                  return (
                    <td
                      key={view.coverage.objectives[i]}
                      className={`border border-slate-300 p-1 text-center ${cellTone[state]}`}
                    >
                      <span aria-hidden="true">{short(state)}</span>
                      <span className="sr-only">{label(state)}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <h3 className="mt-4 font-semibold">{t('reviews-synthesis.coverage.legend')}</h3>
      <dl className="mt-1 flex flex-wrap gap-2 text-sm">
        {matrixStates.map((state) => (
          <div key={state} className="flex items-center gap-1">
            <dt className={`min-w-8 rounded border border-slate-300 px-1 text-center ${cellTone[state]}`}>
              {short(state)}
            </dt>
            <dd>{label(state)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** One indicator's table: the latest figure of each state with its year and source, and the regional total. */
function TrendTable({ part }: { part: TrendIndicatorView }) {
  const { t, number } = useI18n();
  const year = (y: number) => number(y, { useGrouping: false });
  const value = (v: number) => number(v, { maximumFractionDigits: 2 });
  const titleId = `trend-${part.indicator}-title`;
  const withSeries = part.rows.some((r) => r.series.length > 1);
  return (
    <div className="mt-6 break-inside-avoid">
      <h3 id={titleId} className="text-xl font-semibold">
        {t(`reviews-synthesis.trends.indicator.${part.indicator}`)}
      </h3>
      <p className="mt-1 text-sm text-slate-700">{t(`reviews-synthesis.trends.unit.${part.indicator}`)}</p>
      <TableScroll className="mt-2">
        <table aria-labelledby={titleId} className="w-full border-collapse text-sm">
          <thead>
            <tr>
              <th scope="col" className="border border-slate-300 bg-slate-100 p-1 text-start">
                {t('reviews-synthesis.coverage.state')}
              </th>
              <th scope="col" className="border border-slate-300 bg-slate-100 p-1 text-start">
                {t('reviews-synthesis.trends.year')}
              </th>
              <th scope="col" className="border border-slate-300 bg-slate-100 p-1 text-end">
                {t('reviews-synthesis.trends.value')}
              </th>
              {withSeries ? (
                <th scope="col" className="border border-slate-300 bg-slate-100 p-1 text-start">
                  {t('reviews-synthesis.trends.series')}
                </th>
              ) : null}
              <th scope="col" className="border border-slate-300 bg-slate-100 p-1 text-start">
                {t('reviews-synthesis.trends.source')}
              </th>
            </tr>
          </thead>
          <tbody>
            {part.rows.map((row) => (
              <tr key={row.iso3}>
                <th scope="row" className="border border-slate-300 p-1 text-start font-medium">
                  <bdi lang={row.name.lang}>{row.name.text}</bdi>
                </th>
                <td className="border border-slate-300 p-1">{year(row.year)}</td>
                <td className="whitespace-nowrap border border-slate-300 p-1 text-end tabular-nums">
                  {value(row.value)}
                </td>
                {withSeries ? (
                  <td className="border border-slate-300 p-1 text-xs">
                    {row.series.length > 1
                      ? row.series
                          .map((p) =>
                            t('reviews-synthesis.trends.point', {
                              year: year(p.year),
                              value: value(p.value),
                            }),
                          )
                          .join(t('reviews-synthesis.trends.pointSeparator'))
                      : null}
                  </td>
                ) : null}
                <td className="border border-slate-300 p-1">
                  {row.sourceUrl ? (
                    <a href={row.sourceUrl} className="underline" rel="noopener noreferrer">
                      <bdi>{row.source}</bdi>
                    </a>
                  ) : (
                    <bdi>{row.source}</bdi>
                  )}
                  {row.note ? (
                    <span className="block text-xs text-slate-700">
                      <bdi>{row.note}</bdi>
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
          {part.total ? (
            <tfoot>
              <tr>
                <th scope="row" colSpan={2} className="border border-slate-300 bg-slate-50 p-1 text-start">
                  {t('reviews-synthesis.trends.total', { count: part.total.states })}
                </th>
                <td className="whitespace-nowrap border border-slate-300 bg-slate-50 p-1 text-end font-semibold tabular-nums">
                  {value(part.total.value)}
                </td>
                <td colSpan={withSeries ? 2 : 1} className="border border-slate-300 bg-slate-50 p-1" />
              </tr>
            </tfoot>
          ) : null}
        </table>
      </TableScroll>
    </div>
  );
}

/** Migration patterns and trends in the region: a table per indicator with figures. */
export function TrendsSection({ view }: { view: SynthesisView }) {
  const { t } = useI18n();
  if (!view.trends.length) return null;
  return (
    <section id="trends" aria-labelledby="trends-title" className="mt-8">
      <h2 id="trends-title" className="text-2xl font-bold">
        {t('reviews-synthesis.section.trends')}
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700">{t('reviews-synthesis.trends.intro')}</p>
      {view.trends.map((part) => (
        <TrendTable key={part.indicator} part={part} />
      ))}
    </section>
  );
}

export function SynthesisReport({ view }: { view: SynthesisView }) {
  const { t, number, date } = useI18n();
  return (
    <div className="synthesis-report">
      <nav
        aria-labelledby="toc-title"
        className="mt-6 rounded border border-slate-200 bg-white p-4 print:hidden"
      >
        <h2 id="toc-title" className="font-semibold">
          {t('reviews-synthesis.toc')}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {view.introduction.text ? (
            <li>
              <a href="#introduction">{t('reviews-synthesis.section.introduction')}</a>
            </li>
          ) : null}
          {view.trends.length ? (
            <li>
              <a href="#trends">{t('reviews-synthesis.section.trends')}</a>
            </li>
          ) : null}
          <li>
            <a href="#overview">{t('reviews-synthesis.section.overview')}</a>
          </li>
          <li>
            <a href="#coverage">{t('reviews-synthesis.section.coverage')}</a>
          </li>
          <li>
            <a href="#objectives">{t('reviews-synthesis.section.objectives')}</a>
          </li>
          <li>
            <a href="#themes">{t('reviews-synthesis.section.themes')}</a>
          </li>
          {view.contributions.length ? (
            <li>
              <a href="#contributions">{t('reviews-synthesis.section.contributions')}</a>
            </li>
          ) : null}
          {view.conclusions.text ? (
            <li>
              <a href="#conclusions">{t('reviews-synthesis.section.conclusions')}</a>
            </li>
          ) : null}
        </ul>
      </nav>

      {view.introduction.text ? (
        <section id="introduction" aria-labelledby="introduction-title" className="mt-8">
          <h2 id="introduction-title" className="text-2xl font-bold">
            {t('reviews-synthesis.section.introduction')}
          </h2>
          <Paragraphs value={view.introduction} className="mt-3 max-w-3xl space-y-3" />
        </section>
      ) : null}

      <TrendsSection view={view} />

      <section id="overview" aria-labelledby="overview-title" className="mt-8">
        <h2 id="overview-title" className="text-2xl font-bold">
          {t('reviews-synthesis.section.overview')}
        </h2>
        <dl className="mt-3 grid max-w-xl grid-cols-[1fr_auto] gap-x-6 gap-y-1">
          <dt>{t('reviews-synthesis.totals.statesInScope')}</dt>
          <dd className="font-semibold">{number(view.totals.statesInScope)}</dd>
          <dt>{t('reviews-synthesis.totals.nationalPublished')}</dt>
          <dd className="font-semibold">{number(view.totals.nationalPublished)}</dd>
          <dt>{t('reviews-synthesis.totals.parallelPublished')}</dt>
          <dd className="font-semibold">{number(view.totals.parallelPublished)}</dd>
          <dt>{t('reviews-synthesis.totals.contributions')}</dt>
          <dd className="font-semibold">{number(view.totals.contributions ?? 0)}</dd>
        </dl>
        <h3 className="mt-6 text-xl font-semibold">{t('reviews-synthesis.section.leastReported')}</h3>
        <p className="mt-1 text-slate-700">{t('reviews-synthesis.leastReported.intro')}</p>
        <ol className="mt-2 list-decimal space-y-1 ps-6">
          {view.leastReported.map((l) => (
            <li key={l.objective}>
              <a href={`#objective-${l.objective}`} className="underline">
                {t('reviews-synthesis.objective.heading', {
                  number: number(l.objective),
                  title: l.title.text,
                })}
              </a>{' '}
              <span className="text-slate-700">
                — {t('reviews-synthesis.leastReported.count', { count: l.count })}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <CoverageMatrix view={view} />

      <section id="objectives" aria-labelledby="objectives-title" className="mt-10 print:break-before-page">
        <h2 id="objectives-title" className="text-2xl font-bold">
          {t('reviews-synthesis.section.objectives')}
        </h2>
        {view.objectives.map((o) => (
          <article
            key={o.number}
            id={`objective-${o.number}`}
            aria-labelledby={`objective-${o.number}-title`}
            className="mt-8 border-t border-slate-200 pt-4"
          >
            <h3 id={`objective-${o.number}-title`} className="text-xl font-semibold">
              {t('reviews-synthesis.objective.heading', { number: number(o.number), title: o.title.text })}
            </h3>
            <Paragraphs value={o.narrative} className="mt-2 max-w-3xl space-y-3" />
            <p className="mt-3 font-medium">
              {t('reviews-synthesis.objective.reportedCount', {
                count: number(o.national.reporters.length),
                total: number(view.coverage.rows.length),
              })}
            </p>
            {o.national.reporters.length ? (
              <ul className="mt-1 flex flex-wrap gap-x-3 text-sm">
                {o.national.reporters.map((r) => (
                  <li key={r.text}>
                    <bdi lang={r.lang}>{r.text}</bdi>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-amber-900">{t('reviews-synthesis.objective.noneReported')}</p>
            )}
            <StatusSummary part={o.national} notReported={o.national.notReported} />
            <Quotes
              title={t('reviews-synthesis.objective.nationalExtracts')}
              extracts={o.national.extracts}
            />
            {o.parallel.reporters.length ? (
              <>
                <p className="mt-4 font-medium">
                  {t('reviews-synthesis.objective.parallelCount', {
                    count: number(o.parallel.reporters.length),
                  })}
                </p>
                <Quotes
                  title={t('reviews-synthesis.objective.parallelExtracts')}
                  extracts={o.parallel.extracts}
                />
              </>
            ) : null}
            <ContributionQuotes extracts={o.contributions} />
          </article>
        ))}
      </section>

      <section id="themes" aria-labelledby="themes-title" className="mt-10 print:break-before-page">
        <h2 id="themes-title" className="text-2xl font-bold">
          {t('reviews-synthesis.section.themes')}
        </h2>
        {view.themes.map((theme) => (
          <article key={theme.theme} aria-labelledby={`theme-${theme.theme}`} className="mt-6">
            <h3 id={`theme-${theme.theme}`} className="text-xl font-semibold">
              {t(`reviews-synthesis.theme.${theme.theme}`)}
            </h3>
            {theme.national.length || theme.parallel.length ? (
              <>
                <Quotes title={t('reviews-synthesis.objective.nationalExtracts')} extracts={theme.national} />
                <Quotes title={t('reviews-synthesis.objective.parallelExtracts')} extracts={theme.parallel} />
              </>
            ) : (
              <p className="mt-2 text-slate-700">{t('reviews-synthesis.theme.none')}</p>
            )}
          </article>
        ))}
      </section>

      {view.contributions.length ? (
        <section id="contributions" aria-labelledby="contributions-title" className="mt-10">
          <h2 id="contributions-title" className="text-2xl font-bold">
            {t('reviews-synthesis.section.contributions')}
          </h2>
          <ul className="mt-3 space-y-2">
            {view.contributions.map((c) => (
              <li key={c.id}>
                <a href={c.href} className="font-medium underline">
                  <bdi lang={c.contributor.lang}>{c.contributor.text}</bdi>
                </a>{' '}
                <span className="text-sm text-slate-700">
                  {t('reviews-synthesis.contribution.line', {
                    kind: t(`reviews-cycles.contribution.kind.${c.kind}`),
                    date: date(c.receivedOn, { dateStyle: 'medium', timeZone: 'UTC' }),
                    count: c.objectives.length,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {view.conclusions.text ? (
        <section id="conclusions" aria-labelledby="conclusions-title" className="mt-10">
          <h2 id="conclusions-title" className="text-2xl font-bold">
            {t('reviews-synthesis.section.conclusions')}
          </h2>
          <Paragraphs value={view.conclusions} className="mt-3 max-w-3xl space-y-3" />
        </section>
      ) : null}
    </div>
  );
}
