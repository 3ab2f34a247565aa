import { count, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { objectives } from '#db/schema/reference';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

export interface ObjectiveListItem {
  number: number;
  code: string;
  title: Translated;
  shortLabel: Translated;
  /** Status notes of the labels ("title.ar" → "working translation; …"), when asked for. */
  status?: Record<string, string>;
}

/** The objectives in number order, a page of them when limit/offset are given, with the total. */
export async function listObjectives(
  options: { db?: DbOrTx; limit?: number; offset?: number; withStatus?: boolean; withTitle?: boolean } = {},
): Promise<{ items: ObjectiveListItem[]; total: number }> {
  const { db = getDb(), limit = 100, offset = 0, withStatus = false, withTitle = true } = options;
  const [items, [totalRow]] = await readTogether(db, [
    () =>
      db
        .select({
          number: objectives.number,
          code: objectives.code,
          title: withTitle ? objectives.title : sql<Translated>`'{}'::jsonb`,
          shortLabel: objectives.shortLabel,
          ...(withStatus
            ? {
                status: sql<
                  Record<string, string>
                >`coalesce(${objectives.provenance}->'status', '{}'::jsonb)`,
              }
            : {}),
        })
        .from(objectives)
        .orderBy(objectives.number)
        .limit(limit)
        .offset(offset),
    () => db.select({ n: count() }).from(objectives),
  ]);
  return { items, total: totalRow?.n ?? 0 };
}
