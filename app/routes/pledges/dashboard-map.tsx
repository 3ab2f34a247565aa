import { Link } from 'react-router';
import { colourFor, mapClasses, noPledgesColour, notUnMemberColour } from '~/modules/pledges/map-classes';
import type { PledgeMap } from '~/modules/pledges/pledge-map.server';
import type { WorldMap } from '~/modules/pledges/world-map.server';
import { DashboardChartFigure, DataTable } from '~/ui/charts/dashboard-chart-figure';
import { useHref, useI18n } from '~/ui/i18n';

/** A colour swatch for the legend (an SVG square: no inline styles under the CSP). */
function Swatch({ colour }: { colour: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="shrink-0">
      <rect x="0.5" y="0.5" width="15" height="15" fill={colour} stroke="#475569" />
    </svg>
  );
}

/**
 * The map of published pledges by country: a choropleth drawn on the server as SVG from shapes
 * computed once per process, with a legend, the data as a table (each country linking to the
 * filtered registry) and as CSV. The map itself is not mirrored in right-to-left pages; the legend
 * and the table follow the reading direction.
 */
export function PledgeMapFigure({ data, csvHref }: { data: PledgeMap & { map: WorldMap }; csvHref: string }) {
  const { t, number, pick } = useI18n();
  const href = useHref();
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`pledges-support.map.${key}`, values);
  const { map, countries } = data;
  const byM49 = new Map(countries.map((c) => [c.m49, c]));
  const reference = new Set(data.reference);
  const classes = mapClasses(countries[0]?.total ?? 0);
  const fillOf = (m49: string) => {
    const country = byM49.get(m49);
    if (country) return colourFor(country.total, classes);
    return reference.has(m49) ? noPledgesColour : notUnMemberColour;
  };
  const label = (m49: string) => {
    const c = byM49.get(m49);
    return c ? tt('tooltip', { country: pick(c.name).text, count: c.total }) : null;
  };
  const top = countries[0];
  const summary = tt('summary', {
    count: countries.length,
    top: top ? tt('top', { country: pick(top.name).text, count: number(top.total) }) : '',
  });
  const range = (from: number, to: number) => tt('range', { from: number(from), to: number(to) });

  return (
    <DashboardChartFigure
      id="map"
      caption={tt('caption')}
      note={tt('note')}
      csvHref={csvHref}
      tableLabel={t('pledges-dashboard.showTable')}
      csvLabel={t('pledges-dashboard.csv')}
      chart={
        <div>
          <svg
            role="img"
            aria-labelledby="map-svg-title map-svg-desc"
            viewBox={`0 0 ${map.width} ${map.height}`}
            className="h-auto w-full max-w-4xl"
            preserveAspectRatio="xMidYMid meet"
          >
            <title id="map-svg-title">{tt('caption')}</title>
            <desc id="map-svg-desc">{summary}</desc>
            <g stroke="#475569" strokeWidth="0.6" strokeLinejoin="round">
              {map.shapes.map(([m49, d]) => {
                const title = label(m49);
                return (
                  <path key={m49} d={d} fill={fillOf(m49)} data-m49={m49}>
                    {title ? <title>{title}</title> : null}
                  </path>
                );
              })}
            </g>
            <g stroke="#1e293b" strokeWidth="0.8">
              {map.dots.map(([m49, x, y]) => {
                const title = label(m49);
                return (
                  <circle key={m49} cx={x} cy={y} r="3.5" fill={fillOf(m49)} data-m49={m49}>
                    {title ? <title>{title}</title> : null}
                  </circle>
                );
              })}
            </g>
          </svg>
          <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label={tt('legend')}>
            <li className="flex items-center gap-1.5">
              <Swatch colour={noPledgesColour} />
              {tt('none')}
            </li>
            {classes.map((c) => (
              <li key={c.to} className="flex items-center gap-1.5">
                <Swatch colour={c.colour} />
                {c.from === c.to
                  ? tt('classOne', { count: c.from })
                  : tt('classLabel', { range: range(c.from, c.to), count: c.to })}
              </li>
            ))}
            <li className="flex items-center gap-1.5">
              <Swatch colour={notUnMemberColour} />
              {tt('notCounted')}
            </li>
          </ul>
        </div>
      }
      table={
        countries.length ? (
          <DataTable
            caption={tt('caption')}
            columns={[tt('col.country'), tt('col.asPledger'), tt('col.tagged'), tt('col.total')]}
            rows={countries.map((c) => ({
              key: c.iso3,
              cells: [
                <Link key={c.iso3} to={`${href('/pledges')}?country=${c.iso3}&status=published`}>
                  {pick(c.name).text}
                </Link>,
                number(c.asPledger),
                number(c.tagged),
                number(c.total),
              ],
            }))}
          />
        ) : (
          <p>{tt('empty')}</p>
        )
      }
    />
  );
}
