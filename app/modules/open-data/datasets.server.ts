import { asc, gt, sql } from 'drizzle-orm';
import { contentItems } from '#db/schema/content';
import { countries, objectives, regionMembers, regions } from '#db/schema/reference';
import { type ContentTypeKey, contentTypeKeys } from '~/modules/content/content-type-keys';
import { publicContent } from '~/modules/content/readable-content.server';
import type { DbOrTx } from '~/platform/db.server';
import {
  contentFields,
  countryFields,
  type DatasetField,
  objectiveFields,
  regionFields,
} from './dataset-fields';
import { publishedItemColumns } from './public-content.server';

export type DatasetValue = string | number | null | readonly (string | number)[];
export type DatasetRow = Record<string, DatasetValue>;

/**
 * A public dataset: one per content type (what the content index says an anonymous reader may open,
 * so a type registered later is a dataset with no extra code) and the GCM reference lists. `batches`
 * reads it whole in key order, a few hundred rows at a time, so a download streams with flat memory.
 */
export interface Dataset {
  key: string;
  kind: 'content' | 'reference';
  fields: DatasetField[];
  primaryKey: string[];
  batches(options: { db: DbOrTx; origin: string }): AsyncGenerator<DatasetRow[]>;
}

const batchSize = 500;

function contentDataset(type: ContentTypeKey): Dataset {
  return {
    key: type,
    kind: 'content',
    fields: contentFields,
    primaryKey: ['id'],
    async *batches({ db, origin }) {
      let after = '';
      for (;;) {
        const rows = await db
          .select(publishedItemColumns)
          .from(contentItems)
          .where(sql`${contentItems.type} = ${type} and ${publicContent} and ${gt(contentItems.id, after)}`)
          .orderBy(asc(contentItems.id))
          .limit(batchSize);
        if (!rows.length) return;
        yield rows.map((r) => ({
          type,
          id: r.id,
          status: r.status,
          original_language: r.originalLanguage ?? null,
          title_ar: r.title.ar ?? null,
          title_en: r.title.en ?? null,
          summary_ar: r.summary.ar ?? null,
          summary_en: r.summary.en ?? null,
          objectives: r.objectives,
          principles: r.principles,
          countries: r.countries,
          regions: r.regions,
          year: r.year,
          published_at: r.publishedAt ? new Date(r.publishedAt).toISOString() : null,
          updated_at: new Date(r.updatedAt).toISOString(),
          url_ar: `${origin}/ar${r.path}`,
          url_en: `${origin}/en${r.path}`,
        }));
        if (rows.length < batchSize) return;
        after = rows[rows.length - 1]!.id;
      }
    },
  };
}

const referenceDatasets: Dataset[] = [
  {
    key: 'objectives',
    kind: 'reference',
    fields: objectiveFields,
    primaryKey: ['number'],
    async *batches({ db }) {
      const rows = await db.select().from(objectives).orderBy(asc(objectives.number));
      yield rows.map((o) => ({
        number: o.number,
        code: o.code,
        title_ar: o.title.ar ?? null,
        title_en: o.title.en ?? null,
        short_label_ar: o.shortLabel.ar ?? null,
        short_label_en: o.shortLabel.en ?? null,
      }));
    },
  },
  {
    key: 'countries',
    kind: 'reference',
    fields: countryFields,
    primaryKey: ['iso3'],
    async *batches({ db }) {
      const rows = await db.select().from(countries).orderBy(asc(countries.iso3));
      const members = await db.select().from(regionMembers);
      const regionsOf = new Map<string, string[]>();
      for (const m of members)
        regionsOf.set(m.countryIso3, [...(regionsOf.get(m.countryIso3) ?? []), m.regionId]);
      yield rows.map((c) => ({
        iso3: c.iso3,
        iso2: c.iso2,
        m49: c.m49,
        name_ar: c.name.ar ?? null,
        name_en: c.name.en ?? null,
        un_status: c.unStatus,
        region: c.regionId,
        subregion: c.subregionId,
        regions: (regionsOf.get(c.iso3) ?? []).sort(),
      }));
    },
  },
  {
    key: 'regions',
    kind: 'reference',
    fields: regionFields,
    primaryKey: ['id'],
    async *batches({ db }) {
      const rows = await db.select().from(regions).orderBy(asc(regions.position), asc(regions.id));
      yield rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        code: r.code,
        parent: r.parentId,
        name_ar: r.name.ar ?? null,
        name_en: r.name.en ?? null,
      }));
    },
  },
];

export const datasets: Dataset[] = [...contentTypeKeys.map(contentDataset), ...referenceDatasets];
export const datasetKeys = datasets.map((d) => d.key);

export function findDataset(key: string): Dataset | undefined {
  return datasets.find((d) => d.key === key);
}

/** How many rows each dataset has now (content: public index rows per type; reference: table sizes). */
export async function countDatasetRows(db: DbOrTx): Promise<Record<string, number>> {
  const result = await db.execute<{ key: string; n: number }>(sql`
    select type as key, count(*)::int as n from ${contentItems} where ${publicContent} group by type
    union all select 'objectives', count(*)::int from ${objectives}
    union all select 'countries', count(*)::int from ${countries}
    union all select 'regions', count(*)::int from ${regions}`);
  const out: Record<string, number> = Object.fromEntries(datasetKeys.map((k) => [k, 0]));
  for (const row of result.rows) if (row.key in out) out[row.key] = Number(row.n);
  return out;
}
