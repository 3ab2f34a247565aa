import { type SQL, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { contentItems } from '#db/schema/content';
import { type DocumentLanguage, hubResources, type ResourceType } from '#db/schema/hub';
import { publicContent } from '~/modules/content/readable-content.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { foldArabic } from '~/platform/text/arabic-fold';

export interface ResourceFilters {
  objective?: number;
  principle?: string;
  country?: string;
  region?: string;
  type?: ResourceType;
  language?: DocumentLanguage;
  year?: number;
  q?: string;
}

export interface ResourceListItem {
  id: string;
  title: Translated;
  summary: Translated;
  originalLanguage: 'ar' | 'en' | null;
  type: ResourceType;
  documentLanguages: string[];
  publisher: string;
  year: number | null;
  objectives: number[];
  principles: string[];
  countries: string[];
  isSample: boolean;
}

export interface ResourceFacets {
  type: Record<string, number>;
  language: Record<string, number>;
  year: Record<string, number>;
  objective: Record<string, number>;
}

export const resourcePageSize = 20;

/** The conditions of a filter on the index rows of published resources (joined with their source rows). */
function conditions(filters: ResourceFilters): SQL[] {
  const where: SQL[] = [publicContent, sql`${contentItems.type} = 'hub_resource'`];
  if (filters.objective)
    where.push(sql`${contentItems.objectives} @> array[${filters.objective}]::integer[]`);
  if (filters.principle) where.push(sql`${contentItems.principles} @> array[${filters.principle}]::text[]`);
  if (filters.country)
    where.push(sql`${contentItems.countries} @> array[${filters.country.toUpperCase()}]::text[]`);
  if (filters.region) where.push(sql`${contentItems.regions} @> array[${filters.region}]::text[]`);
  if (filters.type) where.push(sql`${hubResources.type} = ${filters.type}`);
  if (filters.language)
    where.push(sql`${hubResources.documentLanguages} @> array[${filters.language}]::text[]`);
  if (filters.year) where.push(sql`${contentItems.year} = ${filters.year}`);
  const q = filters.q ? foldArabic(filters.q).trim().toLowerCase() : '';
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`lower(marsad_fold(coalesce(${contentItems.title}->>'ar', '') || ' ' || coalesce(${contentItems.title}->>'en', '') || ' ' || coalesce(${contentItems.summary}->>'ar', '') || ' ' || coalesce(${contentItems.summary}->>'en', '') || ' ' || ${hubResources.publisher})) like ${pattern}`,
    );
  }
  return where;
}

const from = sql`${contentItems} join ${hubResources} on ${hubResources.id}::text = ${contentItems.id}`;

/**
 * Published resources (what anyone may open, from the content index), newest first, with facet counts
 * by type, document language, year and objective within the same filters.
 */
export async function listResources(
  options: { db?: DbOrTx; filters?: ResourceFilters; limit?: number; offset?: number } = {},
) {
  const { db = getDb(), filters = {}, limit = resourcePageSize, offset = 0 } = options;
  const where = sql.join(conditions(filters), sql` and `);
  const [rows, total, facets] = await readTogether(db, [
    () =>
      db.execute<{
        id: string;
        title: Translated;
        summary: Translated;
        original_language: 'ar' | 'en' | null;
        type: ResourceType;
        document_languages: string[];
        publisher: string;
        year: number | null;
        objectives: number[];
        principles: string[];
        countries: string[];
        is_sample: boolean;
      }>(sql`select ${contentItems.id} as id, ${contentItems.title} as title, ${contentItems.summary} as summary,
        ${contentItems.originalLanguage} as original_language, ${hubResources.type} as type,
        ${hubResources.documentLanguages} as document_languages, ${hubResources.publisher} as publisher,
        ${contentItems.year} as year, ${contentItems.objectives} as objectives, ${contentItems.principles} as principles,
        ${contentItems.countries} as countries, ${contentItems.isSample} as is_sample
      from ${from} where ${where}
      order by ${contentItems.publishedAt} desc nulls last, ${contentItems.id}
      limit ${limit} offset ${offset}`),
    () => db.execute<{ n: number }>(sql`select count(*)::int as n from ${from} where ${where}`),
    () =>
      db.execute<{ facet: string; value: string; n: number }>(sql`
      with matched as (select ${hubResources.type} as type, ${hubResources.documentLanguages} as langs,
          ${contentItems.year} as year, ${contentItems.objectives} as objectives from ${from} where ${where})
      select 'type' as facet, type as value, count(*)::int as n from matched group by type
      union all select 'language', l, count(*)::int from matched, unnest(langs) as l group by l
      union all select 'year', year::text, count(*)::int from matched where year is not null group by year
      union all select 'objective', o::text, count(*)::int from matched, unnest(objectives) as o group by o`),
  ]);
  const facetCounts: ResourceFacets = { type: {}, language: {}, year: {}, objective: {} };
  for (const f of facets.rows) facetCounts[f.facet as keyof ResourceFacets][f.value] = Number(f.n);
  const items: ResourceListItem[] = rows.rows.map((r) => ({
    id: r.id,
    title: r.title,
    summary: r.summary,
    originalLanguage: r.original_language,
    type: r.type,
    documentLanguages: r.document_languages,
    publisher: r.publisher,
    year: r.year === null ? null : Number(r.year),
    objectives: r.objectives,
    principles: r.principles,
    countries: r.countries,
    isSample: r.is_sample,
  }));
  return { items, total: Number(total.rows[0]?.n ?? 0), facets: facetCounts };
}
