import { Link } from 'react-router';
import type { PresentedSummary } from '~/modules/indicators/indicator-presenter';
import { formatIndicatorValue } from '~/modules/indicators/indicator-tables';
import { HorizontalBarChart } from '~/ui/charts/bar-chart-horizontal';
import { LineChart } from '~/ui/charts/line-chart';
import { useHref, useI18n } from '~/ui/i18n';
import { TranslatedText } from '~/ui/translated-text';

/**
 * The indicators section of a state's page (each indicator's latest total and a small chart of its
 * totals over the years) and of an objective's page (each indicator's latest total by state).
 * Nothing is shown when no value was reported.
 */
export function CountryIndicators({ summaries }: { summaries: PresentedSummary[] }) {
  const i18n = useI18n();
  const { t, number, dir } = i18n;
  const href = useHref();
  if (!summaries.length) return null;
  return (
    <section aria-labelledby="country-indicators" className="mt-8">
      <h2 id="country-indicators" className="text-xl font-bold">
        {t('indicators.section.title')}
      </h2>
      <ul className="mt-3 grid gap-4 md:grid-cols-2">
        {summaries.map((s) => {
          const own = s.byCountry[0]!;
          const name = i18n.pick(s.name).text;
          return (
            <li key={s.code} className="rounded border border-slate-200 p-3">
              <Link to={href(`/indicators/${encodeURIComponent(s.code)}`)}>
                <TranslatedText value={s.name} />
              </Link>
              <p className="mt-1 font-bold">
                {t('indicators.section.latest', {
                  value: formatIndicatorValue(i18n, s.unit, own.latest.value),
                  year: number(own.latest.year, { useGrouping: false }),
                })}
              </p>
              {own.series.length > 1 ? (
                <LineChart
                  dir={dir}
                  label={`${t('indicators.section.trend', { name })}: ${own.series
                    .map(
                      (p) =>
                        `${number(p.year, { useGrouping: false })} ${formatIndicatorValue(i18n, s.unit, p.value)}`,
                    )
                    .join(' · ')}`}
                  points={own.series.map((p) => ({ date: `${p.year}-01-01`, value: p.value }))}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="mt-2">
        <Link to={href('/indicators')}>{t('indicators.section.all')}</Link>
      </p>
    </section>
  );
}

export function ObjectiveIndicators({ summaries }: { summaries: PresentedSummary[] }) {
  const i18n = useI18n();
  const { t, number, dir, list } = i18n;
  const href = useHref();
  if (!summaries.length) return null;
  return (
    <section aria-labelledby="objective-indicators" className="mt-8">
      <h2 id="objective-indicators" className="text-xl font-bold">
        {t('indicators.section.title')}
      </h2>
      <ul className="mt-3 space-y-4">
        {summaries.map((s) => {
          const rows = [...s.byCountry].sort((a, b) => b.latest.value - a.latest.value).slice(0, 12);
          const caption = t('indicators.section.objectiveChart', { name: i18n.pick(s.name).text });
          return (
            <li key={s.code} className="rounded border border-slate-200 p-3">
              <Link to={href(`/indicators/${encodeURIComponent(s.code)}`)}>
                <TranslatedText value={s.name} />
              </Link>
              <HorizontalBarChart
                dir={dir}
                labelWidth={160}
                domainMax={s.unit === 'percent' ? 100 : undefined}
                label={`${caption}: ${list(
                  rows.map(
                    (r) =>
                      `${i18n.pick(r.name).text} (${number(r.latest.year, { useGrouping: false })}): ${formatIndicatorValue(i18n, s.unit, r.latest.value)}`,
                  ),
                )}`}
                rows={rows.map((r) => ({
                  key: r.iso3,
                  label: i18n.pick(r.name).text,
                  value: r.latest.value,
                  valueText: formatIndicatorValue(i18n, s.unit, r.latest.value),
                }))}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
