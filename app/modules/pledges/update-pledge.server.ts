import { eq } from 'drizzle-orm';
import { pledges } from '#db/schema/pledges';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { pledgeContent } from './pledge-content.server';
import { checkEdit } from './pledge-policy';
import {
  checkPledgeReferences,
  lockPledge,
  pledgeColumns,
  pledgeEntityType,
  pledgeSnapshot,
  writePledgeChildren,
} from './pledge-records.server';
import { parsePledgeDraft } from './pledge-schema';

/**
 * Saves the pledger's changes to a draft (or a pledge sent back for changes) if nobody changed
 * it since the form was opened (staleVersion 409 otherwise). Published pledges change only
 * through progress updates. The pledger itself (organisation or state) never changes.
 */
export async function updatePledge(options: {
  db?: DbOrTx;
  subject: Subject;
  pledgeId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const current = await lockPledge(tx, options.pledgeId);
    checkEdit({ subject, pledge: current });
    const input = parsePledgeDraft(options.input);
    await checkPledgeReferences(tx, { input, pledger: current, pledgeId: current.id });
    const before = await pledgeSnapshot(tx, current);
    const { after } = await updateVersioned({
      db: tx,
      table: pledges,
      where: eq(pledges.id, current.id),
      expectedVersion: options.expectedVersion,
      set: pledgeColumns(input, current),
    });
    await writePledgeChildren(tx, { pledgeId: current.id, input });
    await syncContent(tx, pledgeContent, [current.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'pledge.update',
      entityType: pledgeEntityType,
      entityId: current.id,
      before,
      after: await pledgeSnapshot(tx, after),
      requestId: options.requestId,
    });
    return after;
  });
}
