import { type SQL, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { contentItems } from '#db/schema/content';
import {
  type DiscussionAudience,
  type DiscussionLanguage,
  hubDiscussionPosts,
  hubDiscussionSpaces,
} from '#db/schema/hub-discussions';
import { readableContent } from '~/modules/content/readable-content.server';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { foldArabic } from '~/platform/text/arabic-fold';

export interface SpaceFilters {
  objective?: number;
  principle?: string;
  country?: string;
  language?: string;
  q?: string;
}

export interface SpaceListItem {
  id: string;
  title: Translated;
  description: Translated;
  originalLanguage: 'ar' | 'en' | null;
  languages: DiscussionLanguage[];
  audience: DiscussionAudience;
  opensAt: Date;
  closesAt: Date;
  objectives: number[];
  principles: string[];
  countries: string[];
  posts: number;
  isSample: boolean;
}

export const spacePageSize = 20;

function conditions(filters: SpaceFilters, subject: Subject): SQL[] {
  const where: SQL[] = [sql`${contentItems.type} = 'discussion'`, readableContent(subject)];
  if (filters.objective)
    where.push(sql`${contentItems.objectives} @> array[${filters.objective}]::integer[]`);
  if (filters.principle) where.push(sql`${contentItems.principles} @> array[${filters.principle}]::text[]`);
  if (filters.country)
    where.push(sql`${contentItems.countries} @> array[${filters.country.toUpperCase()}]::text[]`);
  if (filters.language)
    where.push(sql`${hubDiscussionSpaces.languages} @> array[${filters.language}]::text[]`);
  const q = filters.q ? foldArabic(filters.q).trim().toLowerCase() : '';
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`lower(marsad_fold(coalesce(${contentItems.title}->>'ar', '') || ' ' || coalesce(${contentItems.title}->>'en', '') || ' ' || coalesce(${contentItems.summary}->>'ar', '') || ' ' || coalesce(${contentItems.summary}->>'en', '') || ' ' || coalesce(${contentItems.body}->>'ar', '') || ' ' || coalesce(${contentItems.body}->>'en', ''))) like ${pattern}`,
    );
  }
  return where;
}

const from = sql`${contentItems} join ${hubDiscussionSpaces} on ${hubDiscussionSpaces.id}::text = ${contentItems.id}`;

/**
 * Discussion spaces from the content index that the subject may open (the index's read rule: public,
 * signed-in, or a groups space the subject is a member of), newest opening first, with how many
 * visible posts each holds.
 */
export async function listSpaces(
  options: { db?: DbOrTx; filters?: SpaceFilters; subject?: Subject; limit?: number; offset?: number } = {},
) {
  const {
    db = getDb(),
    filters = {},
    subject = anonymousSubject,
    limit = spacePageSize,
    offset = 0,
  } = options;
  const where = sql.join(conditions(filters, subject), sql` and `);
  const [rows, total] = await readTogether(db, [
    () =>
      db.execute<{
        id: string;
        title: Translated;
        description: Translated;
        original_language: 'ar' | 'en' | null;
        languages: DiscussionLanguage[];
        audience: DiscussionAudience;
        opens_at: string | Date;
        closes_at: string | Date;
        objectives: number[];
        principles: string[];
        countries: string[];
        posts: number;
        is_sample: boolean;
      }>(sql`select ${contentItems.id} as id, ${contentItems.title} as title, ${contentItems.summary} as description,
        ${contentItems.originalLanguage} as original_language, ${hubDiscussionSpaces.languages} as languages,
        ${hubDiscussionSpaces.audience} as audience, ${hubDiscussionSpaces.opensAt} as opens_at,
        ${hubDiscussionSpaces.closesAt} as closes_at, ${contentItems.objectives} as objectives,
        ${contentItems.principles} as principles, ${contentItems.countries} as countries,
        (select count(*)::int from ${hubDiscussionPosts} p where p.space_id = ${hubDiscussionSpaces.id} and p.hidden_at is null) as posts,
        ${contentItems.isSample} as is_sample
      from ${from} where ${where}
      order by ${hubDiscussionSpaces.opensAt} desc, ${contentItems.id}
      limit ${limit} offset ${offset}`),
    () => db.execute<{ n: number }>(sql`select count(*)::int as n from ${from} where ${where}`),
  ]);
  const items: SpaceListItem[] = rows.rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    originalLanguage: r.original_language,
    languages: r.languages,
    audience: r.audience,
    opensAt: new Date(r.opens_at),
    closesAt: new Date(r.closes_at),
    objectives: r.objectives,
    principles: r.principles,
    countries: r.countries,
    posts: Number(r.posts),
    isSample: r.is_sample,
  }));
  return { items, total: Number(total.rows[0]?.n ?? 0) };
}
