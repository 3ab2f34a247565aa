import type { LatestItem } from '~/modules/coverage/latest-public-items.server';
import { ChartScroller, HeatMap } from '~/ui/charts';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { TranslatedText } from '~/ui/translated-text';
import { CoverageDefinitions } from './coverage-views';

/** A country profile's coverage: public items per objective (a one-column heat map) and the newest items. */
export function CountryCoverage(props: {
  iso3: string;
  byObjective: { objective: number; total: number }[];
  latest: LatestItem[];
}) {
  const { t, locale, date, number } = useI18n();
  const href = useHref();
  return (
    <>
      <section aria-labelledby="country-coverage" className="mt-8">
        <h2 id="country-coverage" className="text-xl font-bold">
          {t('coverage.countryTitle')}
        </h2>
        <p className="mt-1 text-sm text-slate-600">{t('coverage.countryIntro')}</p>
        <CoverageDefinitions />
        <ChartScroller label={t('coverage.countryTitle')}>
          <HeatMap
            id="country-heatmap"
            title={t('coverage.countryTitle')}
            description={t('coverage.heatmapDescription', { columns: t('coverage.columns.country') })}
            rowLabels={props.byObjective.map((o) =>
              t('coverage.objectiveShort', { number: number(o.objective) }),
            )}
            columnLabels={[props.iso3]}
            columnTitles={[props.iso3]}
            values={props.byObjective.map((o) => [o.total])}
          />
        </ChartScroller>
        <p className="mt-2">
          <Link to={href('/coverage')}>{t('coverage.title')}</Link>
        </p>
      </section>
      <section aria-labelledby="country-latest" className="mt-8">
        <h2 id="country-latest" className="text-xl font-bold">
          {t('coverage.profile.title')}
        </h2>
        {props.latest.length ? (
          <ul className="mt-2 space-y-2">
            {props.latest.map((item) => (
              <li key={`${item.type}:${item.id}`}>
                <Link to={href(item.path)}>
                  <TranslatedText value={item.title} />
                </Link>
                <span className="ms-2 text-sm text-slate-600">
                  {t(`content.type.${item.type}.one`)}
                  {item.publishedAt ? ` · ${date(item.publishedAt, { dateStyle: 'medium' })}` : ''}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t('coverage.profile.none')}</p>
        )}
        <p className="mt-2 text-sm">
          <a href={`/feeds/countries/${props.iso3}.atom?lang=${locale}`}>{t('coverage.profile.feed')}</a>
        </p>
      </section>
    </>
  );
}
