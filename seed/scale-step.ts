import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '~/platform/db.server';

/** How many of each kind `npm run seed:scale` writes (tests pass small ones). */
export interface ScaleSizes {
  organisations: number;
  pledges: number;
  /** Regional review cycles per region that runs reviews (the regional commissions and LAS). */
  reviewCycles: number;
  resources: number;
  experts: number;
  meetings: number;
}

export interface ScaleStep {
  name: string;
  /** Writes its rows; returns how many. Runs after the steps before it (it may read their rows). */
  run(db: Db, sizes: ScaleSizes): Promise<number>;
}

export const countRows = async (db: Db, query: SQL) =>
  Number((await db.execute<{ n: number }>(query)).rows[0]?.n ?? 0);

const literalArray = (items: readonly string[]) =>
  sql.raw(`array[${items.map((s) => `'${s.replaceAll("'", "''")}'`).join(', ')}]`);

/**
 * A paragraph of `count` sentences drawn from `pool` by a hash of `seed` (an SQL text expression),
 * so every row gets its own text without a round trip per row. Arabic and English pools are
 * translations line by line: drawn with the same seed, the two languages say the same thing.
 */
export function paragraphSql(pool: readonly string[], seed: SQL, count: SQL | number): SQL {
  return sql`array_to_string(array(select (${literalArray(pool)})[1 + abs(hashtext(${seed} || '/' || k)) % ${pool.length}]
    from generate_series(1, ${count}) k), ' ')`;
}

/** One item of `pool` by a hash of `seed`. */
export function pickSql(pool: readonly string[], seed: SQL): SQL {
  return sql`(${literalArray(pool)})[1 + abs(hashtext(${seed})) % ${pool.length}]`;
}
