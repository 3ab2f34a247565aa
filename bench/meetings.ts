/**
 * `npm run bench:meetings`: issue 14's figures on embedded PGlite (production build, one reader,
 * unique URLs so no cache answers): the page of a meeting with 40 sessions, 150 speakers and 200
 * statements, a background note per session, 20 side events and open registration (goal < 100 ms
 * server time), and the all-meetings calendar with 2,000 meetings (goal
 * < 300 ms). Rows are written with SQL (the calendar by the scale data set's meetings step), then the content index rebuilt as `reindex` does. Prints the
 * wall time p50/p95 of BENCH_REQUESTS (30) sequential requests beside the server's CPU and SQL time
 * per request (LOAD_STATS).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { defaultScaleSizes } from '#seed/scale';
import { meetingsStep } from '#seed/scale-meetings';
import { rebuildContentType } from '~/modules/content/reindex.server';
import { meetingContent, meetingSessionContent } from '~/modules/meetings/meeting-content.server';
import { sideEventContent } from '~/modules/meetings/side-events/side-event-content.server';
import { statementContent } from '~/modules/meetings/statement-content.server';
import { openPglite } from '~/platform/db.server';
import { maintainDatabase } from '~/platform/db-maintenance.server';
import { startServer } from './server';

const root = path.resolve(import.meta.dirname, '..');
const requests = Number(process.env.BENCH_REQUESTS ?? 30);
const port = 3330;
const bigMeeting = '00000000-0000-4000-8000-00000000b14e';

const seed = `
  insert into meetings (id, kind, title, starts_on, ends_on, time_zone, status, published_at, region_id, languages, venue)
    values ('${bigMeeting}', 'imrf', '{"ar":"منتدى استعراض الهجرة الدولية (قياس)","en":"International Migration Review Forum (benchmark)"}',
      '2026-05-04', '2026-05-08', 'America/New_York', 'published', now(), null, array['ar','en'], 'New York');
  insert into meeting_sessions (id, meeting_id, kind, title, starts_at, ends_at, room)
    select md5('session' || g)::uuid, '${bigMeeting}',
      (array['round-table','plenary','general-debate','panel'])[1 + g % 4],
      jsonb_build_object('ar', 'الجلسة ' || g, 'en', 'Session ' || g),
      timestamptz '2026-05-04 13:00Z' + (g % 5) * interval '1 day' + (g / 5) * interval '40 minutes',
      timestamptz '2026-05-04 13:30Z' + (g % 5) * interval '1 day' + (g / 5) * interval '40 minutes',
      'Room ' || (g % 8)
    from generate_series(0, 39) g;
  insert into objective_tags (entity_type, entity_id, objective)
    select distinct 'meeting_session', md5('session' || g)::uuid::text, o
    from generate_series(0, 39) g, lateral (values (1 + g % 23), (1 + (g * 7) % 23)) v(o);
  insert into meeting_speakers (session_id, meeting_id, name, name_key, affiliation, role, status, gender, country_iso3, sector)
    select md5('session' || (g % 40))::uuid, '${bigMeeting}', 'Speaker ' || g, 'speaker ' || g, 'Organisation ' || g,
      (array['speaker','moderator','facilitator'])[1 + g % 3], 'accepted',
      (array['woman','man'])[1 + g % 2],
      (select iso3 from countries order by iso3 offset (g * 7) % 150 limit 1),
      (array['government','non-government'])[1 + g % 2]
    from generate_series(1, 150) g;
  insert into meeting_statements (meeting_id, session_id, speaker_kind, country_iso3, language, delivered_on, title, body)
    select '${bigMeeting}', md5('session' || (4 * (g % 10) + 2))::uuid, 'state',
      (select iso3 from countries order by iso3 offset g % 190 limit 1), 'ar', date '2026-05-05' + (g % 4),
      jsonb_build_object('ar', 'بيان رقم ' || g, 'en', 'Statement ' || g),
      jsonb_build_object('ar', repeat('نص البيان الوطني أمام المنتدى. ', 30))
    from generate_series(1, 200) g;
  insert into meeting_background_notes (meeting_id, session_id, title, url)
    select '${bigMeeting}', md5('session' || g)::uuid,
      jsonb_build_object('ar', 'مذكرة خلفية ' || g, 'en', 'Background note ' || g), 'https://example.org/notes/' || g
    from generate_series(0, 39) g;
  insert into meeting_side_events (meeting_id, status, title, proposing_organisation, description, format, preferred_day)
    select '${bigMeeting}', 'accepted', jsonb_build_object('ar', 'فعالية جانبية ' || g, 'en', 'Side event ' || g),
      'Organisation ' || g, 'About side event ' || g, 'in-person', date '2026-05-04' + (g % 5)
    from generate_series(1, 20) g;
  insert into meeting_registration_settings (meeting_id, open, capacity) values ('${bigMeeting}', true, 500);
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
  const queries: number[] = [];
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
      queries: number;
    };
    if (n < 3) continue; // warm-up
    walls.push(wall);
    cpu.push(stats.cpuMs);
    sqlMs.push(stats.queryMs);
    queries.push(stats.queries);
  }
  const f = (v: number) => v.toFixed(1);
  return `p50 ${f(percentile(walls, 0.5))} ms, p95 ${f(percentile(walls, 0.95))} ms; server CPU p50 ${f(percentile(cpu, 0.5))} ms, SQL p50 ${f(percentile(sqlMs, 0.5))} ms in ${percentile(queries, 0.5)} queries`;
}

async function main() {
  if (!fs.existsSync(path.join(root, 'build/server-main/main.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-meetings-'));
  const env = { SEED_DEMO: '0', LOAD_STATS: '1' };
  const first = await startServer({ port, dataDir, env });
  await first.stop();
  const database = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
  await database.migrate();
  for (const statement of seed.split(/;\s*\n/))
    if (statement.trim()) await database.db.execute(sql.raw(statement));
  // The other 1,999 meetings: the scale data set's step (seed/scale-meetings.ts).
  await meetingsStep.run(database.db, { ...defaultScaleSizes, meetings: 1999 });
  for (const type of [meetingContent, meetingSessionContent, statementContent, sideEventContent]) {
    await database.db.transaction((tx) => rebuildContentType(tx, type));
  }
  await maintainDatabase({ db: database.db, all: true });
  await database.close();

  const server = await startServer({ port, dataDir, env });
  console.log(
    `\nMeetings on PGlite: 2,000 meetings; one with 40 sessions (a note each), 150 speakers, 200 statements, 20 side events`,
  );
  console.log(
    `  machine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `  /ar/meetings/<id> [goal < 100 ms]: ${await time(server.url, (n) => `/ar/meetings/${bigMeeting}?r=${n}`)}`,
  );
  console.log(
    `  /api/v1/meetings.ics, 2,000 meetings [goal < 300 ms]: ${await time(server.url, (n) => `/api/v1/meetings.ics?r=${n}`)}`,
  );
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
