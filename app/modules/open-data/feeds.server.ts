import { desc, sql } from 'drizzle-orm';
import { Feed } from 'feed';
import { contentItems } from '#db/schema/content';
import { type ContentScope, scopeConditions } from '~/modules/content/count-content.server';
import type { DbOrTx } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import type { Locale } from '~/platform/i18n/locales';

const entriesPerFeed = 50;

/**
 * An Atom feed of the newest public publications within a scope (all, one objective, country,
 * region or content type), in one language: titles and summaries in that language when they exist
 * (the other otherwise), links to the item's page in it. The feed's `updated` is its newest entry's
 * change, so it moves only when an entry does.
 */
export async function buildAtomFeed(options: {
  db: DbOrTx;
  origin: string;
  lang: Locale;
  scope: ContentScope;
  title: string;
  selfPath: string;
}): Promise<string> {
  const { db, origin, lang, scope } = options;
  const rows = await db
    .select({
      type: contentItems.type,
      id: contentItems.id,
      title: contentItems.title,
      summary: contentItems.summary,
      objectives: contentItems.objectives,
      publishedAt: contentItems.publishedAt,
      updatedAt: contentItems.updatedAt,
      path: contentItems.path,
    })
    .from(contentItems)
    .where(sql.join([...scopeConditions(scope), sql`${contentItems.publishedAt} is not null`], sql` and `))
    .orderBy(desc(contentItems.publishedAt), desc(contentItems.id))
    .limit(entriesPerFeed);
  const i18n = serverI18n(lang);
  const site = i18n.t('common.siteName');
  const newest = rows.reduce<Date | null>((max, r) => {
    const at = new Date(r.updatedAt);
    return !max || at > max ? at : max;
  }, null);
  const selfUrl = `${origin}${options.selfPath}`;
  const feed = new Feed({
    id: selfUrl,
    title: `${options.title} — ${site}`,
    link: `${origin}/${lang}`,
    language: lang,
    updated: newest ?? new Date(0),
    generator: site,
    feedLinks: { atom: selfUrl },
    copyright: site,
  });
  for (const r of rows) {
    const link = `${origin}/${lang}${r.path}`;
    const title = i18n.pick(r.title).text || r.id;
    const summary = i18n.pick(r.summary).text;
    feed.addItem({
      id: `${origin}${r.path}`,
      title,
      link,
      date: new Date(r.updatedAt),
      published: r.publishedAt ? new Date(r.publishedAt) : undefined,
      description: summary || undefined,
      category: [
        { term: r.type, name: i18n.t(`content.type.${r.type}.one`) },
        ...r.objectives.map((n) => ({
          term: `objective-${n}`,
          name: i18n.t('open-data.feed.objective', { number: i18n.number(n) }),
        })),
      ],
    });
  }
  return feed.atom1();
}
