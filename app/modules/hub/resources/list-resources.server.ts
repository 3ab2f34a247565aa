import { type SQL, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { contentItems } from '#db/schema/content';
import { type DocumentLanguage, hubResources, type ResourceType } from '#db/schema/hub';
import { publicContent } from '~/modules/content/readable-content.server';
import type { DbOrTx } from '~/platform/db.server';
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

/**
 * The conditions of a filter on the index rows of published resources. Type and document language
 * are the rows' own facets (`attributes`), so only a word search looks at the source rows (for the
 * publisher), through the text key's index.
 */
function conditions(filters: ResourceFilters): SQL[] {
  const where: SQL[] = [publicContent, sql`${contentItems.type} = 'hub_resource'`];
  if (filters.objective)
    where.push(sql`${contentItems.objectives} @> array[${filters.objective}]::integer[]`);
  if (filters.principle) where.push(sql`${contentItems.principles} @> array[${filters.principle}]::text[]`);
  if (filters.country)
    where.push(sql`${contentItems.countries} @> array[${filters.country.toUpperCase()}]::text[]`);
  if (filters.region) where.push(sql`${contentItems.regions} @> array[${filters.region}]::text[]`);
  if (filters.type) where.push(sql`${contentItems.attributes} @> array[${`type:${filters.type}`}]::text[]`);
  if (filters.language)
    where.push(sql`${contentItems.attributes} @> array[${`language:${filters.language}`}]::text[]`);
  if (filters.year) where.push(sql`${contentItems.year} = ${filters.year}`);
  const q = filters.q ? foldArabic(filters.q).trim().toLowerCase() : '';
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`(lower(marsad_fold(coalesce(${contentItems.title}->>'ar', '') || ' ' || coalesce(${contentItems.title}->>'en', '') || ' ' || coalesce(${contentItems.summary}->>'ar', '') || ' ' || coalesce(${contentItems.summary}->>'en', ''))) like ${pattern}
        or exists (select 1 from ${hubResources} where ${hubResources.id}::text = ${contentItems.id}
          and lower(marsad_fold(${hubResources.publisher})) like ${pattern}))`,
    );
  }
  return where;
}

/** `name:value` attributes of one name, without the name, e.g. the languages of `language:ar`. */
const attributeValues = (attributes: readonly string[], name: string) =>
  attributes.filter((a) => a.startsWith(`${name}:`)).map((a) => a.slice(name.length + 1));

/**
 * Published resources (what anyone may open, from the content index), newest first, with facet counts
 * by type, document language, year and objective within the same filters. The page of rows is cut
 * from the index first and only its rows read their resource (publisher); the total is the sum of
 * the type facet, as every resource has one type.
 */
export async function listResources(
  options: { db?: DbOrTx; filters?: ResourceFilters; limit?: number; offset?: number } = {},
) {
  const { db = getDb(), filters = {}, limit = resourcePageSize, offset = 0 } = options;
  const where = sql.join(conditions(filters), sql` and `);
  // One statement reads the matching rows once (narrow, materialized) for both the page and the facets;
  // only the page's rows then read their wide columns and publisher.
  const result = await db.execute<{
    page: {
      id: string;
      title: Translated;
      summary: Translated;
      original_language: 'ar' | 'en' | null;
      attributes: string[];
      publisher: string;
      year: number | null;
      objectives: number[];
      principles: string[];
      countries: string[];
      is_sample: boolean;
    }[];
    facets: { facet: string; value: string; n: number }[];
  }>(sql`with matched as materialized (select ${contentItems.id} as id, ${contentItems.attributes} as attributes,
        ${contentItems.year} as year, ${contentItems.objectives} as objectives, ${contentItems.publishedAt} as published_at
      from ${contentItems} where ${where}),
    page as (select id, published_at from matched order by published_at desc nulls last, id limit ${limit} offset ${offset}),
    facets as (select split_part(a, ':', 1) as facet, substr(a, strpos(a, ':') + 1) as value, count(*)::int as n
        from matched, unnest(attributes) as a group by a
      union all select 'year', year::text, count(*)::int from matched where year is not null group by year
      union all select 'objective', o::text, count(*)::int from matched, unnest(objectives) as o group by o)
    select
      (select coalesce(json_agg(json_build_object('id', ${contentItems.id}, 'title', ${contentItems.title},
          'summary', ${contentItems.summary}, 'original_language', ${contentItems.originalLanguage},
          'attributes', ${contentItems.attributes}, 'publisher', ${hubResources.publisher}, 'year', ${contentItems.year},
          'objectives', ${contentItems.objectives}, 'principles', ${contentItems.principles},
          'countries', ${contentItems.countries}, 'is_sample', ${contentItems.isSample})
          order by page.published_at desc nulls last, page.id), '[]')
        from page join ${contentItems} on ${contentItems.type} = 'hub_resource' and ${contentItems.id} = page.id
        join ${hubResources} on ${hubResources.id}::text = page.id) as page,
      (select coalesce(json_agg(facets), '[]') from facets) as facets`);
  const { page, facets } = result.rows[0] ?? { page: [], facets: [] };
  const facetCounts: ResourceFacets = { type: {}, language: {}, year: {}, objective: {} };
  for (const f of facets) {
    const counts = facetCounts[f.facet as keyof ResourceFacets];
    if (counts) counts[f.value] = Number(f.n);
  }
  const items: ResourceListItem[] = page.map((r) => ({
    id: r.id,
    title: r.title,
    summary: r.summary,
    originalLanguage: r.original_language,
    type: attributeValues(r.attributes, 'type')[0] as ResourceType,
    documentLanguages: attributeValues(r.attributes, 'language'),
    publisher: r.publisher,
    year: r.year === null ? null : Number(r.year),
    objectives: r.objectives,
    principles: r.principles,
    countries: r.countries,
    isSample: r.is_sample,
  }));
  const total = Object.values(facetCounts.type).reduce((sum, n) => sum + n, 0);
  return { items, total, facets: facetCounts };
}
