import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Locale, Translated } from '#db/schema/columns';
import { contentItems } from '#db/schema/content';
import type { ContentTypeKey } from '~/modules/content/content-type-keys';
import { publicContent } from '~/modules/content/readable-content.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/**
 * Items of every registered content type, as the content index holds them, for GET /api/v1/content:
 * only what an anonymous reader may open (a restricted or signed-in item is simply not found), newest
 * first. The same rows the datasets stream, one page at a time.
 */
export interface ContentFilters {
  type?: ContentTypeKey;
  objective?: number;
  principle?: string;
  country?: string;
  region?: string;
  year?: number;
}

const both = (t: Translated) => ({ ar: t.ar ?? null, en: t.en ?? null });

/** The columns of an indexed item that open data publishes (the API's items, the datasets). */
export const publishedItemColumns = {
  type: contentItems.type,
  id: contentItems.id,
  status: contentItems.status,
  originalLanguage: contentItems.originalLanguage,
  title: contentItems.title,
  summary: contentItems.summary,
  objectives: contentItems.objectives,
  principles: contentItems.principles,
  countries: contentItems.countries,
  regions: contentItems.regions,
  year: contentItems.year,
  publishedAt: contentItems.publishedAt,
  updatedAt: contentItems.updatedAt,
  path: contentItems.path,
  isSample: contentItems.isSample,
};

type Row = {
  type: string;
  id: string;
  status: string;
  originalLanguage: Locale | null;
  title: Translated;
  summary: Translated;
  objectives: number[];
  principles: string[];
  countries: string[];
  regions: string[];
  year: number | null;
  publishedAt: Date | null;
  updatedAt: Date;
  path: string;
  isSample: boolean;
};

/** One item in the API's shape: texts as {ar, en}, tags as numbers and keys, its page in each language. */
export function presentContentItem(row: Row, origin: string) {
  return {
    type: row.type,
    id: row.id,
    status: row.status,
    originalLanguage: row.originalLanguage,
    title: both(row.title),
    summary: both(row.summary),
    objectives: [...row.objectives].sort((a, b) => a - b),
    principles: [...row.principles].sort(),
    countries: [...row.countries].sort(),
    regions: [...row.regions].sort(),
    year: row.year,
    publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null,
    updatedAt: new Date(row.updatedAt).toISOString(),
    url: { ar: `${origin}/ar${row.path}`, en: `${origin}/en${row.path}` },
    isSample: row.isSample,
  };
}

function conditions(filters: ContentFilters): SQL[] {
  const out: SQL[] = [publicContent];
  if (filters.type) out.push(eq(contentItems.type, filters.type));
  if (filters.objective) out.push(sql`${contentItems.objectives} @> array[${filters.objective}]::integer[]`);
  if (filters.principle) out.push(sql`${contentItems.principles} @> array[${filters.principle}]::text[]`);
  if (filters.country) out.push(sql`${contentItems.countries} @> array[${filters.country}]::text[]`);
  if (filters.region) out.push(sql`${contentItems.regions} @> array[${filters.region}]::text[]`);
  if (filters.year) out.push(eq(contentItems.year, filters.year));
  return out;
}

export async function listPublicContent(options: {
  db?: DbOrTx;
  filters?: ContentFilters;
  origin: string;
  limit: number;
  offset: number;
}) {
  const { db = getDb(), filters = {}, origin, limit, offset } = options;
  const where = and(...conditions(filters));
  const [rows, [counted]] = await readTogether(db, [
    () =>
      db
        .select(publishedItemColumns)
        .from(contentItems)
        .where(where)
        .orderBy(
          sql`${contentItems.publishedAt} desc nulls last`,
          desc(contentItems.updatedAt),
          asc(contentItems.type),
          asc(contentItems.id),
        )
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(contentItems)
        .where(where),
  ]);
  return { items: rows.map((r) => presentContentItem(r as Row, origin)), total: counted?.n ?? 0 };
}

/** One public item with its full text (`body`), or null (unknown, or not public). */
export async function getPublicContentItem(options: {
  db?: DbOrTx;
  type: ContentTypeKey;
  id: string;
  origin: string;
}) {
  const { db = getDb(), type, id, origin } = options;
  const [row] = await db
    .select({ ...publishedItemColumns, body: contentItems.body })
    .from(contentItems)
    .where(and(publicContent, eq(contentItems.type, type), eq(contentItems.id, id)))
    .limit(1);
  if (!row) return null;
  return { ...presentContentItem(row as Row, origin), body: both(row.body) };
}
