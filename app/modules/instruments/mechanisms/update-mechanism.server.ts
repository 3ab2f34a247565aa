import { eq, inArray } from 'drizzle-orm';
import { mechanismActivities, mechanismEntityType, mechanisms } from '#db/schema/instruments';
import { countries } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { checkManageInstruments } from '../instruments-policy';
import { parseMechanism } from '../instruments-schema';
import { syncActivities } from './activity-content.server';

/**
 * The Network secretariat keeps a mechanism's entry (names, kind, member and observer states,
 * secretariat, focus, working groups, focal points, GCM engagement, contributions, status). Its
 * activities are projected again (their visibility and regions follow the mechanism's).
 */
export async function updateMechanism(options: {
  db?: DbOrTx;
  subject: Subject;
  mechanismId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageInstruments(subject);
  const { version, ...input } = parseMechanism(options.input);
  if (version === undefined) throw fieldRefusal('version', 'invalidFormat');
  return db.transaction(async (tx) => {
    for (const field of ['memberStates', 'observerStates'] as const) {
      if (!input[field].length) continue;
      const found = await tx
        .select({ iso3: countries.iso3 })
        .from(countries)
        .where(inArray(countries.iso3, input[field]));
      const known = new Set(found.map((c) => c.iso3));
      const unknown = input[field].filter((c) => !known.has(c));
      if (unknown.length)
        throw fieldRefusal(field, 'unknownCountries', { params: { codes: unknown.join(', ') } });
    }
    const { before, after } = await updateVersioned({
      db: tx,
      table: mechanisms,
      where: eq(mechanisms.id, options.mechanismId),
      expectedVersion: version,
      set: { ...input, acronym: input.acronym ?? null, confirmation: 'confirmed' },
    });
    const activityIds = await tx
      .select({ id: mechanismActivities.id })
      .from(mechanismActivities)
      .where(eq(mechanismActivities.mechanismId, after.id));
    await syncActivities(
      tx,
      activityIds.map((a) => a.id),
    );
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'mechanism.update',
      entityType: mechanismEntityType,
      entityId: after.id,
      before,
      after,
      requestId: options.requestId,
    });
    return after;
  });
}
