import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { seedReference } from '#db/seed/reference';
import { seedIndicatorCatalogue } from '~/modules/indicators/seed-indicator-catalogue.server';
import { openPglite, openPostgres } from '~/platform/db.server';

/**
 * Migrates and seeds reference data once per run; every test file then starts from a copy:
 * a PGlite data-dir dump loaded in memory, or on PostgreSQL (TEST_DATABASE_URL) a database
 * cloned from a template database.
 */
export default async function setup(project: TestProject) {
  const dir = path.resolve('.data-test');
  fs.mkdirSync(dir, { recursive: true });
  const pgliteTemplate = path.join(dir, `template-${process.pid}.tar`);
  const pglite = await openPglite();
  await pglite.migrate();
  await seedReference(pglite.db);
  await seedIndicatorCatalogue(pglite.db);
  fs.writeFileSync(pgliteTemplate, Buffer.from(await (await pglite.dump!()).arrayBuffer()));
  await pglite.close();
  project.provide('pgliteTemplate', pgliteTemplate);

  const url = process.env.TEST_DATABASE_URL;
  let templateDb: string | undefined;
  if (url) {
    templateDb = `marsad_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${templateDb}`);
    await admin.query(`create database ${templateDb}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${templateDb}`;
    const database = await openPostgres(target.toString(), { max: 1 });
    await database.migrate();
    await seedReference(database.db);
    await seedIndicatorCatalogue(database.db);
    await database.close();
  }
  project.provide('postgresTemplate', templateDb ?? '');
  project.provide('runId', String(process.pid));

  return async () => {
    fs.rmSync(pgliteTemplate, { force: true });
    if (url && templateDb) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      const { rows } = await admin.query<{ datname: string }>(
        `select datname from pg_database where datname like $1 or datname = $2`,
        [`marsad\\_t\\_${process.pid}\\_%`, templateDb],
      );
      for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
      await admin.end();
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
    runId: string;
  }
}
