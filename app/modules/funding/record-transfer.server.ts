import { eq, sql } from 'drizzle-orm';
import { programmeEntityType, programmes, programmeTransfers } from '#db/schema/funding';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { checkManageFund } from './funding-policy';
import { findProgramme } from './funding-records.server';
import { parseTransferInput } from './funding-schema';

/**
 * The fund's secretariat records a transfer to a participating UN organisation. Transfers of a
 * programme may not exceed its budget (transfersExceedBudget 409).
 */
export async function recordTransfer(options: {
  db?: DbOrTx;
  subject: Subject;
  programmeId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageFund(subject);
  const input = parseTransferInput(options.input);
  return db.transaction(async (tx) => {
    const programme = await findProgramme(tx, options.programmeId);
    if (!programme) throw notFound();
    // Serialise transfers of one programme so two at once cannot both pass the budget check.
    await tx
      .select({ id: programmes.id })
      .from(programmes)
      .where(eq(programmes.id, programme.id))
      .for('update');
    const [transferred] = await tx
      .select({ total: sql<string | null>`sum(${programmeTransfers.amountUsd})` })
      .from(programmeTransfers)
      .where(eq(programmeTransfers.programmeId, programme.id));
    const total = Number(transferred?.total ?? 0) + input.amountUsd;
    if (total > programme.budgetUsd + 0.005) {
      throw new AppError(
        'transfersExceedBudget',
        409,
        { budget: programme.budgetUsd },
        { field: 'amountUsd' },
      );
    }
    const [row] = await tx
      .insert(programmeTransfers)
      .values({ ...input, programmeId: programme.id, createdBy: subject.userId })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'programme.transfer',
      entityType: programmeEntityType,
      entityId: programme.id,
      after: row,
      requestId: options.requestId,
    });
    return row!;
  });
}
