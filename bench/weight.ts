/**
 * `npm run bench:weight`: the weight of every public page (issue 12, point 9). Starts the built
 * production server on a fresh embedded database with the sample data, loads each page cold in
 * Debian's Chromium and prints, per page, the JavaScript, CSS and HTML as transferred (compressed)
 * and the number of requests; then Lighthouse (mobile: emulated phone, throttled network and CPU) on
 * five pages. Exits non-zero when a page is over the budget (tests/e2e/page-weight.ts). Builds nothing:
 * run `npm run build` first.
 *
 * Environment: WEIGHT_LIGHTHOUSE=0 skips Lighthouse.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../tests/e2e/chromium';
import {
  measurePage,
  overBudget,
  type PageWeight,
  resolvePublicPages,
  weightBudget,
  weightTable,
} from '../tests/e2e/page-weight';
import { startServer } from './server';

const root = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.WEIGHT_PORT ?? 3330);

async function main() {
  if (!fs.existsSync(path.join(root, 'build/server-main/main.js'))) {
    throw new Error('no production build: run `npm run build` first');
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium (install Debian\'s "chromium" or set CHROMIUM_PATH)');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-weight-'));
  const server = await startServer({ port, dataDir });
  const browser = await chromium.launch({ executablePath, args: ['--disable-dev-shm-usage'] });
  let failed = false;
  try {
    const pages = await resolvePublicPages(browser, server.url);
    const rows: PageWeight[] = [];
    for (const p of pages) rows.push(await measurePage(browser, server.url, p));
    console.log(
      `\nMarsad page weight (${process.version}; budget: JS ≤ ${weightBudget.jsBytes / 1024} KB, HTML ≤ ${weightBudget.htmlBytes / 1024} KB per page, compressed as transferred)\n`,
    );
    console.log(weightTable(rows));
    const over = rows.filter((r) => overBudget(r).length > 0);
    if (over.length) {
      failed = true;
      console.error(`\n✗ ${over.length} page(s) over the budget`);
    }
    await browser.close();

    if (process.env.WEIGHT_LIGHTHOUSE !== '0') {
      console.log('\nLighthouse (mobile: emulated phone, simulated slow 4G and 4× CPU slowdown)\n');
      const { lighthousePages, runLighthouse } = await import('./lighthouse');
      const scores = await runLighthouse(
        executablePath,
        lighthousePages.map((p) => server.url + p),
      );
      for (const s of scores)
        console.log(
          `  ${decodeURI(new URL(s.url).pathname).padEnd(28)} performance ${String(s.performance).padStart(3)}  accessibility ${String(s.accessibility).padStart(3)}  FCP ${s.fcpMs} ms  LCP ${s.lcpMs} ms  SI ${s.speedIndexMs} ms  TBT ${s.tbtMs} ms  CLS ${s.cls}`,
        );
    }
    fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
    fs.writeFileSync(
      path.join(root, `bench/results/weight-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.json`),
      JSON.stringify({ date: new Date().toISOString(), budget: weightBudget, pages: rows }, null, 2),
    );
  } finally {
    if (browser.isConnected()) await browser.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  if (failed) process.exit(1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
