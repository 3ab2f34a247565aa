import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '#db/schema/columns';
import { anonymousSubject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getPlatform } from '~/platform/platform.server';
import { getSynthesisForReader } from './get-synthesis.server';
import { findChromium, renderPdf } from './render-pdf.server';

/** Where this instance answers on its own machine (for Chromium to load the page from). */
export function localOrigin(config: { HOST: string; PORT: number }): string {
  const host = ['0.0.0.0', '::', ''].includes(config.HOST) ? '127.0.0.1' : config.HOST;
  return `http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}`;
}

/** Does the page answer 200 here? (Not in tests, where no socket listens; then the print page it is.) */
async function pageAnswers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: 'manual' });
    await response.body?.cancel();
    return response.status === 200;
  } catch {
    return false;
  }
}

export type SynthesisPdf =
  | { kind: 'pdf'; bytes: Buffer; fileName: string; number: number }
  | { kind: 'print'; location: string; reason: string };

/**
 * A published version of the synthesis report (the latest unless `number` is given) as PDF,
 * printed by Chromium from the public page itself (its print stylesheet applies), and kept on
 * disk since a published version never changes. Without Chromium, or when it fails, the answer is
 * the page's print view (`?print=1`) to save as PDF from the browser. Throws like the page:
 * synthesisNotPublished / notFound (404).
 */
export async function synthesisPdf(options: {
  db?: DbOrTx;
  cycleId: string;
  number?: number;
  locale: Locale;
}): Promise<SynthesisPdf> {
  const reader = await getSynthesisForReader({
    db: options.db,
    subject: anonymousSubject,
    cycleId: options.cycleId,
    number: options.number,
  });
  const number = reader.shown.number!;
  const page = `/${options.locale}/reviews/cycles/${reader.cycle.id}/synthesis?version=${number}`;
  const print = (reason: string): SynthesisPdf => ({ kind: 'print', location: `${page}&print=1`, reason });
  const fileName = `marsad-synthesis-${reader.cycle.regionId.toLowerCase()}-v${number}-${options.locale}.pdf`;

  const { config } = getPlatform();
  const cacheDir = path.join(config.DATA_DIR, 'cache', 'synthesis-pdf');
  const cached = path.join(cacheDir, `${reader.cycle.id}-v${number}-${options.locale}.pdf`);
  if (fs.existsSync(cached)) return { kind: 'pdf', bytes: fs.readFileSync(cached), fileName, number };

  const chromium = findChromium();
  if (!chromium) return print('chromium not installed');
  const url = `${localOrigin(config)}${page}`;
  if (!(await pageAnswers(url))) return print('page not reachable on this host');
  const bytes = await renderPdf({ url, chromium });
  fs.mkdirSync(cacheDir, { recursive: true });
  const partial = `${cached}.${process.pid}.tmp`;
  fs.writeFileSync(partial, bytes);
  fs.renameSync(partial, cached);
  return { kind: 'pdf', bytes, fileName, number };
}
