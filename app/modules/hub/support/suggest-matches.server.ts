import { type SQL, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import type { ExpertAvailability } from '#db/schema/hub-expert-values';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { type MatchProfile, rankMatches } from './match-score';

/** How many candidates of each kind the database hands to the ranking (it ranks them the same way first). */
export const matchCandidateLimit = 60;
export const matchShownLimit = 6;

export interface MatchRequest {
  objectives: number[];
  countryIso3: string | null;
  languages: string[];
}

/** The regions a country belongs to (M49 region and sub-region, regional commission, LAS, …). */
async function regionsOf(db: DbOrTx, iso3: string | null): Promise<string[]> {
  if (!iso3) return [];
  const rows = await db.execute<{ region_id: string }>(
    sql`select region_id from region_members where country_iso3 = ${iso3} order by region_id`,
  );
  return rows.rows.map((r) => r.region_id);
}

const intArray = (values: readonly number[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::integer[]`;
const textArray = (values: readonly string[]) =>
  values.length
    ? sql`array[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`
    : sql`'{}'::text[]`;

/**
 * The same score as match-score.ts, in SQL, so the database orders and cuts the candidates on the
 * GIN-indexed `objectives && …` filter before the pure ranking (which also gives the reasons). The
 * shared objectives are counted one containment test each (a request names a few), not by
 * intersecting arrays row by row. `languages` is a text-array expression to test against the
 * request's languages as they are written in it (`prefix` + code).
 */
const scoreSql = (
  objectives: SQL,
  regions: SQL,
  languages: SQL,
  request: MatchProfile,
  languagePrefix = '',
) => sql`(
  3 * (${sql.join(
    [...new Set(request.objectives)].map((o) => sql`(${objectives} @> array[${o}]::integer[])::int`),
    sql` + `,
  )})
  + case when ${regions} && ${textArray(request.regions)} then 2 else 0 end
  + case when ${languages} && ${textArray(request.languages.map((l) => `${languagePrefix}${l}`))} then 1 else 0 end)`;

export interface ExpertMatch extends MatchProfile {
  id: string;
  name: string;
  organisation: string;
  availability: ExpertAvailability;
  isSample: boolean;
}
export interface ResourceMatch extends MatchProfile {
  id: string;
  title: Translated;
  isSample: boolean;
}
export interface PracticeMatch extends MatchProfile {
  id: string;
  title: Translated;
  promising: boolean;
  isSample: boolean;
}

/** One kind of published content from the index (resources, practices) as match candidates. */
interface IndexCandidateRow extends Record<string, unknown> {
  id: string;
  title: Translated;
  is_sample: boolean;
  objectives: number[];
  regions: string[];
  languages: string[];
}

/**
 * Suggested experts (approved), resources (published) and practices (approved) for a request, each
 * kind ranked by the pure score with its reasons. A practice's language is the one it was written in.
 */
export async function suggestMatches(options: { db?: DbOrTx; request: MatchRequest; limit?: number }) {
  const { db = getDb(), limit = matchShownLimit } = options;
  if (!options.request.objectives.length) return { regions: [], experts: [], resources: [], practices: [] };
  const profile: MatchProfile = {
    objectives: options.request.objectives,
    languages: options.request.languages,
    regions: await regionsOf(db, options.request.countryIso3),
  };
  const [experts, resources, practices] = await readTogether(db, [
    () =>
      db.execute<{
        id: string;
        name: string;
        organisation: string;
        availability: ExpertAvailability;
        is_sample: boolean;
        objectives: number[];
        regions: string[];
        languages: string[];
      }>(sql`select e.id, e.name, e.organisation, e.availability, e.is_sample, e.objectives, e.regions, e.languages
        from hub_experts e
        where e.status = 'approved' and e.objectives && ${intArray(profile.objectives)}
        order by ${scoreSql(sql`e.objectives`, sql`e.regions`, sql`e.languages`, profile)} desc, e.name, e.id
        limit ${matchCandidateLimit}`),
    () =>
      db.execute<IndexCandidateRow>(sql`select c.id, c.title, c.is_sample, c.objectives, c.regions,
          array(select substr(a, 10) from unnest(c.attributes) as a where a like 'language:%' order by a) as languages
        from content_items c
        where c.type = 'hub_resource' and c.visibility = 'public' and c.objectives && ${intArray(profile.objectives)}
        order by ${scoreSql(sql`c.objectives`, sql`c.regions`, sql`c.attributes`, profile, 'language:')} desc, c.published_at desc nulls last, c.id
        limit ${matchCandidateLimit}`),
    () =>
      db.execute<
        IndexCandidateRow & { promising: boolean }
      >(sql`select c.id, c.title, c.is_sample, c.objectives, c.regions,
          array_remove(array[c.original_language], null) as languages, p.promising
        from content_items c join hub_practices p on p.id::text = c.id
        where c.type = 'hub_practice' and c.visibility = 'public' and c.objectives && ${intArray(profile.objectives)}
        order by ${scoreSql(sql`c.objectives`, sql`c.regions`, sql`array_remove(array[c.original_language], null)`, profile)} desc, c.published_at desc nulls last, c.id
        limit ${matchCandidateLimit}`),
  ]);
  const expertCandidates: ExpertMatch[] = experts.rows.map((e) => ({
    id: e.id,
    name: e.name,
    organisation: e.organisation,
    availability: e.availability,
    isSample: e.is_sample,
    objectives: e.objectives,
    regions: e.regions,
    languages: e.languages,
  }));
  const resourceCandidates: ResourceMatch[] = resources.rows.map((r) => ({
    id: r.id,
    title: r.title,
    isSample: r.is_sample,
    objectives: r.objectives,
    regions: r.regions,
    languages: r.languages,
  }));
  const practiceCandidates: PracticeMatch[] = practices.rows.map((p) => ({
    id: p.id,
    title: p.title,
    promising: p.promising,
    isSample: p.is_sample,
    objectives: p.objectives,
    regions: p.regions,
    languages: p.languages,
  }));
  const byTitle = (item: { id: string; title: Translated }) => item.title.ar ?? item.title.en ?? item.id;
  return {
    regions: profile.regions,
    experts: rankMatches(profile, expertCandidates, { limit, key: (e) => e.name }),
    resources: rankMatches(profile, resourceCandidates, { limit, key: byTitle }),
    practices: rankMatches(profile, practiceCandidates, { limit, key: byTitle }),
  };
}
export type SuggestedMatches = Awaited<ReturnType<typeof suggestMatches>>;
