import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { hubResources, hubReviewAssignments, hubReviewers, type ReviewerGender } from '#db/schema/hub';
import { regions } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { checkCurateHub } from '../hub-policy';
import type { RosterEntry } from './panel-rules';

export const reviewerEntityType = 'hub_reviewer';

export interface ReviewerInput {
  userId: string;
  internal: boolean;
  organisationId: string | null;
  regionId: string;
  gender: ReviewerGender;
  languages: string[];
  objectives: number[];
  active?: boolean;
}

/** A Hub editor puts a person on the roster of peer reviewers (or updates their entry). */
export async function saveReviewer(options: {
  db?: DbOrTx;
  subject: Subject;
  input: ReviewerInput;
  requestId?: string;
}) {
  const { db = getDb(), subject, input } = options;
  checkCurateHub(subject);
  return db.transaction(async (tx) => {
    const [region] = await tx.select({ id: regions.id }).from(regions).where(eq(regions.id, input.regionId));
    if (!region) throw new AppError('invalidChoice', 400, { field: 'regionId', value: input.regionId });
    const values = { ...input, active: input.active ?? true, updatedAt: new Date() };
    const [row] = await tx
      .insert(hubReviewers)
      .values(values)
      .onConflictDoUpdate({ target: hubReviewers.userId, set: values })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'hub.roster.save',
      entityType: reviewerEntityType,
      entityId: input.userId,
      after: row,
      requestId: options.requestId,
    });
    return row!;
  });
}

export interface RosterMember extends RosterEntry {
  name: string;
  gender: ReviewerGender;
}

/**
 * The active roster with each reviewer's current load: reviews assigned and not yet submitted on
 * resources still in review.
 */
export async function loadRoster(db: DbOrTx = getDb()): Promise<RosterMember[]> {
  const [rows, loads] = await readTogether(db, [
    () =>
      db
        .select({
          userId: hubReviewers.userId,
          internal: hubReviewers.internal,
          organisationId: hubReviewers.organisationId,
          regionId: hubReviewers.regionId,
          gender: hubReviewers.gender,
          languages: hubReviewers.languages,
          objectives: hubReviewers.objectives,
          name: users.name,
        })
        .from(hubReviewers)
        .innerJoin(users, eq(users.id, hubReviewers.userId))
        .where(and(eq(hubReviewers.active, true), isNull(users.disabledAt)))
        .orderBy(users.name),
    () =>
      db
        .select({ reviewerId: hubReviewAssignments.reviewerId, n: count() })
        .from(hubReviewAssignments)
        .innerJoin(hubResources, eq(hubResources.id, hubReviewAssignments.resourceId))
        .where(
          and(
            isNull(hubReviewAssignments.submittedAt),
            isNull(hubReviewAssignments.replacedAt),
            eq(hubResources.status, 'in_review'),
          ),
        )
        .groupBy(hubReviewAssignments.reviewerId),
  ]);
  const loadOf = new Map(loads.map((l) => [l.reviewerId, Number(l.n)]));
  return rows.map((r) => ({ ...r, load: loadOf.get(r.userId) ?? 0 }));
}

/** The roster entries of the given users (active or not), for checking a panel. */
export async function rosterEntries(db: DbOrTx, userIds: readonly string[]) {
  if (!userIds.length) return [];
  return db
    .select()
    .from(hubReviewers)
    .where(inArray(hubReviewers.userId, [...userIds]));
}

export interface RosterBalance {
  reviewers: number;
  internal: number;
  external: number;
  byRegion: Record<string, number>;
  byGender: Record<string, number>;
  byLanguage: Record<string, number>;
  /** Reviewers per objective, 0 included for objectives nobody covers. */
  byObjective: Record<number, number>;
}

/** How balanced the roster is: regions, gender, languages and objectives covered. */
export function rosterBalance(
  roster: readonly RosterMember[],
  objectiveNumbers: readonly number[],
): RosterBalance {
  const tally = (values: readonly (string | number)[]) => {
    const out: Record<string, number> = {};
    for (const v of values) out[v] = (out[v] ?? 0) + 1;
    return out;
  };
  const byObjective: Record<number, number> = Object.fromEntries(objectiveNumbers.map((n) => [n, 0]));
  for (const r of roster) for (const o of r.objectives) if (o in byObjective) byObjective[o]! += 1;
  return {
    reviewers: roster.length,
    internal: roster.filter((r) => r.internal).length,
    external: roster.filter((r) => !r.internal).length,
    byRegion: tally(roster.map((r) => r.regionId)),
    byGender: tally(roster.map((r) => r.gender)),
    byLanguage: tally(roster.flatMap((r) => r.languages)),
    byObjective,
  };
}

/** The roster form names the reviewer by e-mail address (hubUnknownUser 400 when nobody has it). */
export async function saveReviewerByEmail(options: {
  db?: DbOrTx;
  subject: Subject;
  email: string;
  input: Omit<ReviewerInput, 'userId'>;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkCurateHub(subject);
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`lower(${users.email}) = ${options.email.trim().toLowerCase()}`)
    .limit(1);
  if (!user) throw new AppError('hubUnknownUser', 400, { field: 'email' });
  return saveReviewer({
    db,
    subject,
    input: { ...options.input, userId: user.id },
    requestId: options.requestId,
  });
}
