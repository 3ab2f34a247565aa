import { eq } from 'drizzle-orm';
import { contributionEntityType, fundContributions } from '#db/schema/funding';
import { countries, thematicAreas } from '#db/schema/reference';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { checkManageFund } from './funding-policy';
import { type ContributionInput, parseContributionInput } from './funding-schema';

/** The fund's secretariat records a donor's contribution with its USD rate and the rate's date. */
export async function recordContribution(options: {
  db?: DbOrTx;
  subject: Subject;
  input: unknown;
  isSample?: boolean;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  checkManageFund(subject);
  const input = parseContributionInput(options.input);
  return db.transaction(async (tx) => {
    await checkContributionReferences(tx, input);
    const [row] = await tx
      .insert(fundContributions)
      .values({ ...input, createdBy: subject.userId, isSample: options.isSample ?? false })
      .returning();
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'fund_contribution.create',
      entityType: contributionEntityType,
      entityId: row!.id,
      after: row,
      requestId: options.requestId,
    });
    return row!;
  });
}

/** The earmarked thematic area and the donor's state, when given, must exist. */
export async function checkContributionReferences(tx: DbOrTx, input: ContributionInput): Promise<void> {
  if (input.earmarkedThematicAreaId !== null) {
    const [area] = await tx
      .select({ id: thematicAreas.id })
      .from(thematicAreas)
      .where(eq(thematicAreas.id, input.earmarkedThematicAreaId));
    if (!area) throw fieldRefusal('earmarkedThematicAreaId', 'invalidChoice');
  }
  if (input.donorCountryIso3) {
    const [country] = await tx
      .select({ iso3: countries.iso3 })
      .from(countries)
      .where(eq(countries.iso3, input.donorCountryIso3));
    if (!country) throw fieldRefusal('donorCountryIso3', 'invalidChoice');
  }
}
