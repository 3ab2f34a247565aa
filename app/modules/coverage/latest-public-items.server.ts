import { desc, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { contentItems } from '#db/schema/content';
import { type ContentScope, scopeConditions } from '~/modules/content/count-content.server';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

export interface LatestItem {
  type: string;
  id: string;
  title: Translated;
  path: string;
  publishedAt: string | null;
}

/** The newest public items within a scope, every content type mixed (a country's profile page). */
export async function latestPublicItems(
  options: ContentScope & { db?: DbOrTx; limit?: number },
): Promise<LatestItem[]> {
  const { db = getDb(), limit = 12, ...scope } = options;
  const rows = await db
    .select({
      type: contentItems.type,
      id: contentItems.id,
      title: contentItems.title,
      path: contentItems.path,
      publishedAt: contentItems.publishedAt,
    })
    .from(contentItems)
    .where(sql.join(scopeConditions(scope), sql` and `))
    .orderBy(sql`${contentItems.publishedAt} desc nulls last`, desc(contentItems.id))
    .limit(limit);
  return rows.map((r) => ({
    ...r,
    publishedAt: r.publishedAt ? new Date(r.publishedAt).toISOString() : null,
  }));
}
