import { and, eq, inArray, sql } from 'drizzle-orm';
import { contentItems } from '#db/schema/content';
import { searchTerms } from '#db/schema/search';
import type { DbOrTx } from '~/platform/db.server';
import { insertJsonRows } from '~/platform/insert-json-rows.server';
import { tsvectorLiteral } from '~/platform/text/search-text';
import type { ContentEntry, ContentType } from './content-type';

/** The entry as stored: lists unique and sorted, so equal content compares equal. */
export function storedForm(entry: ContentEntry): ContentEntry {
  const sorted = <T>(values: readonly T[], compare?: (a: T, b: T) => number) =>
    [...new Set(values)].sort(compare);
  return {
    ...entry,
    readers: entry.visibility === 'restricted' ? sorted(entry.readers) : [],
    objectives: sorted(entry.objectives, (a, b) => a - b),
    principles: sorted(entry.principles),
    countries: sorted(entry.countries),
    regions: sorted(entry.regions),
    attributes: sorted(entry.attributes ?? []),
  };
}

const batchSize = 500;

/** The texts search reads, by weight: titles A, summaries B, bodies C, every language. */
export function searchVectorOf(entry: ContentEntry): string {
  const texts = (value: ContentEntry['title']) => [value.ar ?? '', value.en ?? ''].join('\n');
  return tsvectorLiteral([
    { text: texts(entry.title), weight: 'A' },
    { text: texts(entry.summary), weight: 'B' },
    { text: texts(entry.body), weight: 'C' },
  ]);
}

const lexemesOf = (vector: string) =>
  [...vector.matchAll(/'((?:[^']|'')*)':/g)].map((m) => m[1]!.replace(/''/g, "'"));

/** The columns an entry replaces when it is written again (all but the key). */
const replaced = sql.raw(
  [
    'visibility',
    'readers',
    'status',
    'original_language',
    'title',
    'summary',
    'body',
    'objectives',
    'principles',
    'countries',
    'regions',
    'year',
    'published_at',
    'updated_at',
    'path',
    'is_sample',
    'attributes',
    'search_vector',
  ]
    .map((column) => `${column} = excluded.${column}`)
    .join(', '),
);

interface PreparedBatch {
  rows: (typeof contentItems.$inferInsert)[];
  /** Public words this call has not written yet. */
  terms: string[];
}

/**
 * The analysis of a batch (search vectors, stored forms): CPU on this thread, while the database
 * may be writing the batch before. `written` holds the public words already sent by this call, so
 * a rebuild sends each of its vocabulary's words once rather than once per batch.
 */
function prepareBatch(
  type: ContentType,
  entries: readonly ContentEntry[],
  written: Set<string>,
): PreparedBatch {
  const terms: string[] = [];
  const rows = entries.map((entry) => {
    const searchVector = searchVectorOf(entry);
    // Only public words feed typo correction, so a correction never reveals a restricted text.
    if (entry.visibility === 'public') {
      for (const term of lexemesOf(searchVector)) {
        if (written.has(term)) continue;
        written.add(term);
        terms.push(term);
      }
    }
    return { type: type.key, ...storedForm(entry), searchVector };
  });
  return { rows, terms };
}

async function writeBatch(db: DbOrTx, batch: PreparedBatch) {
  await insertJsonRows(db, contentItems, batch.rows, {
    suffix: sql`on conflict (type, id) do update set ${replaced}`,
  });
  if (batch.terms.length) {
    await db.execute(
      sql`insert into ${searchTerms} (term) select unnest(${sql.param(batch.terms)}::text[]) on conflict do nothing`,
    );
  }
}

/**
 * Writes entries of one type (insert or replace), with their search vectors and, if public, their
 * stems: one JSON document per batch (a reindex or an import writes thousands).
 */
export async function writeEntries(db: DbOrTx, type: ContentType, entries: readonly ContentEntry[]) {
  const written = new Set<string>();
  for (let i = 0; i < entries.length; i += batchSize) {
    await writeBatch(db, prepareBatch(type, entries.slice(i, i + batchSize), written));
  }
}

/** The entries of a batch of ids, and the ids that project to nothing (they leave the index). */
async function projectBatch(db: DbOrTx, type: ContentType, ids: readonly string[]) {
  const entries = await type.project(db, ids);
  const present = new Set(entries.map((e) => e.id));
  return { entries, gone: ids.filter((id) => !present.has(id)) };
}

/**
 * Brings the index in line with the sources for these items of one type: call it in the transaction
 * of every write that changes what the index holds (status, text, tags, readers), after the write.
 * Items that no longer exist leave the index. In batches, one statement at a time (a transaction has
 * one connection), but pipelined: a batch is analysed here while the database writes the one before,
 * which on the embedded store (its own thread) or a server keeps both at work during a rebuild.
 */
export async function syncContent(db: DbOrTx, type: ContentType, ids: readonly string[]): Promise<void> {
  const batches: string[][] = [];
  for (const id of new Set(ids)) {
    if (!batches.length || batches[batches.length - 1]!.length === batchSize) batches.push([]);
    batches[batches.length - 1]!.push(id);
  }
  if (!batches.length) return;
  const written = new Set<string>();
  let current = await projectBatch(db, type, batches[0]!);
  let prepared = prepareBatch(type, current.entries, written);
  let next = batches[1] ? await projectBatch(db, type, batches[1]) : undefined;
  for (let i = 0; ; i++) {
    if (current.gone.length) {
      await db
        .delete(contentItems)
        .where(and(eq(contentItems.type, type.key), inArray(contentItems.id, current.gone)));
    }
    // Sent before the next analysis starts, so the database works on it meanwhile.
    const writing = writeBatch(db, prepared);
    if (!next) return writing;
    const following = prepareBatch(type, next.entries, written);
    await writing;
    current = next;
    prepared = following;
    next = batches[i + 2] ? await projectBatch(db, type, batches[i + 2]!) : undefined;
  }
}
