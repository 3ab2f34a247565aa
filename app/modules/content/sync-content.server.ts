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

/**
 * Writes entries of one type (insert or replace), with their search vectors and, if public, their
 * stems: one JSON document per batch (a reindex or an import writes thousands).
 */
export async function writeEntries(db: DbOrTx, type: ContentType, entries: readonly ContentEntry[]) {
  for (let i = 0; i < entries.length; i += batchSize) {
    const publicTerms = new Set<string>();
    const rows = entries.slice(i, i + batchSize).map((entry) => {
      const searchVector = searchVectorOf(entry);
      // Only public words feed typo correction, so a correction never reveals a restricted text.
      if (entry.visibility === 'public') for (const term of lexemesOf(searchVector)) publicTerms.add(term);
      return { type: type.key, ...storedForm(entry), searchVector };
    });
    await insertJsonRows(db, contentItems, rows, {
      suffix: sql`on conflict (type, id) do update set ${replaced}`,
    });
    if (publicTerms.size) {
      await db.execute(
        sql`insert into ${searchTerms} (term) select unnest(${sql.param([...publicTerms])}::text[]) on conflict do nothing`,
      );
    }
  }
}

/**
 * Brings the index in line with the sources for these items of one type: call it in the transaction
 * of every write that changes what the index holds (status, text, tags, readers), after the write.
 * Items that no longer exist leave the index.
 */
export async function syncContent(db: DbOrTx, type: ContentType, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (!unique.length) return;
  for (let i = 0; i < unique.length; i += batchSize) {
    const batch = unique.slice(i, i + batchSize);
    const entries = await type.project(db, batch);
    const present = new Set(entries.map((e) => e.id));
    const gone = batch.filter((id) => !present.has(id));
    if (gone.length) {
      await db
        .delete(contentItems)
        .where(and(eq(contentItems.type, type.key), inArray(contentItems.id, gone)));
    }
    await writeEntries(db, type, entries);
  }
}
