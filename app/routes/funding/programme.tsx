import { data, Link } from 'react-router';
import { canManageFund } from '~/modules/funding/funding-policy';
import { transfersByOrganisation } from '~/modules/funding/list-contributions.server';
import { getProgramme } from '~/modules/funding/list-programmes.server';
import { getProgrammeResults } from '~/modules/funding/results/get-programme-results.server';
import { canEditProgrammeResults } from '~/modules/funding/results/results-policy';
import { guardPublic } from '~/permissions/guard.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { ObjectiveBadge } from '~/ui/objective-badge';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/programme';
import { fundingNames } from './funding-names.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/** A joint programme (public): budget, period, place, objectives, transfers to participating organisations. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const programme = await getProgramme({ id: params.id });
  if (!programme) throw data({ code: 'notFound' }, { status: 404 });
  const [names, framework] = await Promise.all([
    fundingNames(),
    getProgrammeResults({ programmeId: programme.id }),
  ]);
  return {
    programme: {
      id: programme.id,
      title: programme.title,
      summary: programme.summary,
      status: programme.status,
      budget: programme.budgetUsd,
      startDate: programme.startDate,
      endDate: programme.endDate,
      place: names.places[programme.countryIso3 ?? programme.regionId ?? ''] ?? {},
      area: names.areaNames[programme.thematicAreaId] ?? {},
      objectives: programme.objectives,
      transfers: programme.transfers,
      conceptNoteId: programme.conceptNoteId,
      byOrganisation: transfersByOrganisation(programme.transfers),
    },
    results: framework.results.map((r) => ({
      id: r.id,
      type: r.type,
      title: r.title,
      description: r.description,
      indicators: r.indicators.map((i) => ({
        id: i.id,
        title: i.title,
        measure: i.measure,
        baselineValue: i.baselineValue,
        baselineDate: i.baselineDate,
        periods: i.periods.map((p) => ({
          id: p.id,
          periodStart: p.periodStart,
          periodEnd: p.periodEnd,
          targetValue: p.targetValue,
          actualValue: p.actualValue,
        })),
      })),
    })),
    reports: framework.reports.map((r) => ({
      id: r.id,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      summary: r.summary,
      documentUrl: r.documentUrl,
      version: r.version,
      updatedAt: r.updatedAt.toISOString(),
    })),
    mayWork: canEditProgrammeResults(viewer.subject, framework.programme) || canManageFund(viewer.subject),
  };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({ title: i18n.pick(loaderData.programme.title).text || i18n.t('funding.programme.title') })
      : null,
  );

export default function Programme({ loaderData }: Route.ComponentProps) {
  const { t, number, date } = useI18n();
  const href = useHref();
  const p = loaderData.programme;
  return (
    <>
      <p className="mb-2">
        <Link to={href('/funding')}>{t('funding.title')}</Link>
      </p>
      <p className="text-sm text-slate-700">{t('funding.programme.title')}</p>
      <TranslatedText as="h1" value={p.title} className="text-3xl font-bold" />
      <p className="mt-2">
        <strong>{t(`funding.programmeStatus.${p.status}`)}</strong> — <TranslatedText value={p.place} /> —{' '}
        {t('funding.programme.period', { start: date(p.startDate), end: date(p.endDate) })}
      </p>
      <TranslatedText as="p" value={p.summary} className="mt-4 max-w-3xl" />
      <dl className="mt-6 grid max-w-3xl gap-3 sm:grid-cols-2">
        <div>
          <dt className="font-bold">{t('funding.programme.budget')}</dt>
          <dd>{t('funding.dashboard.usd', { amount: number(p.budget) })}</dd>
        </div>
        <div>
          <dt className="font-bold">{t('funding.form.thematicArea')}</dt>
          <dd>
            <TranslatedText value={p.area} />
          </dd>
        </div>
        <div>
          <dt className="font-bold">{t('funding.form.objectives')}</dt>
          <dd className="flex flex-wrap gap-1">
            {p.objectives.map((n) => (
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
      </dl>
      <section aria-labelledby="transfers" className="mt-6">
        <h2 id="transfers" className="text-xl font-bold">
          {t('funding.programme.transfers')}
        </h2>
        {p.transfers.length ? (
          <table className="mt-2">
            <thead>
              <tr>
                <th scope="col" className="p-2 text-start">
                  {t('funding.programme.organisation')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('funding.programme.date')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('funding.dashboard.amountUsd')}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.transfers.map((tr, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: transfers are listed in date order, without ids here
                <tr key={i}>
                  <td className="p-2">
                    <bdi>{tr.organisation}</bdi>
                  </td>
                  <td className="p-2">{date(tr.transferredOn)}</td>
                  <td className="p-2">{number(tr.amountUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-2 text-slate-700">{t('funding.programme.noTransfers')}</p>
        )}
      </section>
      {p.byOrganisation.length > 1 ? (
        <section aria-labelledby="by-organisation" className="mt-6">
          <h2 id="by-organisation" className="text-xl font-bold">
            {t('funding.programme.byOrganisation')}
          </h2>
          <ul className="mt-2">
            {p.byOrganisation.map((o) => (
              <li key={o.organisation}>
                <bdi>{o.organisation}</bdi>: {t('funding.dashboard.usd', { amount: number(o.amountUsd) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="results" className="mt-6">
        <h2 id="results" className="text-xl font-bold">
          {t('funding.results.title')}
        </h2>
        {loaderData.results.length ? (
          loaderData.results.map((r, ri) => (
            <article key={r.id} className="mt-4 max-w-3xl">
              <h3 className="text-lg font-bold">
                {t('funding.results.resultHeading', { n: ri + 1, type: t(`funding.resultType.${r.type}`) })}{' '}
                <TranslatedText value={r.title} />
              </h3>
              <TranslatedText as="p" value={r.description} className="mt-1" />
              {r.indicators.map((i) => (
                <div key={i.id} className="mt-3">
                  <h4 className="font-bold">
                    <TranslatedText value={i.title} />
                  </h4>
                  <p className="text-sm text-slate-700">
                    {t('funding.results.baseline', {
                      value: number(i.baselineValue),
                      date: date(i.baselineDate),
                    })}
                    {i.measure === 'percentage' ? ` ${t('funding.results.percent')}` : ''}
                  </p>
                  {i.periods.length ? (
                    <div className="relative max-w-full overflow-x-auto">
                      <table className="mt-1 min-w-full text-sm">
                        <thead>
                          <tr>
                            {(['period', 'target', 'actual'] as const).map((c) => (
                              <th key={c} scope="col" className="border-b border-slate-300 p-2 text-start">
                                {t(`funding.results.col.${c}`)}
                              </th>
                            ))}
                          </tr>
                        </thead>
                        <tbody>
                          {i.periods.map((pe) => (
                            <tr key={pe.id}>
                              <td className="p-2">
                                {t('funding.programme.period', {
                                  start: date(pe.periodStart),
                                  end: date(pe.periodEnd),
                                })}
                              </td>
                              <td className="p-2 tabular-nums">{number(pe.targetValue)}</td>
                              <td className="p-2 tabular-nums">
                                {pe.actualValue === null
                                  ? t('funding.results.noActual')
                                  : number(pe.actualValue)}
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  ) : null}
                </div>
              ))}
            </article>
          ))
        ) : (
          <p className="mt-2 text-slate-700">{t('funding.results.empty')}</p>
        )}
      </section>
      <section aria-labelledby="reports" className="mt-6 max-w-3xl">
        <h2 id="reports" className="text-xl font-bold">
          {t('funding.results.reports')}
        </h2>
        {loaderData.reports.length ? (
          <ul className="mt-2 space-y-3">
            {loaderData.reports.map((r) => (
              <li key={r.id}>
                <h3 className="font-bold">
                  {t('funding.results.reportLine', {
                    start: date(r.periodStart),
                    end: date(r.periodEnd),
                    version: r.version,
                  })}
                </h3>
                <TranslatedText as="p" value={r.summary} className="mt-1 whitespace-pre-line" />
                {r.documentUrl ? (
                  <a href={r.documentUrl} dir="ltr" rel="noopener noreferrer">
                    {t('funding.results.document')}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">{t('funding.results.noReports')}</p>
        )}
      </section>
      <p className="mt-4">
        <a href={href('/funding/iati.json')}>{t('funding.iati.json')}</a>
      </p>
      {loaderData.mayWork ? (
        <p className="mt-4">
          <Link to={href(`/funding/programmes/${p.id}/work`)}>{t('funding.work.open')}</Link>
        </p>
      ) : null}
      {p.conceptNoteId ? (
        <p className="mt-4">
          <Link to={href(`/funding/concept-notes/${p.conceptNoteId}`)}>
            {t('funding.programme.fromNote')}
          </Link>
        </p>
      ) : null}
    </>
  );
}
