import { and, inArray } from 'drizzle-orm';
import { indicators, indicatorValues } from '#db/schema/indicators';
import { regionMembers } from '#db/schema/reference';
import { defineContentType } from '~/modules/content/content-type';
import type { Translated } from '~/platform/forms/fields';
import { isUuid } from '~/platform/uuid';
import { publicValue } from './indicator-records.server';

/**
 * GCM indicators in the content index: the catalogue is public (indicator-policy.ts), tagged with its
 * objectives and with the states that reported a value (so a state's coverage counts the indicators
 * it reports — publicly: a value of an unpublished review does not count). Every write of a value,
 * and every publication or withdrawal of a review with values, re-projects its indicators.
 */
export const indicatorContent = defineContentType({
  key: 'indicator',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: indicators.id }).from(indicators)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db.select().from(indicators).where(inArray(indicators.id, valid));
    const reported = await db
      .selectDistinct({ indicatorId: indicatorValues.indicatorId, iso3: indicatorValues.countryIso3 })
      .from(indicatorValues)
      .where(and(inArray(indicatorValues.indicatorId, valid), publicValue));
    const countriesOf = new Map<string, string[]>();
    for (const r of reported)
      countriesOf.set(r.indicatorId, [...(countriesOf.get(r.indicatorId) ?? []), r.iso3]);
    const allCountries = [...new Set(reported.map((r) => r.iso3))];
    const members = allCountries.length
      ? await db
          .select({ region: regionMembers.regionId, country: regionMembers.countryIso3 })
          .from(regionMembers)
          .where(inArray(regionMembers.countryIso3, allCountries))
      : [];
    return rows.map((row) => {
      const countries = (countriesOf.get(row.id) ?? []).sort();
      const regions = [
        ...new Set(members.filter((m) => countries.includes(m.country)).map((m) => m.region)),
      ].sort();
      const summary: Translated = {};
      for (const lang of ['ar', 'en'] as const) {
        const parts = [row.sdgIndicator ? `SDG ${row.sdgIndicator}` : '', row.definition[lang] ?? '']
          .filter(Boolean)
          .join(' — ');
        if (parts) summary[lang] = parts;
      }
      return {
        id: row.id,
        visibility: 'public' as const,
        readers: [],
        status: row.retiredAt ? 'retired' : row.provisional ? 'provisional' : 'agreed',
        originalLanguage: null,
        title: row.name,
        summary,
        body: row.source,
        objectives: [...row.objectives].sort((a, b) => a - b),
        principles: [],
        countries,
        regions,
        year: null,
        publishedAt: row.createdAt,
        updatedAt: row.updatedAt,
        path: `/indicators/${encodeURIComponent(row.code)}`,
        isSample: false,
      };
    });
  },
});
