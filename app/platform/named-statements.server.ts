import crypto from 'node:crypto';
import type pg from 'pg';

/**
 * node-postgres sends a query without a `name` as an unnamed statement, which the server parses,
 * analyses and plans on every call; for the API's pledge list on the embedded store (PGlite in its
 * worker, decision 89) that was a third of the statement's time. Here a statement text seen twice on
 * a pool gets a name (`marsad_<pool>_1`, …): each connection then parses it once, and later calls only
 * bind and execute, reusing PostgreSQL's plan cache (custom plans for the first five executions, then
 * the generic plan when it costs no more). This is decision 82's rule on the node-postgres path,
 * serving both the worker and a PostgreSQL server.
 *
 * Only SELECT, INSERT, UPDATE, DELETE, WITH and VALUES texts with parameters are named. The least recently used
 * names beyond `capacity` are retired: each connection deallocates the ones it holds the next time
 * it is used outside a transaction. A named call the server cannot run as prepared — the statement is
 * gone (a `DEALLOCATE ALL`), a migration changed the columns it returns, or the session already
 * holds the name — retires its name and, outside a transaction, runs again unnamed as it came; in a
 * transaction the error has aborted it and stands. PostgreSQL itself plans a prepared statement
 * again when a table, index or type it reads changes, so a migration never leaves a stale plan.
 */
export function namingStatements(
  pool: pg.Pool,
  options: {
    capacity?: number;
    /**
     * A new connection may find statements of an earlier one in the session (PGlite's one session
     * outlives the worker's socket connections): it drops them before its first named statement.
     */
    sharedSession?: boolean;
  } = {},
): pg.Pool {
  const names = statementNames(options.capacity ?? 200);
  pool.on('connect', (client) => nameOn(client, names, options.sharedSession ?? false));
  return pool;
}

/** The names given on one pool: text → name, least recently used first, and the live names. */
function statementNames(capacity: number) {
  const seen = new Set<string>();
  const byText = new Map<string, string>();
  const live = new Set<string>();
  // Unique to this pool: behind a connection pooler that hands one server session to several
  // processes, a name another process gave to another text is never taken for ours.
  const prefix = `marsad_${crypto.randomBytes(4).toString('hex')}_`;
  let counter = 0;
  /** Bumped when a name is retired: connections compare it with theirs to know they have names to drop. */
  let retirements = 0;
  const retire = (text: string) => {
    const name = byText.get(text);
    if (!name) return;
    byText.delete(text);
    live.delete(name);
    retirements++;
  };
  return {
    /** The name of a text seen before, or undefined (its first sighting, or not a statement to name). */
    nameOf(text: string): string | undefined {
      if (!preparable.test(text)) return undefined;
      const name = byText.get(text);
      if (name) {
        byText.delete(text);
        byText.set(text, name);
        return name;
      }
      if (!seen.has(text)) {
        if (seen.size >= capacity * 4) seen.clear();
        seen.add(text);
        return undefined;
      }
      const fresh = `${prefix}${++counter}`;
      byText.set(text, fresh);
      live.add(fresh);
      while (byText.size > capacity) retire(byText.keys().next().value as string);
      return fresh;
    },
    retire,
    isLive: (name: string) => live.has(name),
    retirements: () => retirements,
  };
}

type Names = ReturnType<typeof statementNames>;
type Callback = (error: Error | null, result?: pg.QueryResult) => void;

function nameOn(client: pg.PoolClient, names: Names, sharedSession: boolean): void {
  const original = client.query as unknown as (...args: unknown[]) => unknown;
  const query = (config: unknown, values?: unknown) =>
    original.call(client, config, values) as Promise<pg.QueryResult>;
  /** The names this connection has sent a Parse for, and the retirements it has caught up with. */
  const held = new Set<string>();
  let caughtUp = names.retirements();
  let sessionCleared = !sharedSession;
  // node-postgres keeps the names a connection has parsed, to skip the Parse next time; a dropped
  // name must leave it too (not in its typings).
  const parsed = () =>
    (client as unknown as { connection: { parsedStatements: Record<string, string> } }).connection
      .parsedStatements;

  async function dropRetired() {
    if (!sessionCleared) {
      await query('deallocate all');
      sessionCleared = true;
    }
    if (caughtUp === names.retirements() || client.getTransactionStatus() !== 'I') return;
    caughtUp = names.retirements();
    const gone = [...held].filter((name) => !names.isLive(name));
    if (!gone.length) return;
    for (const name of gone) {
      held.delete(name);
      delete parsed()[name];
    }
    // One that is not there (its Parse failed) fails the rest of the script: each on its own.
    for (const name of gone) await query(`deallocate ${name}`).catch(() => {});
  }

  async function run(config: pg.QueryConfig, values: unknown[]): Promise<pg.QueryResult> {
    const name = names.nameOf(config.text);
    if (!name) return query(config, values);
    await dropRetired();
    held.add(name);
    try {
      return await query({ ...config, name }, values);
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (!notRunAsPrepared.has(code)) throw error;
      // Retired: a statement still in the session is deallocated with the other retired ones.
      names.retire(config.text);
      if (code === undefinedStatement) {
        held.delete(name);
        delete parsed()[name];
      }
      // 'I' before this statement's ReadyForQuery arrived and after it alike: no transaction was open.
      if (client.getTransactionStatus() !== 'I') throw error;
      return query(config, values);
    }
  }

  client.query = ((...args: unknown[]) => {
    const [config, values, callback] = args;
    // Only a call that takes the extended protocol anyway (it has parameters): one without them may
    // be a script of several statements, which a prepared statement cannot hold.
    if (!Array.isArray(values) || values.length === 0) return original.apply(client, args);
    const own = typeof config === 'string' ? { text: config } : (config as Partial<pg.QueryConfig> | null);
    if (
      typeof own?.text !== 'string' ||
      own.name ||
      typeof (own as { submit?: unknown }).submit === 'function'
    )
      return original.apply(client, args);
    const result = run(own as pg.QueryConfig, values);
    if (typeof callback !== 'function') return result;
    result.then(
      (r) => (callback as Callback)(null, r),
      (e: Error) => (callback as Callback)(e),
    );
    return undefined;
  }) as typeof client.query;
}

const preparable = /^\s*\(*\s*(select|insert|update|delete|with|values)\b/i;
/**
 * SQLSTATEs of a named call that did not run: no statement of that name (26000), the result's
 * columns changed since it was prepared (0A000, "cached plan must not change result type"), the name
 * already taken in the session (42P05).
 */
const undefinedStatement = '26000';
const notRunAsPrepared = new Set([undefinedStatement, '0A000', '42P05']);
