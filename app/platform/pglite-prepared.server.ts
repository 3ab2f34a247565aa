import type { PGlite, QueryOptions, Results, Transaction } from '@electric-sql/pglite';

/**
 * PGlite answers every `query(text, params)` with an unnamed statement: parse, describe, bind,
 * describe, execute, sync, each a trip through its WebAssembly glue, and PostgreSQL parses, analyses
 * and plans the text again every time. For the pledge list that was about a third of the call's CPU
 * (docs/measurements.md). Here a statement seen twice becomes a named prepared statement
 * (`PREPARE`), and later calls run `EXECUTE name(…)` with the parameters written as literals: the
 * same text PGlite itself would have sent in the bind message — its own serializer for each
 * parameter's type — quoted as a string constant, which PostgreSQL reads as a value of that type and
 * never as SQL. Results, parsers and errors are PGlite's, unchanged.
 *
 * Only SELECT, INSERT, UPDATE, DELETE, WITH and VALUES can be prepared; anything else, a call with
 * typed parameters or a blob, and a statement's first call go through untouched. The statements
 * live in the one PGlite session; the least recently used beyond `capacity` are deallocated.
 */
export function preparingStatements(client: PGlite, capacity = 200): PGlite {
  const seen = new Set<string>();
  const ready = new Map<string, Statement>();
  const preparing = new Set<string>();
  let counter = 0;

  async function run(
    query: Query,
    inTransaction: boolean,
    text: string,
    params: unknown[] = [],
    options?: QueryOptions,
  ) {
    if (!preparable.test(text) || options?.paramTypes || options?.blob) return query(text, params, options);
    const statement = ready.get(text);
    if (statement) {
      ready.delete(text);
      ready.set(text, statement);
      const call = `execute ${statement.name}${argumentList(client, statement.types, params, options)}`;
      try {
        return await query(call, [], options);
      } catch (error) {
        // Deallocated by another call's eviction while this one waited for the session: run it as
        // it came (inside a transaction the error has already aborted it, so it stands).
        if (inTransaction || (error as { code?: string }).code !== undefinedStatement) throw error;
        return query(text, params, options);
      }
    }
    if (!seen.has(text) || preparing.has(text)) {
      if (seen.size >= capacity * 4) seen.clear();
      seen.add(text);
      return query(text, params, options);
    }
    preparing.add(text);
    try {
      const name = `marsad_s${++counter}`;
      await query(`prepare ${name} as ${text}`);
      const types = params.length
        ? (
            (
              await query(
                `select parameter_types::oid[] as types from pg_prepared_statements where name = $1`,
                [name],
              )
            ).rows[0] as { types: number[] }
          ).types
        : [];
      ready.set(text, { name, types });
      while (ready.size > capacity) {
        const [oldText, old] = ready.entries().next().value as [string, Statement];
        ready.delete(oldText);
        await query(`deallocate ${old.name}`);
      }
      return await query(`execute ${name}${argumentList(client, types, params, options)}`, [], options);
    } finally {
      preparing.delete(text);
    }
  }

  const query = client.query.bind(client) as Query;
  client.query = ((text: string, params?: unknown[], options?: QueryOptions) =>
    run(query, false, text, params, options)) as PGlite['query'];
  const transaction = client.transaction.bind(client);
  client.transaction = (<T>(callback: (tx: Transaction) => Promise<T>) =>
    transaction((tx) => {
      const txQuery = tx.query.bind(tx) as Query;
      tx.query = ((text: string, params?: unknown[], options?: QueryOptions) =>
        run(txQuery, true, text, params, options)) as Transaction['query'];
      return callback(tx);
    })) as PGlite['transaction'];
  return client;
}

interface Statement {
  name: string;
  /** The parameters' type OIDs, as PostgreSQL inferred them when preparing. */
  types: number[];
}

type Query = (text: string, params?: unknown[], options?: QueryOptions) => Promise<Results<unknown>>;

const preparable = /^\s*\(*\s*(select|insert|update|delete|with|values)\b/i;
/** SQLSTATE invalid_sql_statement_name: no prepared statement of that name. */
const undefinedStatement = '26000';

/** `(…)` with each parameter as PGlite would have serialised it for its type, as a string constant. */
function argumentList(client: PGlite, types: number[], params: unknown[], options?: QueryOptions): string {
  if (params.length === 0) return '';
  const literals = params.map((param, i) => {
    if (param === null || param === undefined) return 'null';
    const oid = types[i] ?? 0;
    const serialize = options?.serializers?.[oid] ?? client.serializers[oid];
    return quoteLiteral(serialize ? serialize(param) : String(param));
  });
  return `(${literals.join(', ')})`;
}

/** A standard-conforming string constant: only the single quote needs doubling. */
export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
