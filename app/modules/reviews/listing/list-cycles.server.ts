import { and, asc, count, desc, eq, inArray, max, min, ne, or, type SQL, sql } from 'drizzle-orm';
import { regions } from '#db/schema/reference';
import {
  reviewCycleStates,
  reviewCycles,
  reviewMilestones,
  reviews,
  reviewTemplates,
} from '#db/schema/reviews';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { managedRegionIds } from '../cycles/cycle-policy';

/** Open and closed cycles for everyone; drafts too for the secretariat of their region. */
function visibleTo(subject: Subject | null): SQL {
  const open = ne(reviewCycles.status, 'draft');
  if (!subject) return open;
  const managed = managedRegionIds(subject);
  if (managed === 'any') return sql`true`;
  return managed.length ? or(open, inArray(reviewCycles.regionId, managed))! : open;
}

export interface CycleListItem {
  id: string;
  regionId: string;
  regionName: { ar?: string; en?: string };
  title: { ar?: string; en?: string };
  status: 'draft' | 'open' | 'closed';
  submissionDeadline: string | null;
  templateId: string | null;
  templateVersion: number | null;
  /** First and last milestone dates (YYYY-MM-DD), null without milestones. */
  startsOn: string | null;
  endsOn: string | null;
  stateCount: number;
  publishedNational: number;
  publishedParallel: number;
  isSample: boolean;
  createdAt: Date;
}

/**
 * Review cycles the subject may see (null subject: the public, as the API answers), newest first
 * (by their first milestone, else creation), with their period and counts.
 */
export async function listCycles(options: {
  db?: DbOrTx;
  subject: Subject | null;
  limit: number;
  offset: number;
}): Promise<{ items: CycleListItem[]; total: number }> {
  const { db = getDb() } = options;
  const where = visibleTo(options.subject);
  const period = db
    .select({
      cycleId: reviewMilestones.cycleId,
      startsOn: min(reviewMilestones.startsOn).as('starts_on'),
      endsOn: max(sql<string>`coalesce(${reviewMilestones.endsOn}, ${reviewMilestones.startsOn})`).as(
        'ends_on',
      ),
    })
    .from(reviewMilestones)
    .groupBy(reviewMilestones.cycleId)
    .as('period');
  const [rows, [{ total } = { total: 0 }]] = await readTogether(db, [
    () =>
      db
        .select({
          id: reviewCycles.id,
          regionId: reviewCycles.regionId,
          regionName: regions.name,
          title: reviewCycles.title,
          status: reviewCycles.status,
          submissionDeadline: reviewCycles.submissionDeadline,
          templateId: reviewCycles.templateId,
          templateVersion: reviewTemplates.versionNumber,
          startsOn: period.startsOn,
          endsOn: period.endsOn,
          isSample: reviewCycles.isSample,
          createdAt: reviewCycles.createdAt,
        })
        .from(reviewCycles)
        .innerJoin(regions, eq(regions.id, reviewCycles.regionId))
        .leftJoin(reviewTemplates, eq(reviewTemplates.id, reviewCycles.templateId))
        .leftJoin(period, eq(period.cycleId, reviewCycles.id))
        .where(where)
        .orderBy(
          desc(sql`coalesce(${period.startsOn}, ${reviewCycles.createdAt}::date)`),
          desc(reviewCycles.createdAt),
          asc(reviewCycles.id),
        )
        .limit(options.limit)
        .offset(options.offset),
    () => db.select({ total: count() }).from(reviewCycles).where(where),
  ]);
  const ids = rows.map((r) => r.id);
  const [stateCounts, reviewCounts] = ids.length
    ? await readTogether(db, [
        () =>
          db
            .select({ cycleId: reviewCycleStates.cycleId, n: count() })
            .from(reviewCycleStates)
            .where(inArray(reviewCycleStates.cycleId, ids))
            .groupBy(reviewCycleStates.cycleId),
        () =>
          db
            .select({ cycleId: reviews.cycleId, kind: reviews.kind, n: count() })
            .from(reviews)
            .where(and(inArray(reviews.cycleId, ids), eq(reviews.status, 'published')))
            .groupBy(reviews.cycleId, reviews.kind),
      ])
    : [[], []];
  const states = new Map(stateCounts.map((s) => [s.cycleId, Number(s.n)]));
  const published = (id: string, kind: string) =>
    Number(reviewCounts.find((r) => r.cycleId === id && r.kind === kind)?.n ?? 0);
  return {
    total: Number(total),
    items: rows.map((r) => ({
      ...r,
      startsOn: r.startsOn ? String(r.startsOn) : null,
      endsOn: r.endsOn ? String(r.endsOn) : null,
      stateCount: states.get(r.id) ?? 0,
      publishedNational: published(r.id, 'national'),
      publishedParallel: published(r.id, 'parallel'),
    })),
  };
}
