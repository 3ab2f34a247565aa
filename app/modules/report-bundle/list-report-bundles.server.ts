import { desc, eq } from 'drizzle-orm';
import { reportBundles } from '#db/schema/indicators';
import { checkManageIndicators } from '~/modules/indicators/indicator-policy';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { getStorage } from '~/platform/storage/index.server';

/** The bundles asked for, newest first (the secretariat's page). */
export async function listReportBundles(options: { db?: DbOrTx; subject: Subject; limit?: number }) {
  const { db = getDb() } = options;
  checkManageIndicators(options.subject);
  return db
    .select()
    .from(reportBundles)
    .orderBy(desc(reportBundles.createdAt))
    .limit(options.limit ?? 20);
}

/** A ready bundle's ZIP, for the secretariat; anything else is not found. */
export async function openReportBundle(options: { db?: DbOrTx; subject: Subject; bundleId: string }) {
  const { db = getDb() } = options;
  checkManageIndicators(options.subject);
  const [bundle] = await db.select().from(reportBundles).where(eq(reportBundles.id, options.bundleId));
  if (bundle?.status !== 'ready' || !bundle.storageKey) throw notFound();
  const object = await getStorage().get(bundle.storageKey);
  if (!object) throw notFound();
  return { bundle, object };
}
