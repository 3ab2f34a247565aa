import { eq } from 'drizzle-orm';
import { championEntityType, champions } from '#db/schema/instruments';
import { countries } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { checkManageInstruments } from '../instruments-policy';
import { parseChampion } from '../instruments-schema';

/** UN statuses of a state (a territory is not one): a champion must be a state. */
export const championStatuses = ['member', 'observer'] as const;

/**
 * The Network secretariat adds a champion country or keeps its entry (date joined, commitments,
 * Network support requested and given, sources, published or draft). A champion must be a state
 * (`championNotState`), once (`championExists`); an entry it saves counts as confirmed by the
 * secretariat. A save on an old version is refused (staleVersion).
 */
export async function saveChampion(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  isSample?: boolean;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageInstruments(subject);
  const { version, ...input } = parseChampion(options.input);
  return db.transaction(async (tx) => {
    const [country] = await tx
      .select({ unStatus: countries.unStatus })
      .from(countries)
      .where(eq(countries.iso3, input.countryIso3));
    if (!country) throw fieldRefusal('countryIso3', 'invalidChoice');
    if (!(championStatuses as readonly string[]).includes(country.unStatus))
      throw fieldRefusal('countryIso3', 'championNotState');
    const values = {
      ...input,
      joinedOn: input.joinedOn ?? null,
      confirmation: 'confirmed' as const,
    };
    const [existing] = await tx
      .select({ id: champions.id })
      .from(champions)
      .where(eq(champions.countryIso3, input.countryIso3));
    if (existing && version === undefined)
      throw fieldRefusal('countryIso3', 'championExists', { status: 409 });
    if (!existing && version !== undefined) throw staleVersion();
    if (existing) {
      const { before, after } = await updateVersioned({
        db: tx,
        table: champions,
        where: eq(champions.id, existing.id),
        expectedVersion: version!,
        set: values,
      });
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'champion.update',
        entityType: championEntityType,
        entityId: after.id,
        before,
        after,
        requestId: options.requestId,
      });
      return after;
    }
    const [created] = await tx
      .insert(champions)
      .values({ ...values, isSample: options.isSample ?? false })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'champion.create',
      entityType: championEntityType,
      entityId: created!.id,
      after: created,
      requestId: options.requestId,
    });
    return created!;
  });
}
