import { type SQL, sql } from 'drizzle-orm';
import { objectiveTags } from '#db/schema/tagging';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { emptyTags, type TagSet } from './tag-set';

/**
 * The tags of many entities of one type at once (one query), keyed by entity id; every id asked
 * for is in the map, with empty lists when untagged.
 */
export async function getTags(options: {
  db?: DbOrTx;
  entityType: string;
  entityIds: string[];
}): Promise<Map<string, TagSet>> {
  const { db = getDb(), entityType } = options;
  const ids = [...new Set(options.entityIds)];
  const out = new Map<string, TagSet>(ids.map((id) => [id, emptyTags()]));
  if (!ids.length) return out;
  const idList = sql`any(${sql.param(ids)}::text[])`;
  const result = await db.execute<{ entity_id: string; k: 'o' | 'p' | 'c' | 'r'; v: string }>(sql`
    select entity_id, 'o' as k, objective::text as v from objective_tags where entity_type = ${entityType} and entity_id = ${idList}
    union all
    select entity_id, 'p', principle from principle_tags where entity_type = ${entityType} and entity_id = ${idList}
    union all
    select entity_id, 'c', country from country_tags where entity_type = ${entityType} and entity_id = ${idList}
    union all
    select entity_id, 'r', region from region_tags where entity_type = ${entityType} and entity_id = ${idList}`);
  for (const row of result.rows) {
    const tags = out.get(row.entity_id);
    if (!tags) continue;
    if (row.k === 'o') tags.objectives.push(Number(row.v));
    else if (row.k === 'p') tags.principles.push(row.v);
    else if (row.k === 'c') tags.countries.push(row.v);
    else tags.regions.push(row.v);
  }
  for (const tags of out.values()) {
    tags.objectives.sort((a, b) => a - b);
    tags.principles.sort();
    tags.countries.sort();
    tags.regions.sort();
  }
  return out;
}

/**
 * The objectives of some entities as a derived table `(entity_id, objectives)` (numbers in order) to
 * join in a larger query; `ids` selects their ids as text. One grouped scan instead of a lookup per row.
 */
export const objectivesOf = (entityType: string, ids: SQL) => sql`(
  select entity_id, array_agg(objective order by objective) as objectives from ${objectiveTags}
  where entity_type = ${entityType} and entity_id in (${ids}) group by entity_id)`;
