import { and, eq, inArray, isNull } from 'drizzle-orm';
import { hubResources, hubReviewAssignments } from '#db/schema/hub';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { isUuid } from '~/platform/uuid';

export type ResourceRow = typeof hubResources.$inferSelect;
export type AssignmentRow = typeof hubReviewAssignments.$inferSelect;

/** The resource, locked for update when asked (404 for a malformed or unknown id). */
export async function loadResource(
  db: DbOrTx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ResourceRow> {
  if (!isUuid(id)) throw notFound();
  const query = db.select().from(hubResources).where(eq(hubResources.id, id)).limit(1);
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw notFound();
  return row;
}

/** The active (not replaced) reviewers of the resource's current round, in the order they were assigned. */
export async function loadActiveAssignments(db: DbOrTx, resource: Pick<ResourceRow, 'id' | 'round'>) {
  return db
    .select()
    .from(hubReviewAssignments)
    .where(
      and(
        eq(hubReviewAssignments.resourceId, resource.id),
        eq(hubReviewAssignments.round, resource.round),
        isNull(hubReviewAssignments.replacedAt),
      ),
    )
    .orderBy(hubReviewAssignments.createdAt, hubReviewAssignments.id);
}

/** One assignment with its resource (404 when either is unknown). */
export async function loadAssignment(db: DbOrTx, id: string, options: { lock?: boolean } = {}) {
  if (!isUuid(id)) throw notFound();
  const query = db.select().from(hubReviewAssignments).where(eq(hubReviewAssignments.id, id)).limit(1);
  const [assignment] = options.lock ? await query.for('update') : await query;
  if (!assignment) throw notFound();
  const resource = await loadResource(db, assignment.resourceId, options);
  return { assignment, resource };
}

/** Active assignments of many resources (their current rounds), by resource id. */
export async function activeAssignmentsOf(
  db: DbOrTx,
  resources: readonly Pick<ResourceRow, 'id' | 'round'>[],
) {
  const out = new Map<string, AssignmentRow[]>();
  if (!resources.length) return out;
  const rows = await db
    .select()
    .from(hubReviewAssignments)
    .where(
      and(
        inArray(
          hubReviewAssignments.resourceId,
          resources.map((r) => r.id),
        ),
        isNull(hubReviewAssignments.replacedAt),
      ),
    )
    .orderBy(hubReviewAssignments.createdAt, hubReviewAssignments.id);
  const roundOf = new Map(resources.map((r) => [r.id, r.round]));
  for (const row of rows) {
    if (roundOf.get(row.resourceId) !== row.round) continue;
    out.set(row.resourceId, [...(out.get(row.resourceId) ?? []), row]);
  }
  return out;
}

/** Refuses a save based on an old version of the resource. */
export function checkVersion(resource: ResourceRow, expectedVersion: number | undefined) {
  if (expectedVersion !== undefined && resource.version !== expectedVersion) {
    throw new AppError('staleVersion', 409, {}, resource);
  }
}
