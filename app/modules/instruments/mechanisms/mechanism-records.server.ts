import { and, asc, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import {
  mechanismActivities,
  mechanismActivityEntityType,
  mechanismChairs,
  mechanismMeetings,
  mechanisms,
} from '#db/schema/instruments';
import { meetings } from '#db/schema/meetings';
import { regionMembers } from '#db/schema/reference';
import { getTags } from '~/modules/tagging/get-tags.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { canManageInstruments, canRecordActivity, type MechanismScope } from '../instruments-policy';
import { orderChairs } from './chair-history';

export type MechanismRow = typeof mechanisms.$inferSelect;

const visible = (subject: Subject | null): SQL | undefined =>
  subject && canManageInstruments(subject) ? undefined : eq(mechanisms.status, 'published');

/** The registry, by kind then acronym/slug; published only unless the subject keeps it. */
export async function listMechanisms(options: { db?: DbOrTx; subject?: Subject | null } = {}) {
  const { db = getDb(), subject = null } = options;
  return db
    .select()
    .from(mechanisms)
    .where(visible(subject))
    .orderBy(asc(mechanisms.kind), asc(mechanisms.slug));
}

/** A mechanism by its slug (or id), or null when absent or not visible to the subject. */
export async function findMechanism(options: { db?: DbOrTx; subject?: Subject | null; key: string }) {
  const { db = getDb(), subject = null } = options;
  const key: string = options.key;
  const by = isUuid(key) ? eq(mechanisms.id, key) : eq(mechanisms.slug, String(key).toLowerCase());
  const [row] = await db
    .select()
    .from(mechanisms)
    .where(and(by, visible(subject)));
  return row ?? null;
}

/** The regions a mechanism reaches for access: its own grouping and every region of its member states. */
export async function mechanismScope(
  db: DbOrTx,
  mechanism: Pick<MechanismRow, 'regionId' | 'memberStates'>,
): Promise<MechanismScope> {
  const regions = new Set<string>(mechanism.regionId ? [mechanism.regionId] : []);
  if (mechanism.memberStates.length) {
    const rows = await db
      .selectDistinct({ id: regionMembers.regionId })
      .from(regionMembers)
      .where(inArray(regionMembers.countryIso3, mechanism.memberStates));
    for (const r of rows) regions.add(r.id);
  }
  return { regions: [...regions].sort() };
}

/**
 * A mechanism's page: its chairs (current first), its activities (published ones; drafts too for
 * those who may record them), its meetings on the platform (published or cancelled) and whether
 * the subject may record activities or keep the entry.
 */
export async function mechanismDetail(options: { db?: DbOrTx; subject: Subject; mechanism: MechanismRow }) {
  const { db = getDb(), subject, mechanism } = options;
  const scope = await mechanismScope(db, mechanism);
  const mayRecord = canRecordActivity(subject, scope);
  const [chairs, activities, linkedMeetings] = await readTogether(db, [
    () => db.select().from(mechanismChairs).where(eq(mechanismChairs.mechanismId, mechanism.id)),
    () =>
      db
        .select()
        .from(mechanismActivities)
        .where(
          and(
            eq(mechanismActivities.mechanismId, mechanism.id),
            mayRecord ? undefined : eq(mechanismActivities.status, 'published'),
          ),
        )
        .orderBy(desc(mechanismActivities.heldOn), desc(mechanismActivities.createdAt)),
    () =>
      db
        .select({
          id: meetings.id,
          title: meetings.title,
          startsOn: meetings.startsOn,
          status: meetings.status,
        })
        .from(mechanismMeetings)
        .innerJoin(meetings, eq(meetings.id, mechanismMeetings.meetingId))
        .where(and(eq(mechanismMeetings.mechanismId, mechanism.id), ne(meetings.status, 'draft')))
        .orderBy(desc(meetings.startsOn)),
  ]);
  const tags = await getTags({
    db,
    entityType: mechanismActivityEntityType,
    entityIds: activities.map((a) => a.id),
  });
  return {
    chairs: orderChairs(chairs),
    activities: activities.map((a) => ({
      ...a,
      objectives: tags.get(a.id)?.objectives ?? [],
      countries: tags.get(a.id)?.countries ?? [],
    })),
    meetings: linkedMeetings,
    mayRecord,
    mayManage: canManageInstruments(subject),
  };
}

/**
 * One activity of a mechanism with its objectives and states, or null when absent or unpublished
 * for a subject who may not record the mechanism's activities.
 */
export async function getActivity(options: {
  db?: DbOrTx;
  subject: Subject;
  mechanism: MechanismRow;
  id: string;
}) {
  const { db = getDb(), subject, mechanism } = options;
  if (!isUuid(options.id)) return null;
  const mayRecord = canRecordActivity(subject, await mechanismScope(db, mechanism));
  const [activity] = await db
    .select()
    .from(mechanismActivities)
    .where(and(eq(mechanismActivities.id, options.id), eq(mechanismActivities.mechanismId, mechanism.id)));
  if (!activity || (activity.status !== 'published' && !mayRecord)) return null;
  const tags = (await getTags({ db, entityType: mechanismActivityEntityType, entityIds: [activity.id] })).get(
    activity.id,
  )!;
  return { activity: { ...activity, objectives: tags.objectives, countries: tags.countries }, mayRecord };
}

/**
 * Published mechanisms with their chair history and published activities (objectives and states),
 * for the open data API: what an anonymous reader may open, nothing else.
 */
export async function publicMechanisms(options: { db?: DbOrTx } = {}) {
  const { db = getDb() } = options;
  const rows = await listMechanisms({ db, subject: null });
  const ids = rows.map((m) => m.id);
  if (!ids.length) return [];
  const [chairs, activities] = await readTogether(db, [
    () => db.select().from(mechanismChairs).where(inArray(mechanismChairs.mechanismId, ids)),
    () =>
      db
        .select()
        .from(mechanismActivities)
        .where(
          and(inArray(mechanismActivities.mechanismId, ids), eq(mechanismActivities.status, 'published')),
        )
        .orderBy(desc(mechanismActivities.heldOn)),
  ]);
  const tags = await getTags({
    db,
    entityType: mechanismActivityEntityType,
    entityIds: activities.map((a) => a.id),
  });
  return rows.map((m) => ({
    ...m,
    chairs: orderChairs(chairs.filter((c) => c.mechanismId === m.id)),
    activities: activities
      .filter((a) => a.mechanismId === m.id)
      .map((a) => ({
        ...a,
        objectives: tags.get(a.id)?.objectives ?? [],
        countries: tags.get(a.id)?.countries ?? [],
      })),
  }));
}
