import { type SQL, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { contentItems } from '#db/schema/content';
import type { ContentTypeKey } from '~/modules/content/content-type-keys';
import { publicContent } from '~/modules/content/readable-content.server';
import { cachedUntilChange } from '~/platform/cached-until-change.server';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

/** The Hub's kinds a framework page shows, in this order. */
export const taggedHubTypes = [
  'hub_resource',
  'hub_practice',
  'hub_expert',
  'discussion',
] as const satisfies readonly ContentTypeKey[];
export type TaggedHubType = (typeof taggedHubTypes)[number];

export type TaggedHubItem = {
  id: string;
  title: Translated;
  /** The item's page without the language prefix. */
  path: string;
};

export type TaggedHubScope = { objective: number } | { principle: string } | { country: string };

function scopeCondition(scope: TaggedHubScope): SQL {
  if ('objective' in scope) return sql`${contentItems.objectives} @> array[${scope.objective}]::integer[]`;
  if ('principle' in scope) return sql`${contentItems.principles} @> array[${scope.principle}]::text[]`;
  return sql`${contentItems.countries} @> array[${scope.country}]::text[]`;
}

/**
 * The newest public Hub items of each kind tagged with an objective, a principle or a country
 * (what anyone may open, from the content index): `perType` of each, newest first. The page's
 * counts say how many there are in all.
 */
export async function taggedHubItems(options: {
  db?: DbOrTx;
  scope: TaggedHubScope;
  perType?: number;
}): Promise<Record<TaggedHubType, TaggedHubItem[]>> {
  const { db = getDb(), scope, perType = 3 } = options;
  // Framework pages show these on every render; the content index changes rarely.
  return cachedUntilChange(db, `tagged-hub:${JSON.stringify(scope)}:${perType}`, async () => {
    const rows = await db.execute<TaggedHubItem & { type: TaggedHubType }>(sql`
    select kind.type, c.id, c.title, c.path
    from unnest(array[${sql.join(
      taggedHubTypes.map((t) => sql`${t}`),
      sql`, `,
    )}]::text[]) with ordinality as kind(type, position)
    cross join lateral (
      select ${contentItems.id} as id, ${contentItems.title} as title, ${contentItems.path} as path,
        ${contentItems.publishedAt} as published_at
      from ${contentItems}
      where ${publicContent} and ${contentItems.type} = kind.type and ${scopeCondition(scope)}
      order by ${contentItems.publishedAt} desc nulls last, ${contentItems.id}
      limit ${perType}) c
    order by kind.position, c.published_at desc nulls last, c.id`);
    const out = Object.fromEntries(taggedHubTypes.map((t) => [t, [] as TaggedHubItem[]])) as Record<
      TaggedHubType,
      TaggedHubItem[]
    >;
    for (const row of rows.rows) out[row.type].push({ id: row.id, title: row.title, path: row.path });
    return out;
  });
}
