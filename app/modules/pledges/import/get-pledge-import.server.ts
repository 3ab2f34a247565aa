import { desc, eq } from 'drizzle-orm';
import { users } from '#db/schema/accounts';
import { pledgeImports } from '#db/schema/pledge-imports';
import { can, type Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';

/** One import with its report, for the secretariat (pledges.review); notFound for an unknown id. */
export async function getPledgeImport(options: { db?: DbOrTx; subject: Subject; importId: string }) {
  const { db = getDb(), subject, importId } = options;
  if (!can(subject, 'pledges.review')) throw forbidden();
  if (!isUuid(importId)) throw notFound();
  const [row] = await db
    .select({ record: pledgeImports, byName: users.name })
    .from(pledgeImports)
    .leftJoin(users, eq(users.id, pledgeImports.createdBy))
    .where(eq(pledgeImports.id, importId))
    .limit(1);
  if (!row) throw notFound();
  return { ...row.record, byName: row.byName ?? null };
}

/** The latest imports, newest first, without their reports. */
export async function listPledgeImports(options: { db?: DbOrTx; subject: Subject; limit?: number }) {
  const { db = getDb(), subject, limit = 10 } = options;
  if (!can(subject, 'pledges.review')) throw forbidden();
  return db
    .select({
      id: pledgeImports.id,
      createdAt: pledgeImports.createdAt,
      fileName: pledgeImports.fileName,
      checkOnly: pledgeImports.checkOnly,
      outcome: pledgeImports.outcome,
      rowCount: pledgeImports.rowCount,
      createdCount: pledgeImports.createdCount,
      updatedCount: pledgeImports.updatedCount,
      unchangedCount: pledgeImports.unchangedCount,
      refusedCount: pledgeImports.refusedCount,
      byName: users.name,
    })
    .from(pledgeImports)
    .leftJoin(users, eq(users.id, pledgeImports.createdBy))
    .orderBy(desc(pledgeImports.createdAt))
    .limit(limit);
}
