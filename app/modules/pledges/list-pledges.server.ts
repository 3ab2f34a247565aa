import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Locale, Translated } from '#db/schema/columns';
import { contentItems } from '#db/schema/content';
import { organisations } from '#db/schema/index';
import { pledgeImportItems } from '#db/schema/pledge-imports';
import {
  type PledgeForm,
  type PledgeKind,
  type PledgeLevel,
  type PledgerCategory,
  pledgeForms,
  pledgeKinds,
  pledgerCategories,
  pledgerCategoryOf,
  pledgerCategoryOfStakeholder,
  pledges,
} from '#db/schema/pledges';
import { countries, principles, regions, stakeholderCategories } from '#db/schema/reference';
import { publicContent } from '~/modules/content/readable-content.server';
import { cachedReference } from '~/modules/reference/reference-cache.server';
import { planSearch } from '~/modules/search/plan-search.server';
import { candidateCap } from '~/modules/search/search-content.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { FRESH_MONTHS, type Freshness, pledgeFreshness, STALE_MONTHS } from './freshness';
import { isKeysetSort, type KeysetSort, type PledgeCursor } from './pledge-cursor';
import {
  effectiveSort,
  freshnessValues,
  type PledgeFilterField,
  type PledgeFilters,
  type PublicPledgeStatus,
  pledgeFilterFields,
  pledgeSorts,
  publicPledgeStatuses,
} from './pledge-filters';

/**
 * The public pledge registry: one query builder shared by the registry page, the JSON API and the
 * CSV export. Only published and closed pledges are ever listed.
 */
/** The values each filter accepts that come from the database (principles, countries, regions, categories). */
export interface PledgeFilterChoices {
  principles: string[];
  countries: string[];
  regions: string[];
  pledgerTypes: string[];
}

/**
 * Read on every registry and API request, so cached with the reference data (they change only
 * through reference corrections); a caller that passes its own `db` (a transaction, a test) reads it.
 */
export function loadPledgeFilterChoices(db?: DbOrTx): Promise<PledgeFilterChoices> {
  return db
    ? readPledgeFilterChoices(db)
    : cachedReference('pledges:filter-choices', () => readPledgeFilterChoices(getDb()));
}

async function readPledgeFilterChoices(db: DbOrTx): Promise<PledgeFilterChoices> {
  const [p, c, r, s] = await readTogether(db, [
    () => db.select({ key: principles.key }).from(principles).orderBy(asc(principles.position)),
    () => db.select({ iso3: countries.iso3 }).from(countries).orderBy(asc(countries.iso3)),
    () => db.select({ id: regions.id }).from(regions).orderBy(asc(regions.id)),
    () =>
      db
        .select({ key: stakeholderCategories.key })
        .from(stakeholderCategories)
        .orderBy(asc(stakeholderCategories.position)),
  ]);
  return {
    principles: p.map((x) => x.key),
    countries: c.map((x) => x.iso3),
    regions: r.map((x) => x.id),
    pledgerTypes: ['state', ...s.map((x) => x.key)],
  };
}

const minYear = 2018;
const maxYear = 2100;

export type ParsedPledgeFilters =
  | { ok: true; filters: PledgeFilters }
  | { ok: false; field: PledgeFilterField; allowed: string | string[]; filters: PledgeFilters };

/**
 * Reads and validates the filters from a query string. An unknown value yields the field and what it
 * allows (the API answers 400 with them; the page drops that filter and says so). Codes are matched
 * without regard to case (egy = EGY, las = LAS).
 */
export function parsePledgeFilters(
  params: URLSearchParams,
  choices: PledgeFilterChoices,
): ParsedPledgeFilters {
  const raw = (field: string) => {
    const value = params.get(field)?.trim();
    return value ? value : undefined;
  };
  const fields = filterSchemasOf(choices);
  const filters: Record<string, unknown> = {};
  let failure: { field: PledgeFilterField; allowed: string | string[] } | undefined;
  for (const field of pledgeFilterFields) {
    const value = raw(field);
    if (value === undefined) continue;
    const { schema, allowed } = fields[field];
    const parsed = schema.safeParse(field === 'objective' || field === 'year' ? numeric(value) : value);
    if (parsed.success) filters[field] = parsed.data;
    else failure ??= { field, allowed };
  }
  const result = filters as PledgeFilters;
  return failure ? { ok: false, ...failure, filters: result } : { ok: true, filters: result };
}

type FilterSchemas = Record<PledgeFilterField, { schema: z.ZodType; allowed: string | string[] }>;
const filterSchemas = new WeakMap<PledgeFilterChoices, FilterSchemas>();

/**
 * The schema of each filter, built once per set of choices (the reference cache hands out the same
 * object until the reference data change): building Zod enums is most of the parse's CPU.
 */
function filterSchemasOf(choices: PledgeFilterChoices): FilterSchemas {
  const known = filterSchemas.get(choices);
  if (known) return known;
  const byCase = (list: string[]) =>
    z.string().transform((value, ctx) => {
      const match = list.find((item) => item.toUpperCase() === value.toUpperCase());
      if (!match) {
        ctx.addIssue({ code: 'custom', message: 'unknown' });
        return z.NEVER;
      }
      return match;
    });
  const fields: FilterSchemas = {
    objective: { schema: z.coerce.number().int().min(1).max(23), allowed: '1..23' },
    principle: { schema: z.enum(choices.principles as [string, ...string[]]), allowed: choices.principles },
    country: { schema: byCase(choices.countries), allowed: choices.countries },
    region: { schema: byCase(choices.regions), allowed: choices.regions },
    status: { schema: z.enum(publicPledgeStatuses), allowed: [...publicPledgeStatuses] },
    form: { schema: z.enum(pledgeForms), allowed: [...pledgeForms] },
    kind: { schema: z.enum(pledgeKinds), allowed: [...pledgeKinds] },
    pledgerType: {
      schema: z.enum(choices.pledgerTypes as [string, ...string[]]),
      allowed: choices.pledgerTypes,
    },
    pledgerCategory: { schema: z.enum(pledgerCategories), allowed: [...pledgerCategories] },
    year: { schema: z.coerce.number().int().min(minYear).max(maxYear), allowed: `${minYear}..${maxYear}` },
    freshness: { schema: z.enum(freshnessValues), allowed: [...freshnessValues] },
    // Words of any length are read, never refused (issue 15, "bad input"): the first 100 characters.
    q: { schema: z.string().transform((s) => s.slice(0, 100)), allowed: 'any text' },
    sort: { schema: z.enum(pledgeSorts), allowed: [...pledgeSorts] },
  };
  filterSchemas.set(choices, fields);
  return fields;
}

/** Only plain decimal digits count as numbers ("7", not "7.0", "0x7" or " 7e0"). */
const numeric = (value: string) => (/^\d{1,6}$/.test(value) ? value : Number.NaN);

export interface PledgeListItem {
  id: string;
  title: Translated;
  status: PublicPledgeStatus;
  kind: PledgeKind;
  forms: PledgeForm[];
  level: PledgeLevel;
  pledger:
    | { type: 'state'; iso3: string; name: Translated }
    | { type: 'organisation'; id: string; name: Translated; category: string | null };
  pledgerCategory: PledgerCategory | null;
  sdgTargets: string[];
  financialAmount: number | null;
  financialCurrency: string | null;
  startDate: string | null;
  endDate: string | null;
  publishedAt: Date | null;
  lastProgressOn: string | null;
  freshness: Freshness | null;
  isSample: boolean;
  objectives: number[];
  principles: string[];
  countries: string[];
  regions: string[];
}

/**
 * The condition on content_items for the words of `q`, as search reads them, and the tsquery that
 * ranks them (null: nothing to rank); words that are all stop words match nothing (the registry then
 * says so rather than listing everything).
 */
async function textPlanOf(
  db: DbOrTx,
  q: string | undefined,
): Promise<{ match: SQL; rankQuery: string | null } | undefined> {
  if (!q?.trim()) return undefined;
  const plan = await planSearch({ db, q });
  return { match: plan.match ?? sql`false`, rankQuery: plan.match ? plan.rankQuery : null };
}

/**
 * How well a pledge's indexed text answers the words, as the search page ranks them (ts_rank_cd
 * over the content index row); a pledge found only through a vocabulary term's tags ranks 0.
 */
const relevanceOf = (rankQuery: string) =>
  sql`coalesce((select ts_rank_cd(ci.search_vector, ${rankQuery}::tsquery, 1) from ${contentItems} ci
    where ci.type = 'pledge' and ci.id = ${pledges.id}::text), 0)`;
/** pledgerCategoryOf in SQL: 'state', the pledge's own category, or its organisation's implied one. */
const stakeholderCases = Object.entries(pledgerCategoryOfStakeholder).map(
  ([stakeholder, category]) => sql`when ${stakeholder} then ${category}`,
);
const pledgerCategorySql = sql`(case when ${pledges.countryIso3} is not null then 'state'
  else coalesce(${pledges.pledgerCategory}, (select case o.category_key ${sql.join(stakeholderCases, sql` `)} end
    from ${organisations} o where o.id = ${pledges.organisationId})) end)`;

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The WHERE conditions of a filter set (public statuses always). Tag filters read the pledge's copies
 * of its tags (tagged_objectives …, GIN-indexed, kept by triggers from the tagging tables), so the
 * planner intersects index bitmaps instead of probing the tag tables once per pledge. The words `q`
 * come as `textMatch`, the search plan's condition on the content index (see textPlanOf).
 */
export function pledgeConditions(filters: PledgeFilters, today: Date, textMatch?: SQL): SQL[] {
  const conditions: SQL[] = [
    filters.status ? eq(pledges.status, filters.status) : sql`${pledges.status} in ('published', 'closed')`,
  ];
  if (filters.objective) {
    conditions.push(sql`${pledges.taggedObjectives} @> array[${filters.objective}]::integer[]`);
  }
  if (filters.principle) {
    conditions.push(sql`${pledges.taggedPrinciples} @> array[${filters.principle}]::text[]`);
  }
  if (filters.country) {
    conditions.push(
      sql`(${pledges.countryIso3} = ${filters.country} or ${pledges.taggedCountries} @> array[${filters.country}]::text[])`,
    );
  }
  if (filters.region) {
    // Tagged with the region, or made by or about one of its member states.
    const members = sql`(select m.country_iso3 from region_members m where m.region_id = ${filters.region})`;
    conditions.push(sql`(${pledges.taggedRegions} @> array[${filters.region}]::text[]
      or ${pledges.countryIso3} in ${members}
      or ${pledges.taggedCountries} && array${members}::text[])`);
  }
  if (filters.form) conditions.push(sql`${filters.form} = any(${pledges.forms})`);
  if (filters.kind) conditions.push(eq(pledges.kind, filters.kind));
  if (filters.pledgerType === 'state') conditions.push(sql`${pledges.countryIso3} is not null`);
  else if (filters.pledgerType) {
    conditions.push(
      sql`exists (select 1 from ${organisations} o where o.id = ${pledges.organisationId} and o.category_key = ${filters.pledgerType})`,
    );
  }
  if (filters.pledgerCategory) conditions.push(sql`${pledgerCategorySql} = ${filters.pledgerCategory}`);
  if (filters.year) {
    conditions.push(
      sql`${pledges.publishedAt} >= ${new Date(Date.UTC(filters.year, 0, 1)).toISOString()}::timestamptz and ${pledges.publishedAt} < ${new Date(Date.UTC(filters.year + 1, 0, 1)).toISOString()}::timestamptz`,
    );
  }
  if (filters.freshness) {
    // The rules of freshness.ts: measured from the last update, else the publication (UTC days).
    const from = sql`coalesce(${pledges.lastProgressOn}, (${pledges.publishedAt} at time zone 'UTC')::date)`;
    const day = sql`${dayOf(today)}::date`;
    const fresh = sql`${day} <= ${from} + ${`${FRESH_MONTHS} months`}::interval`;
    const stale = sql`${day} <= ${from} + ${`${STALE_MONTHS} months`}::interval`;
    const rule =
      filters.freshness === 'green'
        ? fresh
        : filters.freshness === 'amber'
          ? sql`not (${fresh}) and ${stale}`
          : sql`not (${stale})`;
    conditions.push(sql`${pledges.status} = 'published' and ${from} is not null and ${rule}`);
  }
  if (textMatch) {
    // The words, read by search over the content index (stems, vocabulary, typos), not a substring scan.
    conditions.push(sql`${pledges.id} in (select ${contentItems.id}::uuid from ${contentItems}
      where ${contentItems.type} = 'pledge' and ${publicContent} and ${textMatch})`);
  }
  return conditions;
}

export type { PledgeCursor } from './pledge-cursor';

/**
 * Sorted by relevance, at most this many matches are ranked — the first the database finds, as
 * search ranks its candidates (decision 36, the same number): ranking reads every ranked match's
 * index row, so a very common word ("الهجرة", "migration": most of 50,000 pledges) would cost a pass
 * over all of them on every request. The count is not cut by it (countLimit is), and a relevance
 * list ends after this many rows; sort=newest pages through every match.
 */
export const relevanceCandidateLimit = candidateCap;

/**
 * The registry and the API count matches up to this many, then say "more than 1,000": counting every
 * match of a broad filter reads every matching row on each uncached request, and no reader pages
 * that far (the exports serve all rows).
 */
export const pledgeListCountLimit = 1000;

export interface ListPledgesOptions {
  db?: DbOrTx;
  filters?: PledgeFilters;
  /** The title sort uses the title in this language first. */
  locale?: Locale;
  limit?: number;
  offset?: number;
  /**
   * Keyset paging (sorts 'newest', the default, and 'oldest'; not 'title'): the rows after `next` of
   * the previous call, instead of an offset that makes the database walk every earlier row again.
   */
  after?: PledgeCursor;
  /** Also tell of each item whether it came from an import (the registry's badge), in the same query. */
  withImported?: boolean;
  /** How many matches a relevance sort ranks at most (tests pass a small number). */
  relevanceCandidates?: number;
  today?: Date;
  /** Skip the count query (the exports page through without it). */
  count?: boolean;
  /**
   * Count at most this many matches: `total` is then at most countLimit + 1 and `totalCapped` says
   * there are more. Counting every match of a broad filter reads every matching row; a page only
   * needs "more than 1,000".
   */
  countLimit?: number;
}

export interface PledgeList {
  items: (PledgeListItem & { imported?: boolean })[];
  total: number;
  /** `total` stopped at countLimit + 1: there are at least that many. */
  totalCapped: boolean;
  /** The cursor after the last item, for `after`. */
  next: PledgeCursor | null;
  /** More rows follow the last item (one row more than `limit` was read). */
  hasMore: boolean;
}

/**
 * The keyset condition: the rows after the cursor in the order of `sort` — published_at ascending
 * ('oldest') or descending ('newest'), nulls last either way, then the id in the same direction.
 */
function afterCondition(after: PledgeCursor, sort: KeysetSort): SQL {
  const beyond = sort === 'oldest' ? sql`>` : sql`<`;
  if (after.publishedAt === null)
    return sql`(${pledges.publishedAt} is null and ${pledges.id} ${beyond} ${after.id})`;
  const at = sql`${after.publishedAt}::timestamptz`;
  return sql`(${pledges.publishedAt} ${beyond} ${at} or ${pledges.publishedAt} is null
    or (${pledges.publishedAt} = ${at} and ${pledges.id} ${beyond} ${after.id}))`;
}

export async function listPledges(options: ListPledgesOptions = {}): Promise<PledgeList> {
  const {
    db = getDb(),
    filters = {},
    locale = 'en',
    limit = 20,
    offset = 0,
    after,
    today = new Date(),
    count = true,
    countLimit,
    withImported = false,
    relevanceCandidates = relevanceCandidateLimit,
  } = options;
  const sort = effectiveSort(filters);
  if (after && !isKeysetSort(sort)) throw new Error('listPledges: `after` needs sort "newest" or "oldest"');
  const text = await textPlanOf(db, filters.q);
  const conditions = pledgeConditions(filters, today, text?.match);
  const where = and(...conditions);
  const other = locale === 'ar' ? 'en' : 'ar';
  const newest = [sql`${pledges.publishedAt} desc nulls last`, desc(pledges.id)];
  const ranked = sort === 'relevance' && Boolean(text?.rankQuery);
  const order =
    sort === 'oldest'
      ? [asc(pledges.publishedAt), asc(pledges.id)]
      : sort === 'title'
        ? [sql`coalesce(${pledges.title}->>${locale}, ${pledges.title}->>${other})`, asc(pledges.id)]
        : ranked && text?.rankQuery
          ? [sql`${relevanceOf(text.rankQuery)} desc`, ...newest]
          : newest;
  // The count rides in the rows query as a scalar subquery (planned and run once, an InitPlan): on
  // the embedded store every statement costs a round of parsing, planning and JavaScript glue, so
  // one statement instead of two. Capped, it stops reading matches at countLimit + 1.
  const totalSql = !count
    ? sql<number>`-1`
    : countLimit === undefined
      ? sql<number>`(select count(*) from ${pledges} where ${where})`
      : sql<number>`(select count(*) from (select 1 from ${pledges} where ${where} limit ${countLimit + 1}) capped)`;

  // The page's ids first, sorted from the narrow sort columns; the wide columns and the pledger's
  // names are then read for those rows only (joined before the sort, they were read for every match).
  // Ranked, the page is chosen among the capped candidates only (they all match `where`); the
  // subquery's own `pledges` is the inner table, so `where` reads the candidate rows.
  const candidates = sql`${pledges.id} in (select ${pledges.id} from ${pledges} where ${where} limit ${relevanceCandidates})`;
  const page = db
    .select({ id: pledges.id })
    .from(pledges)
    .where(after ? and(where, afterCondition(after, sort as KeysetSort)) : ranked ? candidates : where)
    .orderBy(...order)
    // One row more than asked tells whether another page follows.
    .limit(limit + 1)
    .offset(after ? 0 : offset)
    .as('page');
  const rows = await db
    .select({
      id: pledges.id,
      title: pledges.title,
      status: pledges.status,
      kind: pledges.kind,
      forms: pledges.forms,
      level: pledges.level,
      organisationId: pledges.organisationId,
      countryIso3: pledges.countryIso3,
      organisationName: organisations.name,
      organisationCategory: organisations.categoryKey,
      pledgerCategory: pledges.pledgerCategory,
      sdgTargets: pledges.sdgTargets,
      countryName: countries.name,
      financialAmount: pledges.financialAmount,
      financialCurrency: pledges.financialCurrency,
      startDate: pledges.startDate,
      endDate: pledges.endDate,
      publishedAt: pledges.publishedAt,
      lastProgressOn: pledges.lastProgressOn,
      isSample: pledges.isSample,
      objectives: pledges.taggedObjectives,
      principles: pledges.taggedPrinciples,
      countries: pledges.taggedCountries,
      regions: pledges.taggedRegions,
      cursorAt: sql<string | null>`${pledges.publishedAt}::text`,
      total: totalSql.mapWith(Number),
      imported: withImported
        ? sql<boolean>`exists (select 1 from ${pledgeImportItems} i where i.pledge_id = ${pledges.id})`
        : sql<boolean>`false`,
    })
    .from(page)
    .innerJoin(pledges, eq(pledges.id, page.id))
    .leftJoin(organisations, eq(organisations.id, pledges.organisationId))
    .leftJoin(countries, eq(countries.iso3, pledges.countryIso3))
    .orderBy(...order);
  const hasMore = rows.length > limit;
  if (hasMore) rows.pop();
  // An empty page carries no count: none at all when it is the first page, else counted apart (a
  // page past the end is rare).
  const total = !count
    ? -1
    : rows[0]
      ? rows[0].total
      : offset === 0 && !after
        ? 0
        : await countApart(db, where, countLimit);
  const items = rows.map((r): PledgeListItem & { imported?: boolean } => {
    return {
      id: r.id,
      title: r.title,
      status: r.status as PublicPledgeStatus,
      kind: r.kind,
      forms: r.forms,
      level: r.level,
      pledger: r.countryIso3
        ? { type: 'state', iso3: r.countryIso3, name: r.countryName ?? {} }
        : {
            type: 'organisation',
            id: r.organisationId!,
            name: r.organisationName ?? {},
            category: r.organisationCategory ?? null,
          },
      pledgerCategory: pledgerCategoryOf(r),
      sdgTargets: r.sdgTargets,
      financialAmount: r.financialAmount,
      financialCurrency: r.financialCurrency,
      startDate: r.startDate,
      endDate: r.endDate,
      publishedAt: r.publishedAt,
      lastProgressOn: r.lastProgressOn,
      freshness:
        r.status === 'published'
          ? pledgeFreshness({ lastUpdateOn: r.lastProgressOn, publishedAt: r.publishedAt, today })
          : null,
      isSample: r.isSample,
      ...(withImported ? { imported: r.imported } : {}),
      // The copies are sorted by the trigger; sorted again so the order never depends on a collation.
      objectives: [...r.objectives].sort((a, b) => a - b),
      principles: [...r.principles].sort(),
      countries: [...r.countries].sort(),
      regions: [...r.regions].sort(),
    };
  });
  const last = rows[rows.length - 1];
  return {
    items,
    total,
    totalCapped: countLimit !== undefined && total > countLimit,
    next: last ? { publishedAt: last.cursorAt, id: last.id } : null,
    hasMore,
  };
}

async function countApart(db: DbOrTx, where: SQL | undefined, countLimit: number | undefined) {
  const matches = db.select({ one: sql`1` }).from(pledges).where(where);
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from((countLimit === undefined ? matches : matches.limit(countLimit + 1)).as('matches'));
  return row?.n ?? 0;
}
