import crypto from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namingStatements } from './named-statements.server';
import { type PgliteThread, startPgliteThread } from './pglite-worker-thread.server';

/**
 * The naming on node-postgres' pool, on the embedded store's worker (one session that outlives its
 * connections) and on PostgreSQL when TEST_DATABASE_URL is set. One connection, so the statements a
 * test reads in pg_prepared_statements are the ones its calls made.
 */
interface Store {
  name: string;
  open(capacity?: number): Promise<pg.Pool>;
  close(): Promise<void>;
}

function pgliteWorkerStore(): Store {
  let thread: PgliteThread | undefined;
  return {
    name: 'PGlite worker',
    async open(capacity) {
      thread ??= await startPgliteThread({ startParams: PGlite.defaultStartParams });
      const config = { host: thread.socketDir, user: 'postgres', database: 'postgres', max: 1 };
      return namingStatements(new pg.Pool(config), { capacity, sharedSession: true });
    },
    close: async () => thread?.close(),
  };
}

function postgresStore(url: string): Store {
  const name = `marsad_named_${crypto.randomBytes(6).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(text);
    await client.end();
  };
  let created = false;
  return {
    name: 'PostgreSQL',
    async open(capacity) {
      if (!created) await admin(`create database ${name}`);
      created = true;
      const target = new URL(url);
      target.pathname = `/${name}`;
      return namingStatements(new pg.Pool({ connectionString: target.toString(), max: 1 }), { capacity });
    },
    close: async () => {
      if (created) await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

const stores = [
  pgliteWorkerStore(),
  ...(process.env.TEST_DATABASE_URL ? [postgresStore(process.env.TEST_DATABASE_URL)] : []),
];

const preparedNames = async (pool: pg.Pool) =>
  (
    await pool.query<{ name: string }>(
      `select name from pg_prepared_statements where name like 'marsad\\_%' order by name`,
    )
  ).rows.map((r) => r.name);

for (const store of stores) {
  describe(`named statements on node-postgres (${store.name})`, () => {
    let pool: pg.Pool;
    beforeAll(async () => {
      pool = await store.open();
      await pool.query(`drop table if exists named_probe`);
      await pool.query(`create table named_probe (id int primary key, label text, tags text[])`);
    });
    afterAll(async () => {
      await pool?.end();
      await store.close();
    });

    it('names a statement seen twice and binds each call its own parameters', async () => {
      const text = 'select $1::int + $2::int as n, $3::text as label, $4::text[] as tags';
      const answers = [];
      for (const [a, b, label] of [
        [1, 2, "it's"],
        [40, 2, 'هجرة آمنة'],
        [-5, 5, null],
        [7, 0, "'); drop table named_probe; --"],
      ] as const) {
        answers.push((await pool.query(text, [a, b, label, [label ?? '', 'b"c']])).rows[0]);
      }
      expect(answers).toEqual([
        { n: 3, label: "it's", tags: ["it's", 'b"c'] },
        { n: 42, label: 'هجرة آمنة', tags: ['هجرة آمنة', 'b"c'] },
        { n: 0, label: null, tags: ['', 'b"c'] },
        { n: 7, label: "'); drop table named_probe; --", tags: ["'); drop table named_probe; --", 'b"c'] },
      ]);
      const statements = await pool.query<{ statement: string }>(
        `select statement from pg_prepared_statements where name like 'marsad\\_%'`,
      );
      expect(statements.rows.map((r) => r.statement)).toContain(text);
    });

    it('answers with the new shape after the table changes under a prepared statement', async () => {
      await pool.query(`insert into named_probe values (1, 'one', '{a}'), (2, 'two', '{b}')`);
      const star = 'select * from named_probe where id = $1';
      const byLabel = 'select id from named_probe where label = $1';
      for (let i = 0; i < 3; i++) {
        expect((await pool.query(star, [1])).rows).toEqual([{ id: 1, label: 'one', tags: ['a'] }]);
        expect((await pool.query(byLabel, ['two'])).rows).toEqual([{ id: 2 }]);
      }
      // As a migration would: a column added, an index the plan may use, a column's type changed.
      await pool.query(`alter table named_probe add column amount numeric default 5`);
      await pool.query(`create index named_probe_label on named_probe (label)`);
      await pool.query(`alter table named_probe alter column label type varchar(20)`);
      expect((await pool.query(star, [1])).rows).toEqual([{ id: 1, label: 'one', tags: ['a'], amount: '5' }]);
      expect((await pool.query(byLabel, ['two'])).rows).toEqual([{ id: 2 }]);
      await pool.query(`alter table named_probe drop column amount`);
      for (let i = 0; i < 3; i++) {
        expect((await pool.query(star, [2])).rows).toEqual([{ id: 2, label: 'two', tags: ['b'] }]);
      }
    });

    it('runs a statement again when the session lost its prepared statements', async () => {
      const text = 'select count(*)::int as n from named_probe where id > $1';
      await pool.query(text, [0]);
      await pool.query(text, [0]);
      await pool.query('deallocate all');
      expect((await pool.query(text, [1])).rows).toEqual([{ n: 1 }]);
      expect((await pool.query(text, [0])).rows).toEqual([{ n: 2 }]);
    });

    it('in a transaction, a statement whose result changed shape fails the transaction', async () => {
      const text = 'select * from named_probe where id = $1';
      await pool.query(text, [1]);
      await pool.query(text, [1]);
      await pool.query(`alter table named_probe add column extra int`);
      const client = await pool.connect();
      try {
        await client.query('begin');
        const failed = await client.query(text, [1]).catch((e: { code?: string }) => e);
        expect((failed as { code?: string }).code).toBe('0A000');
        await client.query('rollback');
      } finally {
        client.release();
      }
      // Outside a transaction the next call prepares it afresh.
      expect((await pool.query(text, [1])).rows).toEqual([{ id: 1, label: 'one', tags: ['a'], extra: null }]);
      await pool.query(`alter table named_probe drop column extra`);
    });

    it('keeps working on a new connection (an error closes the pool connection)', async () => {
      const text = 'select label from named_probe where id = $1';
      await pool.query(text, [1]);
      await pool.query(text, [1]);
      await expect(pool.query('selec 1')).rejects.toMatchObject({ code: '42601' });
      expect((await pool.query(text, [2])).rows).toEqual([{ label: 'two' }]);
      expect((await pool.query(text, [1])).rows).toEqual([{ label: 'one' }]);
    });

    it('deallocates the least recently used names beyond its capacity', async () => {
      await pool.end();
      pool = await store.open(2);
      await pool.query('deallocate all');
      const texts = [1, 2, 3].map((n) => `select ${n} + $1::int as n`);
      for (const text of texts) for (let i = 0; i < 2; i++) await pool.query(text, [i]);
      // The third name retired the first; this connection drops it before its next named call.
      await pool.query(texts[2]!, [0]);
      expect(await preparedNames(pool)).toHaveLength(2);
      expect((await pool.query(texts[0]!, [1])).rows).toEqual([{ n: 2 }]);
    });
  });
}
