import { desc, eq, sql } from 'drizzle-orm';
import { fundContributions } from '#db/schema/funding';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';

export type ContributionRow = typeof fundContributions.$inferSelect;

/** Donors' contributions, latest received first (public facts of the fund, as on the dashboard). */
export async function listContributions(options: { db?: DbOrTx; limit: number; offset: number }) {
  const { db = getDb() } = options;
  const [items, [count]] = await readTogether(db, [
    () =>
      db
        .select()
        .from(fundContributions)
        .orderBy(desc(fundContributions.receivedOn), desc(fundContributions.createdAt), fundContributions.id)
        .limit(options.limit)
        .offset(options.offset),
    () =>
      db
        .select({
          n: sql<number>`count(*)::int`,
          usd: sql<string | null>`sum(${fundContributions.usdValue})`,
        })
        .from(fundContributions),
  ]);
  return { items, total: Number(count?.n ?? 0), totalUsd: Number(count?.usd ?? 0) };
}

export async function getContribution(options: { db?: DbOrTx; id: string }): Promise<ContributionRow | null> {
  const { db = getDb() } = options;
  if (!isUuid(options.id)) return null;
  const [row] = await db
    .select()
    .from(fundContributions)
    .where(eq(fundContributions.id, options.id))
    .limit(1);
  return row ?? null;
}

/** A programme's transfers summed by participating organisation (largest first). */
export function transfersByOrganisation(transfers: { organisation: string; amountUsd: number }[]) {
  const sums = new Map<string, { organisation: string; amountUsd: number; count: number }>();
  for (const t of transfers) {
    const s = sums.get(t.organisation) ?? { organisation: t.organisation, amountUsd: 0, count: 0 };
    s.amountUsd = Math.round((s.amountUsd + t.amountUsd) * 100) / 100;
    s.count += 1;
    sums.set(t.organisation, s);
  }
  return [...sums.values()].sort(
    (a, b) => b.amountUsd - a.amountUsd || a.organisation.localeCompare(b.organisation),
  );
}
