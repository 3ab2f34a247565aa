/**
 * `npm run bench:bundle`: the bundle for the Secretary-General's report (issue 16: "the report bundle
 * for the whole scale data set in under 60 s") on embedded PGlite. Without DATA_DIR it builds its own
 * data set: 50,000 public pledges, 2,000 reviews, 500 outcome documents, 5,000 statements (as the
 * content index rows the bundle reads, plus 500 unpublished ones it must leave out) and 20,000
 * indicator values; with DATA_DIR it opens that data directory (e.g. the one `seed:scale` filled).
 * BENCH_SCALE (default 1) shrinks the built set to check the script quickly (BENCH_SCALE=0.01).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { seedReference } from '#db/seed/reference';
import { seedIndicatorCatalogue } from '~/modules/indicators/seed-indicator-catalogue.server';
import { buildReportBundle } from '~/modules/report-bundle/build-report-bundle.server';
import { loadConfig } from '~/platform/config.server';
import { openPglite } from '~/platform/db.server';
import { createMailer } from '~/platform/mailer.server';
import { setPlatform } from '~/platform/platform.server';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const n = (count: number) => Math.max(5, Math.round(count * scale));

async function main() {
  const given = process.env.DATA_DIR;
  const dataDir = given ?? fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-bundle-'));
  const config = loadConfig({
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-0',
    SEED_DEMO: '0',
    LOG_LEVEL: 'silent',
  });
  const database = await openPglite({ dataDir: path.join(dataDir, 'pglite') });
  await database.migrate();
  setPlatform({ config, database, mailer: createMailer({ from: config.MAIL_FROM, dataDir }) });
  const db = database.db;
  if (!given) {
    await seedReference(db);
    await seedIndicatorCatalogue(db);
    const item = (type: string, count: number, visibility: 'public' | 'restricted') => `
      insert into content_items (type, id, visibility, status, title, summary, objectives, countries, published_at, updated_at, path)
        select '${type}', md5('${type}${visibility}' || g), '${visibility}', 'published',
          jsonb_build_object('ar', 'عنصر رقم ' || g, 'en', '${type} ' || g),
          jsonb_build_object('ar', repeat('ملخص ', 20)), array[1 + g % 23], array['JOR'],
          timestamptz '2024-01-01' + (g % 700) * interval '1 day', now(), '/x/' || g
        from generate_series(1, ${count}) g`;
    for (const statement of [
      item('pledge', n(50_000), 'public'),
      item('national_review', n(2_000), 'public'),
      item('outcome_document', n(500), 'public'),
      item('statement', n(5_000), 'public'),
      item('pledge', n(500), 'restricted'),
      `insert into indicator_values (indicator_id, country_iso3, year, value)
        select i.id, c.iso3, 2024 + g % 2, 1 + (g % 90)
        from indicators i cross join (select iso3 from countries order by iso3 limit 190) c
          cross join generate_series(1, ${Math.max(1, Math.round(n(20_000) / (190 * 8)))}) g
        on conflict do nothing`,
      'analyze',
    ])
      await db.execute(sql.raw(statement));
  }
  const [bundle] = (
    await db.execute<{ id: string }>(
      sql`insert into report_bundles (period_start, period_end) values ('2024-01-01', '2025-12-31') returning id`,
    )
  ).rows;
  const started = performance.now();
  await buildReportBundle({ db, payload: { bundleId: bundle!.id } });
  const seconds = (performance.now() - started) / 1000;
  const [row] = (
    await db.execute<{ status: string; byte_size: number }>(
      sql`select status, byte_size from report_bundles where id = ${bundle!.id}`,
    )
  ).rows;
  const [counts] = (
    await db.execute<{ items: number; values: number }>(
      sql`select (select count(*) from content_items where visibility = 'public')::int as items, (select count(*) from indicator_values)::int as values`,
    )
  ).rows;
  console.log(
    `\nReport bundle on PGlite: ${counts!.items} public index rows, ${counts!.values} indicator values`,
  );
  console.log(
    `  machine: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `  build [goal < 60 s]: ${seconds.toFixed(1)} s, ${row!.status}, ZIP ${(Number(row!.byte_size) / 1024).toFixed(0)} KB`,
  );
  await database.close();
  if (!given) fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
