import { and, asc, count, eq } from 'drizzle-orm';
import { regionMembers, regions } from '#db/schema/reference';
import {
  reviewCycleStates,
  reviewCycles,
  reviewMilestones,
  reviews,
  reviewTemplateSections,
  reviewTemplates,
} from '#db/schema/reviews';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { present } from '~/platform/forms/fields';
import { isUuid } from '~/platform/uuid';
import type { CycleRow } from '../review-records.server';
import type { CycleInput } from './cycle-schema';

/** The content type key of cycles in the audit log. */
export const cycleEntityType = 'review_cycle';

export async function loadCycle(
  db: DbOrTx,
  cycleId: string,
  options: { forUpdate?: boolean } = {},
): Promise<CycleRow> {
  if (!isUuid(cycleId)) throw notFound();
  const query = db.select().from(reviewCycles).where(eq(reviewCycles.id, cycleId));
  const [cycle] = options.forUpdate ? await query.for('update') : await query;
  if (!cycle) throw notFound();
  return cycle;
}

/** The member states of a region (for LAS, its 22 members), as the reference data records them. */
export async function regionMemberIsos(db: DbOrTx, regionId: string): Promise<Set<string>> {
  const rows = await db
    .select({ iso3: regionMembers.countryIso3 })
    .from(regionMembers)
    .where(eq(regionMembers.regionId, regionId));
  return new Set(rows.map((r) => r.iso3));
}

export async function regionExists(db: DbOrTx, regionId: string): Promise<boolean> {
  const [row] = await db.select({ id: regions.id }).from(regions).where(eq(regions.id, regionId)).limit(1);
  return Boolean(row);
}

/** What the cycle rules need to know of a template version: published? answers objectives? */
export async function templateFacts(db: DbOrTx, templateId: string) {
  const [template] = await db
    .select({ status: reviewTemplates.status })
    .from(reviewTemplates)
    .where(eq(reviewTemplates.id, templateId));
  if (!template) return null;
  const [{ n } = { n: 0 }] = await db
    .select({ n: count() })
    .from(reviewTemplateSections)
    .where(
      and(eq(reviewTemplateSections.templateId, templateId), eq(reviewTemplateSections.kind, 'objective')),
    );
  return { status: template.status, objectiveSections: Number(n) };
}

export const cycleStatesOf = async (db: DbOrTx, cycleId: string) =>
  (
    await db
      .select({ iso3: reviewCycleStates.countryIso3 })
      .from(reviewCycleStates)
      .where(eq(reviewCycleStates.cycleId, cycleId))
      .orderBy(asc(reviewCycleStates.countryIso3))
  ).map((r) => r.iso3);

export const cycleMilestonesOf = (db: DbOrTx, cycleId: string) =>
  db
    .select()
    .from(reviewMilestones)
    .where(eq(reviewMilestones.cycleId, cycleId))
    .orderBy(asc(reviewMilestones.position));

/** The columns of a cycle row that come from the form. */
export const cycleColumns = (input: CycleInput) => ({
  regionId: input.regionId,
  title: input.title,
  description: input.description,
  partners: input.partners,
  templateId: input.templateId,
  submissionDeadline: input.submissionDeadline,
});

/** Replaces the cycle's states and milestones with the form's (milestones keep the order given). */
export async function writeCycleChildren(tx: DbOrTx, cycleId: string, input: CycleInput) {
  await tx.delete(reviewCycleStates).where(eq(reviewCycleStates.cycleId, cycleId));
  if (input.states.length) {
    await tx.insert(reviewCycleStates).values(input.states.map((countryIso3) => ({ cycleId, countryIso3 })));
  }
  await tx.delete(reviewMilestones).where(eq(reviewMilestones.cycleId, cycleId));
  const milestones = present(input.milestones);
  if (milestones.length) {
    await tx.insert(reviewMilestones).values(
      milestones.map((m, position) => ({
        cycleId,
        position,
        kind: m.kind,
        title: m.title,
        startsOn: m.startsOn,
        endsOn: m.endsOn ?? null,
        location: m.location,
        summary: m.summary,
      })),
    );
  }
}

/** The cycle as the audit trail keeps it: columns, states, milestones. */
export async function cycleSnapshot(db: DbOrTx, cycle: CycleRow) {
  const [states, milestones] = await readTogether(db, [
    () => cycleStatesOf(db, cycle.id),
    () => cycleMilestonesOf(db, cycle.id),
  ]);
  return {
    ...cycle,
    states,
    milestones: milestones.map(({ id: _id, cycleId: _c, ...m }) => m),
  };
}

/** The states of the cycle that have a review (national), so they cannot leave its scope. */
export async function statesWithReviews(db: DbOrTx, cycleId: string): Promise<Set<string>> {
  const rows = await db
    .select({ iso3: reviews.countryIso3 })
    .from(reviews)
    .where(and(eq(reviews.cycleId, cycleId), eq(reviews.kind, 'national')));
  return new Set(rows.map((r) => r.iso3).filter((x): x is string => Boolean(x)));
}

export async function cycleHasReviews(db: DbOrTx, cycleId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: reviews.id })
    .from(reviews)
    .where(eq(reviews.cycleId, cycleId))
    .limit(1);
  return Boolean(row);
}
