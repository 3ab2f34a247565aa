import { eq } from 'drizzle-orm';
import { organisations } from '#db/schema/index';
import { pledges } from '#db/schema/pledges';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, forbidden } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { pledgeContent } from './pledge-content.server';
import { mayPledgeOnBehalf, pledgerScopes } from './pledge-policy';
import {
  checkPledgeReferences,
  pledgeColumns,
  pledgeEntityType,
  pledgeSnapshot,
  writePledgeChildren,
} from './pledge-records.server';
import { parsePledgeDraft } from './pledge-schema';

/**
 * Drafts a pledge for an organisation or a state (exactly one), by a member of that
 * organisation or a focal point of that state — or, on their behalf, by a reviewer or an
 * administrator, for any verified organisation or any state (pledgerNotVerified otherwise).
 * The input is checked as a draft (pledgeDraftSchema); the rules of a complete pledge apply at submission.
 */
export async function createPledge(options: {
  db?: DbOrTx;
  subject: Subject;
  organisationId?: string | null;
  countryIso3?: string | null;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  const organisationId = options.organisationId || null;
  const countryIso3 = options.countryIso3?.trim().toUpperCase() || null;
  if (!subject.userId) throw forbidden();
  if ((organisationId === null) === (countryIso3 === null)) {
    throw new AppError('pledgerRequired', 400, { field: 'pledger' });
  }
  const scopes = pledgerScopes(subject);
  const own = organisationId
    ? scopes.organisationIds.includes(organisationId)
    : scopes.countryCodes.includes(countryIso3!);
  if (!own && !mayPledgeOnBehalf(subject)) throw forbidden();
  const input = parsePledgeDraft(options.input);
  const pledger = { organisationId, countryIso3 };

  return db.transaction(async (tx) => {
    await checkPledgeReferences(tx, { input, pledger });
    if (!own && organisationId) {
      const [org] = await tx
        .select({ verified: organisations.verified })
        .from(organisations)
        .where(eq(organisations.id, organisationId));
      if (!org?.verified) throw new AppError('pledgerNotVerified', 400, { field: 'organisationId' });
    }
    const [pledge] = await tx
      .insert(pledges)
      .values({ ...pledgeColumns(input, pledger), ...pledger, createdBy: subject.userId, status: 'draft' })
      .returning();
    await writePledgeChildren(tx, { pledgeId: pledge!.id, input });
    await syncContent(tx, pledgeContent, [pledge!.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'pledge.create',
      entityType: pledgeEntityType,
      entityId: pledge!.id,
      after: await pledgeSnapshot(tx, pledge!),
      requestId: options.requestId,
    });
    return pledge!;
  });
}
