import { type SQL, sql } from 'drizzle-orm';
import type { Locale, Translated } from '#db/schema/columns';
import { contentItems } from '#db/schema/content';
import { hubPractices, type PracticeStage } from '#db/schema/hub-practices';
import { publicContent } from '~/modules/content/readable-content.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { foldArabic } from '~/platform/text/arabic-fold';
import { implementedAfterDecember2018 } from './practice-rules';

export interface PracticeFilters {
  objective?: number;
  principle?: string;
  country?: string;
  region?: string;
  stage?: PracticeStage;
  promising?: boolean;
  /** A language the practice is described in (its summary). */
  language?: Locale;
  callId?: string;
  q?: string;
}

/** A published practice as lists and the API show it: never its contact person. */
export interface PracticeListItem {
  id: string;
  title: Translated;
  summary: Translated;
  originalLanguage: Locale | null;
  stage: PracticeStage;
  promising: boolean;
  implementers: string;
  startDate: string;
  endDate: string | null;
  afterDecember2018: boolean;
  isGlobal: boolean;
  callId: string | null;
  objectives: number[];
  principles: string[];
  countries: string[];
  regions: string[];
  publishedAt: Date | null;
  isSample: boolean;
}

export const practicePageSize = 20;

/** The conditions of a filter on the index rows of approved practices (joined with their source rows). */
function conditions(filters: PracticeFilters): SQL[] {
  const where: SQL[] = [publicContent, sql`${contentItems.type} = 'hub_practice'`];
  if (filters.objective)
    where.push(sql`${contentItems.objectives} @> array[${filters.objective}]::integer[]`);
  if (filters.principle) where.push(sql`${contentItems.principles} @> array[${filters.principle}]::text[]`);
  if (filters.country)
    where.push(sql`${contentItems.countries} @> array[${filters.country.toUpperCase()}]::text[]`);
  if (filters.region) where.push(sql`${contentItems.regions} @> array[${filters.region}]::text[]`);
  if (filters.stage) where.push(sql`${hubPractices.stage} = ${filters.stage}`);
  if (filters.promising !== undefined) where.push(sql`${hubPractices.promising} = ${filters.promising}`);
  if (filters.language) where.push(sql`${hubPractices.summary} ? ${filters.language}`);
  if (filters.callId) where.push(sql`${hubPractices.callId} = ${filters.callId}`);
  const q = filters.q ? foldArabic(filters.q).trim().toLowerCase() : '';
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`lower(marsad_fold(coalesce(${contentItems.title}->>'ar', '') || ' ' || coalesce(${contentItems.title}->>'en', '') || ' ' || coalesce(${contentItems.summary}->>'ar', '') || ' ' || coalesce(${contentItems.summary}->>'en', '') || ' ' || ${hubPractices.implementers})) like ${pattern}`,
    );
  }
  return where;
}

const from = sql`${contentItems} join ${hubPractices} on ${hubPractices.id}::text = ${contentItems.id}`;

/**
 * Approved practices (what anyone may open, from the content index), promising first then newest, with
 * the total within the same filters.
 */
export async function listPractices(
  options: { db?: DbOrTx; filters?: PracticeFilters; limit?: number; offset?: number } = {},
) {
  const { db = getDb(), filters = {}, limit = practicePageSize, offset = 0 } = options;
  const where = sql.join(conditions(filters), sql` and `);
  const [rows, total] = await readTogether(db, [
    () =>
      db.execute<{
        id: string;
        title: Translated;
        summary: Translated;
        original_language: Locale | null;
        stage: PracticeStage;
        promising: boolean;
        implementers: string;
        start_date: string;
        end_date: string | null;
        is_global: boolean;
        call_id: string | null;
        objectives: number[];
        principles: string[];
        countries: string[];
        regions: string[];
        published_at: Date | string | null;
        is_sample: boolean;
      }>(sql`select ${contentItems.id} as id, ${contentItems.title} as title, ${contentItems.summary} as summary,
        ${contentItems.originalLanguage} as original_language, ${hubPractices.stage} as stage,
        ${hubPractices.promising} as promising, ${hubPractices.implementers} as implementers,
        ${hubPractices.startDate}::text as start_date, ${hubPractices.endDate}::text as end_date,
        ${hubPractices.isGlobal} as is_global, ${hubPractices.callId}::text as call_id,
        ${contentItems.objectives} as objectives, ${contentItems.principles} as principles,
        ${contentItems.countries} as countries, ${contentItems.regions} as regions,
        ${contentItems.publishedAt} as published_at, ${contentItems.isSample} as is_sample
      from ${from} where ${where}
      order by ${hubPractices.promising} desc, ${contentItems.publishedAt} desc nulls last, ${contentItems.id}
      limit ${limit} offset ${offset}`),
    () => db.execute<{ n: number }>(sql`select count(*)::int as n from ${from} where ${where}`),
  ]);
  const items: PracticeListItem[] = rows.rows.map((r) => ({
    id: r.id,
    title: r.title,
    summary: r.summary,
    originalLanguage: r.original_language,
    stage: r.stage,
    promising: r.promising,
    implementers: r.implementers,
    startDate: r.start_date,
    endDate: r.end_date,
    afterDecember2018: implementedAfterDecember2018({ startDate: r.start_date, endDate: r.end_date }),
    isGlobal: r.is_global,
    callId: r.call_id,
    objectives: r.objectives,
    principles: r.principles,
    countries: r.countries,
    regions: r.regions,
    publishedAt: r.published_at === null ? null : new Date(r.published_at),
    isSample: r.is_sample,
  }));
  return { items, total: Number(total.rows[0]?.n ?? 0) };
}
