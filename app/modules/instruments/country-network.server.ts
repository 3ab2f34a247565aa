import { and, eq } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { unNetworks } from '#db/schema/instruments';
import type { DbOrTx } from '~/platform/db.server';

/** The UN country network on migration the registry holds for a country, if any (draft or published). */
export async function countryNetworkOf(
  db: DbOrTx,
  iso3: string,
): Promise<{ slug: string; name: Translated } | null> {
  const [row] = await db
    .select({ slug: unNetworks.slug, name: unNetworks.name })
    .from(unNetworks)
    .where(and(eq(unNetworks.level, 'country'), eq(unNetworks.countryIso3, iso3)))
    .limit(1);
  return row ?? null;
}
