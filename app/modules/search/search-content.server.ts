import { type SQL, sql } from 'drizzle-orm';
import type { Locale, Translated } from '#db/schema/columns';
import { type ContentVisibility, contentItems } from '#db/schema/content';
import { searchTerms } from '#db/schema/search';
import type { ContentTypeKey } from '~/modules/content/content-type-keys';
import { readableContent } from '~/modules/content/readable-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { locales } from '~/platform/i18n/locales';
import { getDb } from '~/platform/platform.server';
import {
  composePlan,
  correctTypos,
  draftSearch,
  hasUnknownWord,
  type SearchPlan,
  stemsToCheck,
} from './plan-search.server';
import type { SearchFilters } from './search-filters.server';
import { type MarkedText, markText, snippet } from './snippets';

/**
 * Search over the content index: what this subject may read (public for everyone; signed-in users
 * also what their roles open, marked), matched by the plan, ranked, with facets and a page.
 * Ranking reads at most `candidateCap` matches (the index's order), so a very common word costs
 * the same as a rare one; `total` then says "at least".
 */
export const candidateCap = 2000;
export const maxSearchOffset = candidateCap;

export interface SearchHit {
  type: ContentTypeKey;
  id: string;
  path: string;
  title: Translated;
  /** The title in the reader's language (else the other), matches marked. */
  titleMarked: MarkedText;
  /** A passage of the summary or body with the matches marked. */
  snippet: MarkedText;
  /** The language of the title and snippet shown. */
  language: Locale;
  visibility: ContentVisibility;
  objectives: number[];
  principles: string[];
  countries: string[];
  regions: string[];
  year: number | null;
  publishedAt: string | null;
  score: number;
}

export type FacetCounts = Record<string, number>;
export interface SearchFacets {
  type: FacetCounts;
  objective: FacetCounts;
  principle: FacetCounts;
  country: FacetCounts;
  region: FacetCounts;
  language: FacetCounts;
  year: FacetCounts;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** More than `candidateCap` items match: `total` is a lower bound. */
  totalCapped: boolean;
  facets: SearchFacets;
  expansions: SearchPlan['expansions'];
  corrections: SearchPlan['corrections'];
  /** The query held only stop words: nothing was searched. */
  onlyStopWords: boolean;
}

export const emptyFacets = (): SearchFacets => ({
  type: {},
  objective: {},
  principle: {},
  country: {},
  region: {},
  language: {},
  year: {},
});

function filterConditions(filters: SearchFilters): SQL[] {
  const c: SQL[] = [];
  if (filters.type) c.push(sql`${contentItems.type} = ${filters.type}`);
  if (filters.objective) c.push(sql`${contentItems.objectives} @> array[${filters.objective}]::integer[]`);
  if (filters.principle) c.push(sql`${contentItems.principles} @> array[${filters.principle}]::text[]`);
  if (filters.country) c.push(sql`${contentItems.countries} @> array[${filters.country}]::text[]`);
  if (filters.region) c.push(sql`${contentItems.regions} @> array[${filters.region}]::text[]`);
  if (filters.year) c.push(sql`${contentItems.year} = ${filters.year}`);
  if (filters.lang) c.push(sql`${contentItems.title}->>${filters.lang} is not null`);
  return c;
}

type Item = {
  type: ContentTypeKey;
  id: string;
  path: string;
  title: Translated;
  visibility: ContentVisibility;
  objectives: number[];
  principles: string[];
  countries: string[];
  regions: string[];
  year: number | null;
  published_at: string | null;
  score: number;
  summary: Translated;
  body_ar: string | null;
  body_en: string | null;
};

type Row = {
  total: number;
  items: Item[];
  facets: Record<keyof SearchFacets, { k: string; n: number }[] | null>;
  /** The checked stems some public text holds (only when the draft has words to check). */
  known: string[] | null;
};

export async function searchContent(options: {
  db?: DbOrTx;
  subject: Subject;
  q: string;
  filters?: SearchFilters;
  /** The reader's language: titles and snippets in it where the item has it. */
  locale: Locale;
  limit?: number;
  offset?: number;
}): Promise<SearchResult> {
  const { db = getDb(), subject, q, filters = {}, locale, limit = 20 } = options;
  const offset = Math.min(options.offset ?? 0, maxSearchOffset);
  const draft = await draftSearch({ db, q });
  // One statement answers the search and says which of the words are known; only a word no public
  // text holds (a typo, rare) costs the corrections and a second statement.
  const toCheck = stemsToCheck(draft);
  let plan = composePlan(draft, []);
  if (!plan.match && q.trim()) return emptyResult(plan);
  let row = await searchStatement(db, plan, { subject, filters, limit, offset, toCheck });
  if (toCheck.length) {
    const known = new Set(row.known ?? []);
    const corrections = hasUnknownWord(draft, known) ? await correctTypos(db, draft, known) : [];
    if (corrections.length) {
      plan = composePlan(draft, corrections);
      row = await searchStatement(db, plan, { subject, filters, limit, offset, toCheck: [] });
    }
  }
  const facets = emptyFacets();
  for (const key of Object.keys(facets) as (keyof SearchFacets)[]) {
    for (const { k, n } of row.facets[key] ?? []) facets[key][String(k)] = Number(n);
  }
  return {
    hits: withSnippets(row.items, plan, locale),
    total: Math.min(Number(row.total), candidateCap),
    totalCapped: Number(row.total) > candidateCap,
    facets,
    ...notesOf(plan),
  };
}

const notesOf = (plan: SearchPlan) => ({
  expansions: plan.expansions,
  corrections: plan.corrections,
  onlyStopWords: plan.parsed.onlyStopWords,
});

const emptyResult = (plan: SearchPlan): SearchResult => ({
  hits: [],
  total: 0,
  totalCapped: false,
  facets: emptyFacets(),
  ...notesOf(plan),
});

/**
 * Hits, total and facets over one capped candidate set, the page's passages read for its rows only
 * (after the sort), and the known stems among `toCheck`: one statement.
 */
async function searchStatement(
  db: DbOrTx,
  plan: SearchPlan,
  options: { subject: Subject; filters: SearchFilters; limit: number; offset: number; toCheck: string[] },
): Promise<Row> {
  const { subject, filters, limit, offset, toCheck } = options;
  const where = sql.join(
    [readableContent(subject), ...filterConditions(filters), ...(plan.match ? [plan.match] : [])],
    sql` and `,
  );
  const score = plan.rankQuery ? sql`ts_rank_cd(c.search_vector, ${plan.rankQuery}::tsquery, 1)` : sql`0`;
  // Each facet counts the candidates in one pass: an array's elements through a set-returning
  // function in the select list (cheaper than a lateral join per row), the languages by a filtered
  // count per locale (a title's keys are locales) instead of expanding every title's keys.
  const facet = (key: string, from = 'c') =>
    sql.raw(`(select json_agg(json_build_object('k', k, 'n', n)) from (
      select k, count(*)::int as n from (select ${key} as k from ${from}) e group by 1) f)`);
  const languages = sql.raw(`(select json_agg(json_build_object('k', k, 'n', n)) from (
      select l.k, l.n from (select ${locales.map((l) => `count(*) filter (where title ? '${l}')::int as ${l}`).join(', ')} from c) a,
      lateral (values ${locales.map((l) => `('${l}', a.${l})`).join(', ')}) l(k, n) where l.n > 0) f)`);
  const known = toCheck.length
    ? sql`(select array_agg(term) from ${searchTerms} where term = any(${sql.param(toCheck)}::text[]))`
    : sql`null::text[]`;
  const result = await db.execute<Row>(sql`
    with c as materialized (
      select type, id, path, title, visibility, objectives, principles, countries, regions, year,
        published_at, search_vector
      from ${contentItems} where ${where} limit ${candidateCap + 1})
    select (select count(*)::int from c) as total,
      (select coalesce(json_agg(p order by p.score desc, p.published_at desc nulls last, p.type, p.id), '[]') from (
        select r.*, t.summary, left(t.body->>'ar', 6000) as body_ar, left(t.body->>'en', 6000) as body_en
        from (
          select type, id, path, title, visibility, objectives, principles, countries, regions, year,
            published_at, ${score}::float8 as score
          from c order by score desc, published_at desc nulls last, type, id
          limit ${limit} offset ${offset}) r
        join ${contentItems} t on t.type = r.type and t.id = r.id) p) as items,
      json_build_object(
        'type', ${facet('type')},
        'objective', ${facet('unnest(objectives)')},
        'principle', ${facet('unnest(principles)')},
        'country', ${facet('unnest(countries)')},
        'region', ${facet('unnest(regions)')},
        'language', ${languages},
        'year', ${facet('year', 'c where year is not null')}) as facets,
      ${known} as known`);
  return result.rows[0]!;
}

/** Titles and passages of the page's items, in the reader's language where the item has it. */
function withSnippets(items: Item[], plan: SearchPlan, locale: Locale): SearchHit[] {
  const other: Locale = locale === 'ar' ? 'en' : 'ar';
  const highlight = { stems: plan.highlight };
  return items.map((item) => {
    const language: Locale = item.title[locale] ? locale : item.title[other] ? other : locale;
    const passages = [item.summary?.[language], language === 'ar' ? item.body_ar : item.body_en].filter(
      (t): t is string => Boolean(t),
    );
    // The passage with a match, else the first one.
    const marked = passages.map((p) => snippet(p, highlight));
    const chosen = marked.find((m) => m.some((r) => r.hit)) ?? marked[0] ?? [];
    return {
      type: item.type,
      id: item.id,
      path: item.path,
      title: item.title,
      titleMarked: markText(item.title[language] ?? '', highlight),
      snippet: chosen,
      language,
      visibility: item.visibility,
      objectives: item.objectives,
      principles: item.principles,
      countries: item.countries,
      regions: item.regions,
      year: item.year,
      publishedAt: item.published_at,
      score: Number(item.score),
    };
  });
}
