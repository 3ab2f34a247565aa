import { eq } from 'drizzle-orm';
import { contributionEntityType, fundContributions } from '#db/schema/funding';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { updateVersioned } from '~/platform/versioning.server';
import { checkManageFund } from './funding-policy';
import { parseContributionInput } from './funding-schema';
import { checkContributionReferences } from './record-contribution.server';

/**
 * The fund's secretariat corrects a contribution (amount, currency, rate and its date, earmarking):
 * the USD value is computed again from the rate; a save on an old version is refused (staleVersion).
 */
export async function updateContribution(options: {
  db?: DbOrTx;
  subject: Subject;
  contributionId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageFund(subject);
  if (!isUuid(options.contributionId)) throw notFound();
  const input = parseContributionInput(options.input);
  return db.transaction(async (tx) => {
    await checkContributionReferences(tx, input);
    const { before, after } = await updateVersioned({
      db: tx,
      table: fundContributions,
      where: eq(fundContributions.id, options.contributionId),
      expectedVersion: options.expectedVersion,
      set: input,
    });
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'fund_contribution.update',
      entityType: contributionEntityType,
      entityId: after.id,
      before,
      after,
      requestId: options.requestId,
    });
    return after;
  });
}
