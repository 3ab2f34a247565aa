import { sql } from 'drizzle-orm';
import type { Locale, Translated } from '#db/schema/columns';
import { type ContentVisibility, contentItems } from '#db/schema/content';
import type { ContentTypeKey } from '~/modules/content/content-type-keys';
import { readableContent } from '~/modules/content/readable-content.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { planSearch } from './plan-search.server';
import { type MarkedText, markText } from './snippets';

/** Suggestions start at this many characters (fewer match too much to help). */
export const minSuggestChars = 2;
const maxSuggestions = 6;
/** Suggestions rank a few hundred title-or-text matches at most: they must come back while typing. */
const suggestCandidates = 300;

export interface Suggestion {
  type: ContentTypeKey;
  id: string;
  path: string;
  title: MarkedText;
  language: Locale;
  visibility: ContentVisibility;
}

/** Items whose text holds the words typed so far (the last one as a prefix), best titles first. */
export async function suggest(options: {
  db?: DbOrTx;
  subject: Subject;
  q: string;
  locale: Locale;
}): Promise<Suggestion[]> {
  const { db = getDb(), subject, q, locale } = options;
  if (q.trim().length < minSuggestChars) return [];
  const plan = await planSearch({ db, q, prefix: true });
  if (!plan.match || !plan.rankQuery) return [];
  const result = await db.execute<{
    type: ContentTypeKey;
    id: string;
    path: string;
    title: Translated;
    visibility: ContentVisibility;
  }>(sql`
    select type, id, path, title, visibility from (
      select type, id, path, title, visibility, search_vector, published_at from ${contentItems}
      where ${readableContent(subject)} and ${plan.match} limit ${suggestCandidates}) c
    order by ts_rank(c.search_vector, ${plan.rankQuery}::tsquery, 1) desc, published_at desc nulls last, type, id
    limit ${maxSuggestions}`);
  const last = plan.parsed.words.at(-1)?.stems ?? [];
  const other: Locale = locale === 'ar' ? 'en' : 'ar';
  return result.rows.map((row) => {
    const language: Locale = row.title[locale] ? locale : other;
    return {
      type: row.type,
      id: row.id,
      path: row.path,
      title: markText(row.title[language] ?? '', { stems: plan.highlight, prefixes: last }),
      language,
      visibility: row.visibility,
    };
  });
}
