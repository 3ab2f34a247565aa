import { and, asc, eq } from 'drizzle-orm';
import { countries } from '#db/schema/reference';
import { type ReviewStatus, reviewCycleStates, reviews } from '#db/schema/reviews';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { canSeeCycle, canTrackCycle } from '../cycles/cycle-policy';
import { loadCycle } from '../cycles/cycle-records.server';
import { daysUntil } from '../cycles/cycle-rules';

/** A state's place in the cycle: no review yet, or its review's status. */
export const trackerStatuses = [
  'not_started',
  'drafting',
  'returned',
  'submitted',
  'acknowledged',
  'published',
] as const;
export type TrackerStatus = (typeof trackerStatuses)[number];

export interface TrackerRow {
  iso3: string;
  name: { ar?: string; en?: string };
  status: TrackerStatus;
  reviewId: string | null;
  submittedAt: Date | null;
  updatedAt: Date | null;
}

/**
 * The submission tracker of a cycle, for its secretariat (and the Network secretariat and
 * administrators): every state in scope with its review's status, the counts per status, the
 * deadline and the whole days left (negative once passed).
 */
export async function getTracker(options: { db?: DbOrTx; subject: Subject; cycleId: string; now?: Date }) {
  const { db = getDb(), subject } = options;
  const cycle = await loadCycle(db, options.cycleId);
  if (!canSeeCycle(subject, cycle)) throw notFound();
  if (!canTrackCycle(subject, cycle)) throw forbidden();
  const [states, national] = await readTogether(db, [
    () =>
      db
        .select({ iso3: countries.iso3, name: countries.name })
        .from(reviewCycleStates)
        .innerJoin(countries, eq(countries.iso3, reviewCycleStates.countryIso3))
        .where(eq(reviewCycleStates.cycleId, cycle.id))
        .orderBy(asc(countries.iso3)),
    () =>
      db
        .select({
          id: reviews.id,
          countryIso3: reviews.countryIso3,
          status: reviews.status,
          submittedAt: reviews.submittedAt,
          updatedAt: reviews.updatedAt,
        })
        .from(reviews)
        .where(and(eq(reviews.cycleId, cycle.id), eq(reviews.kind, 'national'))),
  ]);
  const byState = new Map(national.map((r) => [r.countryIso3!, r]));
  const rows: TrackerRow[] = states.map((s) => {
    const review = byState.get(s.iso3);
    return {
      iso3: s.iso3,
      name: s.name,
      status: review ? (review.status as ReviewStatus) : 'not_started',
      reviewId: review?.id ?? null,
      submittedAt: review?.submittedAt ?? null,
      updatedAt: review?.updatedAt ?? null,
    };
  });
  const counts = Object.fromEntries(trackerStatuses.map((s) => [s, 0])) as Record<TrackerStatus, number>;
  for (const row of rows) counts[row.status]++;
  const deadline = cycle.submissionDeadline;
  return {
    cycle,
    rows,
    counts,
    deadline,
    daysLeft: deadline ? daysUntil(deadline, options.now ?? new Date()) : null,
  };
}
export type Tracker = Awaited<ReturnType<typeof getTracker>>;
