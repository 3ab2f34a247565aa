/**
 * `npm run bench:render`: the server's CPU per uncached page render (issue 12 point 10, issue 9
 * "render less per page"). Starts the production build on an existing data folder (e.g. one filled
 * by `DATA_DIR=/tmp/marsad-scale npm run seed:scale`), warms each page up, then sends N sequential
 * requests per page, each with a unique query string so the micro-cache cannot answer, and prints
 * the process CPU time per request read from the server's /__load-stats (LOAD_STATS=1). Sequential
 * requests measure the work of a render, not queueing. RENDER_PROFILE=1 also writes a V8 CPU profile
 * of the whole run (node --cpu-prof) into RENDER_PROFILE_DIR (/tmp/marsad-render-prof).
 *
 * Environment: RENDER_DATA_DIR (required), RENDER_REQUESTS (200), RENDER_ROUNDS (3), RENDER_PAGES
 * (comma-separated paths; default the four pages below).
 */
import path from 'node:path';
import { startServer } from './server';

const dataDir = process.env.RENDER_DATA_DIR;
const requests = Number(process.env.RENDER_REQUESTS ?? 200);
const rounds = Number(process.env.RENDER_ROUNDS ?? 3);
const pages = process.env.RENDER_PAGES?.split(',') ?? [
  '/ar/objectives/7',
  '/ar/pledges?objective=7&country=EGY',
  '/ar/countries/EGY',
  '/ar',
];
const port = Number(process.env.RENDER_PORT ?? 3340);

interface Stats {
  requests: number;
  queries: number;
  queryMs: number;
  cpuMs: number;
}

async function stats(base: string): Promise<Stats> {
  const res = await fetch(`${base}/__load-stats?reset=1`);
  return res.json() as Promise<Stats>;
}

const unique = (page: string, n: number) => `${page}${page.includes('?') ? '&' : '?'}r=${n}`;

async function main() {
  if (!dataDir) throw new Error('set RENDER_DATA_DIR to a data folder (npm run seed:scale fills one)');
  const profileDir = process.env.RENDER_PROFILE_DIR ?? '/tmp/marsad-render-prof';
  const server = await startServer({
    port,
    dataDir: path.resolve(dataDir),
    readyTimeoutMs: 600_000,
    env: { LOAD_STATS: '1', SEED_DEMO: '0' },
    nodeArgs: process.env.RENDER_PROFILE === '1' ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  });
  let n = 0;
  try {
    console.log(`\nCPU per uncached render, ${requests} sequential unique-URL requests × ${rounds} rounds\n`);
    for (const page of pages) {
      // Warm-up: compiled code, caches kept until a change (counts, reference data).
      for (let i = 0; i < 30; i++) {
        const res = await fetch(server.url + unique(page, n++));
        if (res.status !== 200) throw new Error(`${page} answered ${res.status}`);
        await res.arrayBuffer();
      }
      const perRound: { cpu: number; queries: number; sqlMs: number; bytes: number }[] = [];
      for (let r = 0; r < rounds; r++) {
        await stats(server.url);
        let bytes = 0;
        for (let i = 0; i < requests; i++) {
          const res = await fetch(server.url + unique(page, n++));
          bytes += (await res.arrayBuffer()).byteLength;
        }
        const s = await stats(server.url);
        perRound.push({
          cpu: s.cpuMs / s.requests,
          queries: s.queries / s.requests,
          sqlMs: s.queryMs / s.requests,
          bytes: bytes / requests,
        });
      }
      perRound.sort((a, b) => a.cpu - b.cpu);
      const median = perRound[Math.floor(perRound.length / 2)]!;
      console.log(
        `${page.padEnd(40)} CPU ${median.cpu.toFixed(2)} ms/request (rounds ${perRound.map((p) => p.cpu.toFixed(2)).join(', ')}), ${median.queries.toFixed(1)} queries, SQL ${median.sqlMs.toFixed(2)} ms, HTML ${(median.bytes / 1024).toFixed(1)} KB`,
      );
    }
  } finally {
    await server.stop();
  }
  if (process.env.RENDER_PROFILE === '1') console.log(`\nCPU profile written to ${profileDir}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
