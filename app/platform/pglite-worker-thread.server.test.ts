import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPglite, writesFinished } from './db.server';
import { startPgliteThread } from './pglite-worker-thread.server';

/** The SQLSTATE of an error or of the first of its causes that has one (Drizzle wraps pg's error). */
function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code) return e.code;
  }
  return undefined;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PGlite in a worker thread (PGLITE_WORKER)', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openPglite({ worker: true });
    await database.db.execute(sql`
      create table probe (
        id int primary key, label text, amount numeric(12, 2), big bigint, flag boolean, day date,
        at timestamptz, doc jsonb, tags text[], ref uuid, raw bytea
      )`);
  });
  afterAll(() => database?.close());

  it('runs queries with parameters of every kind and returns them as node-postgres parses them', async () => {
    const { db } = database;
    const at = new Date('2026-12-07T10:11:12.345Z');
    await db.execute(sql`
      insert into probe values (${1}, ${'هجرة آمنة'}, ${'1234.50'}, ${'9007199254740993'}, ${true}, ${'2026-02-28'},
        ${at}, ${JSON.stringify({ ar: 'نص', n: [1, 2] })}, ${sql.param(['أ', "b'c", ''])},
        ${'7c9e6679-7425-40de-944b-e07fc1f90ae7'}, ${Buffer.from([0, 1, 255])})`);
    await db.execute(sql`insert into probe (id, label) values (${2}, ${null})`);
    const { rows } = await db.execute<Record<string, unknown>>(
      sql`select id, label, amount, big, flag, day::text as day, at, doc, tags, ref, raw from probe order by id`,
    );
    expect(rows[0]).toMatchObject({
      id: 1,
      label: 'هجرة آمنة',
      amount: '1234.50',
      big: '9007199254740993',
      flag: true,
      day: '2026-02-28',
      doc: { ar: 'نص', n: [1, 2] },
      tags: ['أ', "b'c", ''],
      ref: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
    });
    expect(new Date(String(rows[0]!.at)).toISOString()).toBe(at.toISOString());
    expect([...(rows[0]!.raw as Buffer)]).toEqual([0, 1, 255]);
    expect(rows[1]).toMatchObject({ id: 2, label: null, flag: null });
  });

  it('reports errors with their SQLSTATE and keeps the session usable', async () => {
    const { db } = database;
    await db.execute(sql`insert into probe (id) values (${10})`);
    const duplicate = await db.execute(sql`insert into probe (id) values (${10})`).catch((e: unknown) => e);
    expect(sqlState(duplicate)).toBe('23505');
    const syntax = await db.execute(sql`selec 1`).catch((e: unknown) => e);
    expect(sqlState(syntax)).toBe('42601');
    const { rows } = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from probe where id = ${10}`,
    );
    expect(rows[0]!.n).toBe(1);
  });

  it('commits a transaction and rolls one back when its callback throws', async () => {
    const { db } = database;
    const before = writesFinished();
    await db.transaction(async (tx) => {
      await tx.execute(sql`insert into probe (id) values (${20})`);
    });
    expect(writesFinished()).toBeGreaterThan(before);
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`insert into probe (id) values (${21})`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const failed = await db
      .transaction(async (tx) => {
        await tx.execute(sql`insert into probe (id) values (${22})`);
        await tx.execute(sql`insert into probe (id) values (${22})`);
      })
      .catch((e: unknown) => e);
    expect(sqlState(failed)).toBe('23505');
    const { rows } = await db.execute<{ id: number }>(
      sql`select id from probe where id between 20 and 29 order by id`,
    );
    expect(rows.map((r) => r.id)).toEqual([20]);
  });

  it('runs concurrent transactions one after another', async () => {
    const { db } = database;
    await db.execute(sql`create table counter (n int)`);
    await db.execute(sql`insert into counter values (0)`);
    const spans: [string, number, number][] = [];
    // Read, wait, write: interleaved transactions would lose an increment.
    const increment = (name: string) =>
      db.transaction(async (tx) => {
        const started = performance.now();
        const { rows } = await tx.execute<{ n: number }>(sql`select n from counter`);
        await pause(30);
        await tx.execute(sql`update counter set n = ${rows[0]!.n + 1}`);
        spans.push([name, started, performance.now()]);
      });
    await Promise.all([increment('a'), increment('b'), increment('c')]);
    const { rows } = await db.execute<{ n: number }>(sql`select n from counter`);
    expect(rows[0]!.n).toBe(3);
    spans.sort((x, y) => x[1] - y[1]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![1]).toBeGreaterThanOrEqual(spans[i - 1]![2]);
  });

  it('answers a query sent outside a running transaction after that transaction ends', async () => {
    const { db } = database;
    let committed = false;
    let inside!: () => void;
    const begun = new Promise<void>((resolve) => {
      inside = resolve;
    });
    const writing = db.transaction(async (tx) => {
      await tx.execute(sql`insert into probe (id, label) values (${30}, ${'during'})`);
      inside();
      await pause(50);
      committed = true;
    });
    await begun;
    const { rows } = await db.execute<{ label: string }>(sql`select label from probe where id = ${30}`);
    expect(committed).toBe(true);
    expect(rows).toEqual([{ label: 'during' }]);
    await writing;
  });

  it('dumps its data folder, which another worker store then loads', async () => {
    const dump = await database.dump!('gzip');
    const copy = await openPglite({ worker: true, loadDataDir: dump });
    try {
      const { rows } = await copy.db.execute<{ n: number }>(sql`select count(*)::int as n from probe`);
      const { rows: here } = await database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from probe`,
      );
      expect(rows[0]!.n).toBe(here[0]!.n);
      expect(rows[0]!.n).toBeGreaterThan(0);
    } finally {
      await copy.close();
    }
  });
});

describe('PGlite in a worker thread, on disk', () => {
  it('keeps what was written through a close and a reopen, and leaves no socket behind', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-worker-test-'));
    const sockets = () =>
      fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(`marsad-pglite-${process.pid}-`)).length;
    try {
      const socketsBefore = sockets();
      const first = await openPglite({ worker: true, dataDir });
      await first.db.execute(sql`create table kept (t text)`);
      await first.db.execute(sql`insert into kept values (${'بعد الإغلاق'})`);
      await first.close();
      expect(sockets()).toBe(socketsBefore);
      await expect(first.db.execute(sql`select 1`)).rejects.toThrow();
      const second = await openPglite({ worker: true, dataDir });
      try {
        const { rows } = await second.db.execute<{ t: string }>(sql`select t from kept`);
        expect(rows).toEqual([{ t: 'بعد الإغلاق' }]);
      } finally {
        await second.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('socket folders left by a killed process', () => {
  it('are cleared at the next start; a running process keeps its own', async () => {
    // Above any Linux pid_max (2^22): no process runs under it.
    const ended = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-pglite-4194999-'));
    fs.writeFileSync(path.join(ended, '.s.PGSQL.5432'), '');
    const running = fs.mkdtempSync(path.join(os.tmpdir(), `marsad-pglite-${process.ppid}-`));
    try {
      const thread = await openPglite({ worker: true });
      await thread.close();
      expect(fs.existsSync(ended)).toBe(false);
      expect(fs.existsSync(running)).toBe(true);
    } finally {
      fs.rmSync(ended, { recursive: true, force: true });
      fs.rmSync(running, { recursive: true, force: true });
    }
  });
});

describe('a worker thread that ends on its own', () => {
  it('is reported once through onLost; a close is not', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-lost-'));
    // Says it is ready, then dies as a crash in the database would end the thread.
    const dying = path.join(dir, 'dying.mjs');
    fs.writeFileSync(
      dying,
      "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ type: 'ready' });\nsetTimeout(() => process.exit(3), 20);\n",
    );
    const lost: Error[] = [];
    const thread = await startPgliteThread({
      startParams: [],
      workerFile: dying,
      onLost: (e) => lost.push(e),
    });
    await pause(300);
    expect(lost.map((e) => e.message)).toEqual(["the embedded database's thread ended (code 3)"]);
    await expect(thread.dump('none')).rejects.toThrow('code 3');
    await thread.close();

    const quiet: Error[] = [];
    const database = await openPglite({ worker: true, onLost: (e) => quiet.push(e) });
    await database.close();
    await pause(100);
    expect(quiet).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
