import { eq } from 'drizzle-orm';
import { championConsiderations, considerationEntityType } from '#db/schema/instruments';
import { countries } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { checkManageInstruments } from '../instruments-policy';
import { parseConsideration } from '../instruments-schema';
import { championStatuses } from './save-champion.server';

/**
 * The Network secretariat records one consideration of a state for the initiative: the date, the
 * criteria checklist as it stands, notes and the outcome. Each consideration is kept (the history of
 * a candidacy); only a state may be considered.
 */
export async function recordConsideration(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageInstruments(subject);
  const input = parseConsideration(options.input);
  return db.transaction(async (tx) => {
    const [country] = await tx
      .select({ unStatus: countries.unStatus })
      .from(countries)
      .where(eq(countries.iso3, input.countryIso3));
    if (!country) throw fieldRefusal('countryIso3', 'invalidChoice');
    if (!(championStatuses as readonly string[]).includes(country.unStatus))
      throw fieldRefusal('countryIso3', 'championNotState');
    const [row] = await tx
      .insert(championConsiderations)
      .values({ ...input, notes: input.notes ?? null, createdBy: subject.userId })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'champion_consideration.create',
      entityType: considerationEntityType,
      entityId: row!.id,
      after: row,
      requestId: options.requestId,
    });
    return row!;
  });
}
