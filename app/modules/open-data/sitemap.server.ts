import { pipeline, Readable } from 'node:stream';
import { asc, gt, sql } from 'drizzle-orm';
import { SitemapIndexStream, type SitemapItemLoose, SitemapStream } from 'sitemap';
import { contentItems } from '#db/schema/content';
import { countries, principles, regions } from '#db/schema/reference';
import { readContentStamp } from '~/modules/content/content-stamp.server';
import { contentTypeKeys } from '~/modules/content/content-type-keys';
import { publicContent } from '~/modules/content/readable-content.server';
import { objectiveNumbers } from '~/modules/reference/constants';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { datasetKeys } from './datasets.server';

/** Items per content part: two URLs each (ar, en), well under the 50,000-URL limit of one file. */
export const itemsPerPart = 10_000;
const batchSize = 1_000;

/** One page in both languages: an entry per language, each naming both plus x-default (Arabic first). */
function entriesFor(path: string, lastmod?: Date): SitemapItemLoose[] {
  const links = [
    { lang: 'ar', url: `/ar${path}` },
    { lang: 'en', url: `/en${path}` },
    { lang: 'x-default', url: `/ar${path}` },
  ];
  return (['ar', 'en'] as const).map((lang) => ({
    url: `/${lang}${path}`,
    links,
    ...(lastmod ? { lastmod: lastmod.toISOString() } : {}),
  }));
}

/** The sitemap streams emit strings; a Response body wants bytes. */
const toWeb = (stream: Readable) => {
  const encoder = new TextEncoder();
  return (Readable.toWeb(stream) as ReadableStream<string | Uint8Array>).pipeThrough(
    new TransformStream<string | Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      },
    }),
  );
};

/**
 * The sitemap index (/sitemap.xml): the framework pages' part, then each content type's parts of
 * `itemsPerPart` public items, so the site fits the format's limits at any size.
 */
export async function sitemapIndex(options: {
  db: DbOrTx;
  origin: string;
}): Promise<ReadableStream<Uint8Array>> {
  const { db, origin } = options;
  const [counts, stamp] = await readTogether(db, [
    () =>
      db.execute<{ type: string; n: number }>(
        sql`select type, count(*)::int as n from ${contentItems} where ${publicContent} group by type`,
      ),
    () => readContentStamp(db),
  ]);
  const lastmod = stamp.changedAt.toISOString();
  const parts = ['pages'];
  for (const row of counts.rows) {
    if (!(contentTypeKeys as readonly string[]).includes(row.type)) continue;
    for (let n = 1; n <= Math.ceil(Number(row.n) / itemsPerPart); n++) parts.push(`${row.type}-${n}`);
  }
  const index = new SitemapIndexStream();
  pipeline(Readable.from(parts.map((p) => ({ url: `${origin}/sitemaps/${p}.xml`, lastmod }))), index, ignore);
  return toWeb(index);
}

/** The error already reached the response stream (pipeline destroys it with the error). */
const ignore = () => {};

/** One part of the sitemap, or null when there is no such part. */
export async function sitemapPart(options: {
  db: DbOrTx;
  origin: string;
  part: string;
}): Promise<ReadableStream<Uint8Array> | null> {
  const { db, origin, part } = options;
  let items: AsyncIterable<SitemapItemLoose> | Iterable<SitemapItemLoose>;
  if (part === 'pages') {
    items = await frameworkPages(db);
  } else {
    const match = /^([a-z_]+)-(\d{1,4})$/.exec(part);
    const type = match?.[1];
    const n = Number(match?.[2]);
    if (!type || !(contentTypeKeys as readonly string[]).includes(type) || n < 1) return null;
    items = contentPart(db, type, n);
  }
  const stream = new SitemapStream({ hostname: origin });
  // pipeline, not pipe: a failed read (the database gone mid-part) ends the response with the error
  // instead of leaving an unhandled stream error that would stop the process.
  pipeline(Readable.from(items), stream, ignore);
  return toWeb(stream);
}

async function frameworkPages(db: DbOrTx): Promise<SitemapItemLoose[]> {
  const [principleRows, countryRows, regionRows] = await readTogether(db, [
    () => db.select({ key: principles.key }).from(principles).orderBy(asc(principles.position)),
    () => db.select({ iso3: countries.iso3 }).from(countries).orderBy(asc(countries.iso3)),
    () => db.select({ id: regions.id }).from(regions).orderBy(asc(regions.position), asc(regions.id)),
  ]);
  const paths = [
    '',
    '/objectives',
    ...objectiveNumbers.map((n) => `/objectives/${n}`),
    '/principles',
    ...principleRows.map((p) => `/principles/${p.key}`),
    '/thematic-areas',
    '/countries',
    ...countryRows.map((c) => `/countries/${c.iso3.toLowerCase()}`),
    '/regions',
    ...regionRows.map((r) => `/regions/${r.id}`),
    '/reviews',
    '/plans',
    '/pledges',
    '/pledges/dashboard',
    '/open-data',
    ...datasetKeys.map((k) => `/open-data/${k}`),
  ];
  return paths.flatMap((p) => entriesFor(p));
}

async function* contentPart(db: DbOrTx, type: string, n: number): AsyncGenerator<SitemapItemLoose> {
  // The part's first id: one index-only step over the (type, id) key, then keyset batches.
  const start = await db.execute<{ id: string }>(
    sql`select id from ${contentItems} where type = ${type} and ${publicContent}
      order by id offset ${(n - 1) * itemsPerPart} limit 1`,
  );
  const first = start.rows[0]?.id;
  if (first === undefined) return;
  let after: string | null = null;
  let left = itemsPerPart;
  while (left > 0) {
    const rows = await db
      .select({ id: contentItems.id, path: contentItems.path, updatedAt: contentItems.updatedAt })
      .from(contentItems)
      .where(
        sql`${contentItems.type} = ${type} and ${publicContent} and ${
          after === null ? sql`${contentItems.id} >= ${first}` : gt(contentItems.id, after)
        }`,
      )
      .orderBy(asc(contentItems.id))
      .limit(Math.min(batchSize, left));
    for (const r of rows) yield* entriesFor(r.path, new Date(r.updatedAt));
    if (rows.length < Math.min(batchSize, left)) return;
    left -= rows.length;
    after = rows[rows.length - 1]!.id;
  }
}
