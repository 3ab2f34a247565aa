/**
 * `npm run bench:hub-import`: importing a library of resources (issue 13's figure: 1,000 resources
 * with files under 60 s on embedded PGlite). Writes a manifest of BENCH_RESOURCES rows (default
 * 1,000), each with its own small text file, into a temporary folder, then runs
 * `npm run marsad -- import-resources` (the CLI, as an operator would) against a fresh DATA_DIR,
 * twice: the first run creates every resource, the second finds them unchanged. Prints both times
 * and the CLI's own figure (which leaves out opening the database and migrating).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const count = Number(process.env.BENCH_RESOURCES ?? 1000);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-hub-import-'));
const filesDir = path.join(work, 'files');
fs.mkdirSync(filesDir);
const header =
  'external_id,title_ar,title_en,abstract_ar,abstract_en,original_language,document_languages,type,publisher,publication_date,objectives,principles,countries,is_global,licence,file';
const lines = [header];
for (let i = 1; i <= count; i++) {
  const n = String(i).padStart(5, '0');
  const objective = (i % 23) + 1;
  fs.writeFileSync(
    path.join(filesDir, `resource-${n}.txt`),
    `تقرير رقم ${n} عن الهدف ${objective} من الاتفاق العالمي من أجل الهجرة.\n`.repeat(40) +
      `Report ${n} on Objective ${objective} of the Global Compact for Migration.\n`.repeat(40),
  );
  lines.push(
    [
      `bench-${n}`,
      `تقرير تجريبي رقم ${n} عن الهجرة`,
      `Sample report ${n} on migration`,
      `ملخص تجريبي للتقرير رقم ${n} يتناول الهدف ${objective} من الاتفاق العالمي.`,
      `A sample abstract of report ${n} on Objective ${objective} of the Global Compact.`,
      i % 2 ? 'ar' : 'en',
      'ar;en',
      'research',
      'Bench publisher',
      '2024-01-01',
      String(objective),
      'human_rights',
      i % 3 ? 'JOR' : '',
      i % 3 ? '' : 'true',
      'cc_by',
      `resource-${n}.txt`,
    ].join(','),
  );
}
const manifest = path.join(work, 'manifest.csv');
fs.writeFileSync(manifest, `${lines.join('\n')}\n`);

const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: path.join(work, 'data'), LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;
const runOnce = (label: string) => {
  const started = performance.now();
  const out = execFileSync(
    'npx',
    ['tsx', 'cli/marsad.ts', 'import-resources', '--manifest', manifest, '--files', filesDir],
    { env, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const seconds = (performance.now() - started) / 1000;
  const last = out.trim().split('\n').pop();
  console.log(`${label}: ${seconds.toFixed(1)} s wall (whole CLI process) — ${last}`);
};
try {
  console.log(`${count} resources with text files, embedded PGlite, ${os.availableParallelism()} cores`);
  runOnce('first run (creates)');
  runOnce('second run (unchanged)');
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
