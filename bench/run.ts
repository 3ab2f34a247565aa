/**
 * `npm run bench`: the foundation figures on this machine.
 * - throughput and p99 of /ar/objectives/7 (production build, embedded PGlite, autocannon 50 connections, 10 s),
 *   as an anonymous reader gets it (page micro-cache) and rendered for every request
 * - the same against a bare node:http server returning the same bytes, and the ratio
 * - start-up to ready on an existing database, idle RSS
 * - compressed bytes (gzip) of the page's HTML, CSS and JS
 * - Lighthouse's mobile scores on the five public pages of issue 12 (Debian's Chromium; BENCH_LIGHTHOUSE=0 skips)
 * Results are printed and written to bench/results/.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import autocannon from 'autocannon';
import { findChromium } from '../tests/e2e/chromium';
import { type LighthouseScore, lighthousePages, runLighthouse } from './lighthouse';
import { rssMb, startServer } from './server';

const root = path.resolve(import.meta.dirname, '..');
const pagePath = process.env.BENCH_PATH ?? '/ar/objectives/7';
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;

/** Load one URL; with `unique`, every request gets its own query string, so no cache can answer it. */
function load(url: string, unique = false) {
  let n = 0;
  const { pathname } = new URL(url);
  const requests = unique
    ? [{ setupRequest: (req: object) => ({ ...req, path: `${pathname}?r=${n++}` }) }]
    : undefined;
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url, connections, duration, requests }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function main() {
  if (!fs.existsSync(path.join(root, 'build/server-main/main.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-'));
  const port = 3300;

  // First start creates, migrates and seeds the database; the second measures a start on an existing one.
  const first = await startServer({ port, dataDir });
  await first.stop();
  const server = await startServer({ port, dataDir });
  await new Promise((r) => setTimeout(r, 1500));
  const idleRss = rssMb(server.process.pid!);

  const page = await fetch(server.url + pagePath);
  if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}`);
  const html = Buffer.from(await page.arrayBuffer());
  const assets = [...html.toString('utf8').matchAll(/(?:href|src)="(\/assets\/[^"]+\.(?:css|js))"/g)].map(
    (m) => m[1]!,
  );
  const sizes = { html: zlib.gzipSync(html).length, css: 0, js: 0 };
  for (const asset of new Set(assets)) {
    const body = Buffer.from(await (await fetch(server.url + asset)).arrayBuffer());
    sizes[asset.endsWith('.css') ? 'css' : 'js'] += zlib.gzipSync(body).length;
  }

  const app = await load(server.url + pagePath);
  const rendered = await load(server.url + pagePath, true);
  const peakRss = rssMb(server.process.pid!);
  const chromePath = findChromium();
  let lighthouse: LighthouseScore[] | null = null;
  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    if (chromePath)
      lighthouse = await runLighthouse(
        chromePath,
        lighthousePages.map((p) => server.url + p),
      );
    else console.log('Lighthouse skipped: no Chromium (install Debian\'s "chromium" or set CHROMIUM_PATH)');
  }
  await server.stop();

  const bare = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': html.length });
    res.end(html);
  });
  await new Promise<void>((r) => bare.listen(3301, '127.0.0.1', r));
  const baseline = await load(`http://127.0.0.1:3301${pagePath}`);
  bare.close();
  fs.rmSync(dataDir, { recursive: true, force: true });

  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    page: pagePath,
    app: {
      requestsPerSecond: app.requests.average,
      p99Ms: app.latency.p99,
      avgMs: app.latency.average,
      errors: app.errors,
      non2xx: app.non2xx,
    },
    renderedEveryTime: {
      requestsPerSecond: rendered.requests.average,
      p99Ms: rendered.latency.p99,
      non2xx: rendered.non2xx,
    },
    bareNode: { requestsPerSecond: baseline.requests.average, p99Ms: baseline.latency.p99 },
    ratioToBareNode: app.requests.average / baseline.requests.average,
    startupToReadyMs: Math.round(server.readyMs),
    rssIdleMb: Math.round(idleRss),
    rssAfterLoadMb: Math.round(peakRss),
    gzipBytes: sizes,
    lighthouse,
  };
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(
    path.join(root, `bench/results/foundation-${results.date.slice(0, 19).replace(/:/g, '')}.json`),
    JSON.stringify(results, null, 2),
  );

  const goal = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  console.log(`\nMarsad foundation benchmark (${results.node}, ${results.cpus} cores)`);
  console.log(
    `  ${pagePath}: ${results.app.requestsPerSecond.toFixed(0)} req/s, p99 ${results.app.p99Ms} ms, errors ${app.errors}, non-2xx ${app.non2xx}  [goal ≥250 req/s, p99 <400 ms: ${goal(results.app.requestsPerSecond >= 250 && results.app.p99Ms < 400)}]`,
  );
  console.log(
    `  ${pagePath} rendered every time (unique query strings, no cache): ${rendered.requests.average.toFixed(0)} req/s, p99 ${rendered.latency.p99} ms, non-2xx ${rendered.non2xx}`,
  );
  console.log(
    `  bare node:http, same bytes: ${results.bareNode.requestsPerSecond.toFixed(0)} req/s, p99 ${results.bareNode.p99Ms} ms`,
  );
  console.log(`  ratio app / bare node: ${(results.ratioToBareNode * 100).toFixed(1)} %`);
  console.log(
    `  start-up to ready (existing database): ${results.startupToReadyMs} ms  [goal <3000: ${goal(results.startupToReadyMs < 3000)}]`,
  );
  console.log(
    `  RSS idle: ${results.rssIdleMb} MB [goal <300: ${goal(results.rssIdleMb < 300)}], after load: ${results.rssAfterLoadMb} MB`,
  );
  console.log(`  gzip bytes: HTML ${sizes.html}, CSS ${sizes.css}, JS ${sizes.js}`);
  if (lighthouse) {
    console.log(
      '  Lighthouse (mobile: emulated phone, simulated slow 4G, 4× CPU slowdown) [goal performance ≥95, accessibility 100]:',
    );
    for (const s of lighthouse)
      console.log(
        `    ${decodeURI(new URL(s.url).pathname).padEnd(24)} performance ${String(s.performance).padStart(3)}  accessibility ${String(s.accessibility).padStart(3)}  LCP ${s.lcpMs} ms  TBT ${s.tbtMs} ms  CLS ${s.cls}  [${goal(s.performance >= 95 && s.accessibility === 100)}]`,
      );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
