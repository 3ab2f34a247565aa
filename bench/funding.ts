/**
 * `npm run bench:funding`: issue 16's figure on embedded PGlite (production build, one reader, unique
 * URLs so no cache answers): the public fund dashboard (`/ar/funding`, app/modules/funding/
 * fund-dashboard.server.ts) with 2,000 concept notes across the pipeline, 300 joint programmes and
 * 5,000 contributions (goal < 150 ms server time). Rows are written with SQL, then the content index
 * rebuilt as `reindex` does. Prints the wall time p50/p95 of BENCH_REQUESTS (30) sequential requests
 * beside the server's CPU and SQL time per request (LOAD_STATS). BENCH_SCALE (default 1) shrinks the
 * data set to check the script quickly (BENCH_SCALE=0.02 BENCH_REQUESTS=3).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { rebuildContentType } from '~/modules/content/reindex.server';
import { conceptNoteContent } from '~/modules/funding/concept-note-content.server';
import { programmeContent } from '~/modules/funding/programme-content.server';
import { openPglite } from '~/platform/db.server';
import { maintainDatabase } from '~/platform/db-maintenance.server';
import { startServer } from './server';

const root = path.resolve(import.meta.dirname, '..');
const requests = Number(process.env.BENCH_REQUESTS ?? 30);
const scale = Number(process.env.BENCH_SCALE ?? 1);
const port = 3331;
const notes = Math.max(10, Math.round(2000 * scale));
const funded = Math.max(2, Math.round(300 * scale));
const contributions = Math.max(5, Math.round(5000 * scale));

// Notes 1..funded are funded (or closed) and have a programme; the rest spread over the pipeline.
const seed = `
  insert into concept_notes (id, title, summary, country_iso3, region_id, thematic_area_id, un_organisations,
      government_entities, stakeholders, budget_requested_usd, duration_months, gender_marker, human_rights_marker,
      child_sensitivity_marker, status, submitted_at, pipeline_at)
    select md5('note' || g)::uuid,
      jsonb_build_object('ar', 'مذكرة مفاهيمية رقم ' || g, 'en', 'Concept note ' || g),
      jsonb_build_object('ar', 'ملخص المذكرة ' || g),
      case when g % 10 = 0 then null else (select iso3 from countries order by iso3 offset (g * 7) % 190 limit 1) end,
      case when g % 10 = 0 then 'LAS' else null end,
      1 + g % 5, array['IOM','ILO'], array['وزارة العمل','وزارة الداخلية'], array['منظمة مجتمع مدني'],
      100000 + (g % 50) * 25000, 12 + g % 24, g % 4, (g + 1) % 4, (g + 2) % 4,
      case when g <= ${funded} then (array['funded','closed'])[1 + g % 2]
           else (array['submitted','screened','in_pipeline','selected','not_selected'])[1 + g % 5] end,
      timestamptz '2019-01-01' + g * interval '1 day',
      case when g <= ${funded} or g % 5 in (2, 3) then timestamptz '2019-02-01' + g * interval '1 day' end
    from generate_series(1, ${notes}) g;
  insert into programmes (id, concept_note_id, title, summary, country_iso3, region_id, thematic_area_id, budget_usd,
      start_date, end_date, status)
    select md5('programme' || g)::uuid, md5('note' || g)::uuid,
      jsonb_build_object('ar', 'برنامج مشترك رقم ' || g, 'en', 'Joint programme ' || g),
      jsonb_build_object('ar', 'ملخص البرنامج ' || g),
      n.country_iso3, n.region_id, n.thematic_area_id, 500000 + (g % 40) * 50000,
      date '2020-01-01' + g, date '2022-01-01' + g, case when n.status = 'closed' then 'closed' else 'active' end
    from generate_series(1, ${funded}) g join concept_notes n on n.id = md5('note' || g)::uuid;
  insert into programme_transfers (programme_id, organisation, amount_usd, transferred_on)
    select md5('programme' || g)::uuid, (array['IOM','ILO','UNICEF'])[1 + k], 100000, date '2020-02-01' + g
    from generate_series(1, ${funded}) g, generate_series(0, 2) k;
  insert into fund_contributions (donor, donor_country_iso3, received_on, amount, currency, usd_rate, rate_date,
      usd_value, earmarked_thematic_area_id)
    select 'Donor ' || (g % 60), (select iso3 from countries order by iso3 offset (g * 11) % 190 limit 1),
      date '2019-01-01' + (g % 2500), 10000 + (g % 100) * 1000, 'EUR', 1.1, date '2019-01-01' + (g % 2500),
      (10000 + (g % 100) * 1000) * 1.1, case when g % 3 = 0 then 1 + g % 5 end
    from generate_series(1, ${contributions}) g;
  analyze
`;

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * p) - 1)]!;
}

async function time(base: string, pathOf: (n: number) => string) {
  const walls: number[] = [];
  const cpu: number[] = [];
  const sqlMs: number[] = [];
  for (let n = 0; n < requests + 3; n++) {
    await fetch(`${base}/__load-stats?reset=1`);
    const started = performance.now();
    const res = await fetch(base + pathOf(n));
    if (res.status !== 200) throw new Error(`${pathOf(n)} answered ${res.status}`);
    await res.arrayBuffer();
    const wall = performance.now() - started;
    const stats = (await (await fetch(`${base}/__load-stats?reset=1`)).json()) as {
      cpuMs: number;
      queryMs: number;
    };
    if (n < 3) continue; // warm-up
    walls.push(wall);
    cpu.push(stats.cpuMs);
    sqlMs.push(stats.queryMs);
  }
  const f = (v: number) => v.toFixed(1);
  return `p50 ${f(percentile(walls, 0.5))} ms, p95 ${f(percentile(walls, 0.95))} ms; server CPU p50 ${f(percentile(cpu, 0.5))} ms, SQL p50 ${f(percentile(sqlMs, 0.5))} ms, SQL p95 ${f(percentile(sqlMs, 0.95))} ms`;
}

async function main() {
  if (!fs.existsSync(path.join(root, 'build/server-main/main.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-funding-'));
  const env = { SEED_DEMO: '0', LOAD_STATS: '1' };
  const first = await startServer({ port, dataDir, env });
  await first.stop();
  const database = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
  await database.migrate();
  for (const statement of seed.split(/;\s*\n/))
    if (statement.trim()) await database.db.execute(sql.raw(statement));
  for (const type of [conceptNoteContent, programmeContent]) {
    await database.db.transaction((tx) => rebuildContentType(tx, type));
  }
  await maintainDatabase({ db: database.db, all: true });
  await database.close();

  const server = await startServer({ port, dataDir, env });
  console.log(
    `\nFund dashboard on PGlite: ${notes} concept notes, ${funded} programmes, ${contributions} contributions`,
  );
  console.log(
    `  machine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(`  /ar/funding [goal < 150 ms]: ${await time(server.url, (n) => `/ar/funding?r=${n}`)}`);
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
