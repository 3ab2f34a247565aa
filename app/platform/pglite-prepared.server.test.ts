import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparingStatements } from './pglite-prepared.server';

/** The prepared-statement path must give what PGlite's own unnamed statements give, value for value. */
describe('preparingStatements', () => {
  let client: PGlite;
  beforeAll(async () => {
    client = preparingStatements(await PGlite.create(), 3);
    await client.exec(`
      create table probe (id serial primary key, t text unique, n int, j jsonb, a text[], b bytea,
        at timestamptz, ok boolean, u uuid);
    `);
  });
  afterAll(() => client.close());

  const prepared = async () =>
    (
      await client.query<{ name: string; statement: string }>(
        'select name, statement from pg_prepared_statements',
      )
    ).rows;

  it('round-trips every kind of value through the prepared statement, quotes and backslashes as data', async () => {
    const insert =
      'insert into probe (t, n, j, a, b, at, ok, u) values ($1, $2, $3, $4, $5, $6, $7, $8) returning *';
    const awkward = `it's a "test" \\ with a back\\slash'); drop table probe; --`;
    const rows = [];
    for (let i = 0; i < 3; i++) {
      const result = await client.query(insert, [
        `${awkward} ${i}`,
        i,
        { list: [1, "o'clock"], nested: { ar: 'الهجرة' } },
        ['a,b', 'c"d', "e'f", null, '\\g'],
        new Uint8Array([0, 39, 92, 255]),
        new Date('2026-12-07T10:00:00.000Z'),
        i % 2 === 0,
        '0b5c2b0e-6d6a-4c53-9d88-8a8a0d8f6f0a',
      ]);
      expect(result.affectedRows).toBe(1);
      rows.push(result.rows[0]);
    }
    expect(await prepared()).toEqual([expect.objectContaining({ name: expect.stringMatching(/^marsad_s/) })]);
    for (const [i, row] of rows.entries()) {
      expect(row).toMatchObject({
        t: `${awkward} ${i}`,
        n: i,
        j: { list: [1, "o'clock"], nested: { ar: 'الهجرة' } },
        a: ['a,b', 'c"d', "e'f", null, '\\g'],
        b: new Uint8Array([0, 39, 92, 255]),
        at: new Date('2026-12-07T10:00:00.000Z'),
        ok: i % 2 === 0,
      });
    }
    const count = await client.query<{ n: number }>('select count(*)::int as n from probe');
    expect(count.rows[0]?.n).toBe(3);
  });

  it('passes nulls and JSON arrays, and keeps array row mode', async () => {
    const select = 'select $1::jsonb as j, $2::int as n';
    for (let i = 0; i < 3; i++) {
      const result = await client.query(select, [[1, 2, { a: 'b' }], null], { rowMode: 'array' });
      expect(result.rows).toEqual([[[1, 2, { a: 'b' }], null]]);
    }
  });

  it('raises the same errors with the same codes, and a failed statement aborts its transaction', async () => {
    const insert = 'insert into probe (t) values ($1)';
    await client.query(insert, ['unique one']);
    for (let i = 0; i < 2; i++) {
      await expect(client.query(insert, ['unique one'])).rejects.toMatchObject({ code: '23505' });
    }
    await expect(
      client.transaction(async (tx) => {
        await tx.query(insert, ['inside']);
        await tx.query(insert, ['unique one']);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    const inside = await client.query('select count(*)::int as n from probe where t = $1', ['inside']);
    expect(inside.rows[0]).toEqual({ n: 0 });
  });

  it('prepares inside transactions and keeps at most `capacity` statements', async () => {
    await client.transaction(async (tx) => {
      for (let k = 0; k < 6; k++) {
        for (let i = 0; i < 2; i++) {
          const result = await tx.query<{ k: number }>(`select $1::int + ${k} as k`, [i]);
          expect(result.rows[0]?.k).toBe(i + k);
        }
      }
    });
    expect((await prepared()).length).toBeLessThanOrEqual(3);
    // An evicted statement runs again, prepared anew.
    for (let i = 0; i < 3; i++) {
      const result = await client.query<{ k: number }>('select $1::int + 0 as k', [i]);
      expect(result.rows[0]?.k).toBe(i);
    }
  });

  it('leaves statements that cannot be prepared alone', async () => {
    for (let i = 0; i < 3; i++) await client.query('set local statement_timeout = 0');
    await client.query('show statement_timeout');
    await client.query('show statement_timeout');
    const names = (await prepared()).map((p) => p.statement);
    expect(names.some((s) => /statement_timeout/.test(s))).toBe(false);
  });
});
