import { eq, inArray } from 'drizzle-orm';
import { mechanismActivities, mechanismActivityEntityType } from '#db/schema/instruments';
import { countries } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, notFound, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { checkRecordActivity } from '../instruments-policy';
import { type ActivityInput, parseActivity } from '../instruments-schema';
import { syncActivities } from './activity-content.server';
import { findMechanism, mechanismScope } from './mechanism-records.server';

/** Every state named must exist (refused beside `countries`). */
export async function checkActivityCountries(tx: DbOrTx, input: Pick<ActivityInput, 'countries'>) {
  if (!input.countries.length) return;
  const found = await tx
    .select({ iso3: countries.iso3 })
    .from(countries)
    .where(inArray(countries.iso3, input.countries));
  const known = new Set(found.map((c) => c.iso3));
  const unknown = input.countries.filter((c) => !known.has(c));
  if (unknown.length)
    throw fieldRefusal('countries', 'unknownCountries', { params: { codes: unknown.join(', ') } });
}

/**
 * Records an activity in a mechanism's database of regional activities in support of the GCM
 * (title, date, states, objectives, aims, outputs), as a draft or published; the content index
 * counts it (coverage radar) once published.
 */
export async function recordActivity(options: {
  db?: DbOrTx;
  subject: Subject;
  mechanismKey: string;
  input: unknown;
  isSample?: boolean;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const mechanism = await findMechanism({ db, subject, key: options.mechanismKey });
  if (!mechanism) throw notFound();
  checkRecordActivity(subject, await mechanismScope(db, mechanism));
  const { countries: states, objectives, version: _version, ...input } = parseActivity(options.input);
  return db.transaction(async (tx) => {
    await checkActivityCountries(tx, { countries: states });
    const [activity] = await tx
      .insert(mechanismActivities)
      .values({
        ...input,
        mechanismId: mechanism.id,
        createdBy: subject.userId,
        isSample: options.isSample ?? false,
      })
      .returning();
    await setTags({
      db: tx,
      entityType: mechanismActivityEntityType,
      entityId: activity!.id,
      tags: { objectives, countries: states },
    });
    await syncActivities(tx, [activity!.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'mechanism_activity.create',
      entityType: mechanismActivityEntityType,
      entityId: activity!.id,
      after: { ...activity, objectives, countries: states },
      requestId: options.requestId,
    });
    return activity!;
  });
}

/** Corrects an activity (any field, publish or back to draft): versioned and audited. */
export async function updateActivity(options: {
  db?: DbOrTx;
  subject: Subject;
  activityId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const [current] = await db
    .select({ mechanismId: mechanismActivities.mechanismId })
    .from(mechanismActivities)
    .where(eq(mechanismActivities.id, options.activityId));
  if (!current) throw notFound();
  const mechanism = await findMechanism({ db, subject, key: current.mechanismId });
  if (!mechanism) throw notFound();
  checkRecordActivity(subject, await mechanismScope(db, mechanism));
  const { countries: states, objectives, version, ...input } = parseActivity(options.input);
  if (version === undefined) throw fieldRefusal('version', 'invalidFormat');
  return db.transaction(async (tx) => {
    await checkActivityCountries(tx, { countries: states });
    const { before, after } = await updateVersioned({
      db: tx,
      table: mechanismActivities,
      where: eq(mechanismActivities.id, options.activityId),
      expectedVersion: version,
      set: input,
    });
    await setTags({
      db: tx,
      entityType: mechanismActivityEntityType,
      entityId: after.id,
      tags: { objectives, countries: states },
    });
    await syncActivities(tx, [after.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'mechanism_activity.update',
      entityType: mechanismActivityEntityType,
      entityId: after.id,
      before,
      after: { ...after, objectives, countries: states },
      requestId: options.requestId,
    });
    return after;
  });
}

/**
 * Deletes an activity recorded by mistake: for those who may record the mechanism's activities
 * (checked before anything else), only at the version the user saw; its tags go with it, the index
 * (and so the coverage radar) drops it, and the audit keeps the row as it was.
 */
export async function deleteActivity(options: {
  db?: DbOrTx;
  subject: Subject;
  activityId: string;
  expectedVersion: number;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const [current] = await db
    .select({ mechanismId: mechanismActivities.mechanismId })
    .from(mechanismActivities)
    .where(eq(mechanismActivities.id, options.activityId));
  if (!current) throw notFound();
  const mechanism = await findMechanism({ db, subject, key: current.mechanismId });
  if (!mechanism) throw notFound();
  checkRecordActivity(subject, await mechanismScope(db, mechanism));
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(mechanismActivities)
      .where(eq(mechanismActivities.id, options.activityId))
      .for('update');
    if (!before) throw notFound();
    if (before.version !== options.expectedVersion) throw staleVersion(before);
    await setTags({
      db: tx,
      entityType: mechanismActivityEntityType,
      entityId: before.id,
      tags: { objectives: [], countries: [] },
    });
    await tx.delete(mechanismActivities).where(eq(mechanismActivities.id, before.id));
    await syncActivities(tx, [before.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'mechanism_activity.delete',
      entityType: mechanismActivityEntityType,
      entityId: before.id,
      before,
      requestId: options.requestId,
    });
    return { mechanismSlug: mechanism.slug };
  });
}
