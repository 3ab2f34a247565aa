import { and, eq, isNull } from 'drizzle-orm';
import { mechanismChairs, mechanismEntityType, mechanisms } from '#db/schema/instruments';
import { countries } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { checkManageInstruments } from '../instruments-policy';
import { parseChair } from '../instruments-schema';
import { handOver, overlapsChair } from './chair-history';

/**
 * Adds a period to a mechanism's chair history (rotating or permanent; a state or a named holder).
 * A new period hands the chair over: the open period (if it began earlier) ends the day before.
 * Otherwise periods never overlap (`chairOverlap`).
 */
export async function addChair(options: {
  db?: DbOrTx;
  subject: Subject;
  mechanismId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageInstruments(subject);
  const input = parseChair(options.input);
  return db.transaction(async (tx) => {
    const [mechanism] = await tx
      .select({ id: mechanisms.id })
      .from(mechanisms)
      .where(eq(mechanisms.id, options.mechanismId))
      .for('update');
    if (!mechanism) throw notFound();
    if (input.countryIso3) {
      const [country] = await tx
        .select({ iso3: countries.iso3 })
        .from(countries)
        .where(eq(countries.iso3, input.countryIso3));
      if (!country) throw fieldRefusal('countryIso3', 'invalidChoice');
    }
    let existing = await tx
      .select()
      .from(mechanismChairs)
      .where(eq(mechanismChairs.mechanismId, mechanism.id));
    const handed = handOver(existing, input);
    if (handed) {
      await tx
        .update(mechanismChairs)
        .set({ untilOn: handed.until, updatedAt: new Date() })
        .where(and(eq(mechanismChairs.mechanismId, mechanism.id), isNull(mechanismChairs.untilOn)));
      existing = existing.map((p) => (p.untilOn === null ? { ...p, untilOn: handed.until } : p));
    }
    if (overlapsChair(existing, input)) throw fieldRefusal('fromOn', 'chairOverlap', { status: 409 });
    const [chair] = await tx
      .insert(mechanismChairs)
      .values({ ...input, mechanismId: mechanism.id, createdBy: subject.userId })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'mechanism.chair.add',
      entityType: mechanismEntityType,
      entityId: mechanism.id,
      after: chair,
      requestId: options.requestId,
    });
    return chair!;
  });
}
