import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { reportBundles } from '#db/schema/indicators';
import type { DbOrTx } from '~/platform/db.server';
import { getStorage, newStorageKey } from '~/platform/storage/index.server';
import {
  bundlePartCount,
  bundleParts,
  bundleReadme,
  indicatorValuesPart,
  type OpenSpool,
  pledgeProgressPart,
  publicContentPart,
} from './bundle-contents.server';
import { openTextSpool, openZipFile } from './zip-file-writer.server';

const payloadSchema = z.object({ bundleId: z.string().uuid() });

/**
 * The job that builds a bundle: each part read in turn, page by page, into files on disk and then
 * into a ZIP written to a temporary file as it is compressed (progress stored after each part, so the
 * page can show it); the ZIP is then streamed to storage and the row marked ready. Memory stays
 * bounded by a page of rows whatever the period holds. Idempotent: a retry starts over and a bundle
 * already ready is left alone. A failure marks the row failed with the message.
 */
export async function buildReportBundle(options: {
  db: DbOrTx;
  payload: unknown;
  now?: () => Date;
  /** Rows read at a time (tests make it small to read several pages). */
  pageSize?: number;
}) {
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
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'marsad-bundle-'));
  const zipFile = path.join(dir, 'bundle.zip');
  const zip = openZipFile(zipFile);
  try {
    const period = { periodStart: bundle.periodStart, periodEnd: bundle.periodEnd };
    const spools = new Map<string, string>();
    const open: OpenSpool = (name) => {
      const file = path.join(dir, `part-${spools.size}`);
      spools.set(name, file);
      return openTextSpool(file);
    };
    // Each part's files go into the ZIP as soon as the part is read, then leave the disk.
    const add = async (names: string[]) => {
      for (const name of names) {
        await zip.addFile(name, spools.get(name)!);
        await fs.promises.rm(spools.get(name)!);
      }
    };
    let done = 0;
    for (const part of bundleParts) {
      await add(await publicContentPart(db, part, period, open, options.pageSize));
      await progress({ partsDone: ++done });
    }
    await add(await pledgeProgressPart(db, period, open, options.pageSize));
    await progress({ partsDone: ++done });
    await add(await indicatorValuesPart(db, period, open, options.pageSize));
    await zip.addText('README.md', bundleReadme(period, now()));
    const { byteSize } = await zip.finish();
    const key = newStorageKey();
    await getStorage().put(key, fs.createReadStream(zipFile), {
      contentType: 'application/zip',
      size: byteSize,
    });
    await progress({
      status: 'ready',
      partsDone: bundlePartCount,
      storageKey: key,
      byteSize,
      finishedAt: now(),
    });
  } catch (error) {
    await progress({
      status: 'failed',
      error: error instanceof Error ? error.message.slice(0, 500) : 'failed',
    });
    zip.abort();
    throw error;
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
