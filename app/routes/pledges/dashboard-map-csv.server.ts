import { getPledgeMap } from '~/modules/pledges/pledge-map.server';
import type { I18n } from '~/platform/i18n/translator';

/** The map's data for dashboard.csv?chart=map: one row per country with published pledges. */
export async function pledgeMapTable(i18n: I18n): Promise<(string | number)[][]> {
  const { countries } = await getPledgeMap();
  const col = (key: string) => i18n.t(`pledges-support.map.col.${key}`);
  return [
    [i18n.t('pledges-dashboard.col.iso3'), col('country'), col('asPledger'), col('tagged'), col('total')],
    ...countries.map((c) => [c.iso3, i18n.pick(c.name).text, c.asPledger, c.tagged, c.total]),
  ];
}
