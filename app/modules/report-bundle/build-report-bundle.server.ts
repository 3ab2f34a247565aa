import { eq } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import { z } from 'zod';
import { reportBundles } from '#db/schema/indicators';
import type { DbOrTx } from '~/platform/db.server';
import { getStorage, newStorageKey } from '~/platform/storage/index.server';
import {
  type BundleFile,
  bundlePartCount,
  bundleParts,
  bundleReadme,
  indicatorValuesPart,
  publicContentPart,
} from './bundle-contents.server';

const payloadSchema = z.object({ bundleId: z.string().uuid() });

/**
 * The job that builds a bundle: each part read in turn (progress stored after each, so the page can
 * show it), then the ZIP written to storage and the row marked ready. Idempotent: a retry starts
 * over and a bundle already ready is left alone. A failure marks the row failed with the message.
 */
export async function buildReportBundle(options: { db: DbOrTx; payload: unknown; now?: () => Date }) {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const { bundleId } = payloadSchema.parse(options.payload);
  const [bundle] = await db.select().from(reportBundles).where(eq(reportBundles.id, bundleId));
  if (!bundle || bundle.status === 'ready') return;
  const progress = (set: Partial<typeof reportBundles.$inferInsert>) =>
    db
      .update(reportBundles)
      .set({ ...set, updatedAt: now() })
      .where(eq(reportBundles.id, bundleId));
  await progress({ status: 'running', partsDone: 0, partsTotal: bundlePartCount, error: null });
  try {
    const period = { periodStart: bundle.periodStart, periodEnd: bundle.periodEnd };
    const files: BundleFile[] = [];
    let done = 0;
    for (const part of bundleParts) {
      files.push(...(await publicContentPart(db, part, period)));
      await progress({ partsDone: ++done });
    }
    files.push(...(await indicatorValuesPart(db, period)));
    files.push({ name: 'README.md', content: bundleReadme(period, now()) });
    const zip = zipSync(Object.fromEntries(files.map((f) => [f.name, strToU8(f.content)])), { level: 6 });
    const key = newStorageKey();
    await getStorage().put(key, zip, { contentType: 'application/zip', size: zip.byteLength });
    await progress({
      status: 'ready',
      partsDone: bundlePartCount,
      storageKey: key,
      byteSize: zip.byteLength,
      finishedAt: now(),
    });
  } catch (error) {
    await progress({
      status: 'failed',
      error: error instanceof Error ? error.message.slice(0, 500) : 'failed',
    });
    throw error;
  }
}
