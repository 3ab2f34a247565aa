import { sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { isObjectiveNumber } from './constants';
import { cachedReference } from './reference-cache.server';

export interface ObjectiveDetail {
  number: number;
  code: string;
  title: Translated;
  shortLabel: Translated;
  status: Record<string, string>;
  /** The MPTF thematic area(s) listing this objective (unverified mapping: see `verified`). */
  thematicAreas: { id: number; name: Translated; verified: boolean }[];
  previous: { number: number; shortLabel: Translated } | null;
  next: { number: number; shortLabel: Translated } | null;
  /** The guiding principles, which apply across all objectives (only with `withPrinciples`). */
  principles?: { key: string; paragraph: string; name: Translated }[];
}

/**
 * One objective with what its page shows, in a single query: neighbours for prev/next links,
 * its thematic area(s) and, on request, the guiding principles.
 */
export async function getObjective(options: {
  db?: DbOrTx;
  number: number;
  withPrinciples?: boolean;
}): Promise<ObjectiveDetail | null> {
  const { db, number, withPrinciples = false } = options;
  if (!isObjectiveNumber(number)) return null;
  // Inside a transaction read fresh; otherwise through the short reference cache.
  if (db) return loadObjective(db, number, withPrinciples);
  return cachedReference(`objective:${number}:${withPrinciples}`, () =>
    loadObjective(getDb(), number, withPrinciples),
  );
}

async function loadObjective(
  db: DbOrTx,
  number: number,
  withPrinciples: boolean,
): Promise<ObjectiveDetail | null> {
  const principles = withPrinciples
    ? sql`(select coalesce(json_agg(json_build_object('key', p.key, 'paragraph', p.paragraph, 'name', p.name) order by p.position), '[]'::json) from principles p)`
    : sql`null`;
  const result = await db.execute<{
    number: number;
    code: string;
    title: Translated;
    short_label: Translated;
    status: Record<string, string> | null;
    neighbours: { number: number; shortLabel: Translated }[];
    thematic_areas: ObjectiveDetail['thematicAreas'];
    principles: ObjectiveDetail['principles'] | null;
  }>(sql`
    select o.number, o.code, o.title, o.short_label, o.provenance->'status' as status,
      (select coalesce(json_agg(json_build_object('number', n.number, 'shortLabel', n.short_label) order by n.number), '[]'::json)
         from objectives n where n.number in (o.number - 1, o.number + 1)) as neighbours,
      (select coalesce(json_agg(json_build_object('id', a.id, 'name', a.name, 'verified', a.verified) order by a.id), '[]'::json)
         from thematic_areas a where a.objectives @> jsonb_build_array(o.number)) as thematic_areas,
      ${principles} as principles
    from objectives o where o.number = ${number}`);
  const row = result.rows[0];
  if (!row) return null;
  return {
    number: row.number,
    code: row.code,
    title: row.title,
    shortLabel: row.short_label,
    status: row.status ?? {},
    thematicAreas: row.thematic_areas,
    previous: row.neighbours.find((n) => n.number === number - 1) ?? null,
    next: row.neighbours.find((n) => n.number === number + 1) ?? null,
    ...(row.principles ? { principles: row.principles } : {}),
  };
}
