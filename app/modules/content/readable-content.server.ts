import { type SQL, sql } from 'drizzle-orm';
import { contentItems } from '#db/schema/content';
import { subjectKeys } from '~/permissions/access-keys';
import type { Subject } from '~/permissions/resolver';

/** What everyone may open: the condition every public number counts with. */
export const publicContent: SQL = sql`${contentItems.visibility} = 'public'`;

/** canReadContent (read-rule.ts) as a condition on content_items, for lists of what this subject may open. */
export function readableContent(subject: Subject): SQL {
  if (!subject.userId) return publicContent;
  const keys = subjectKeys(subject);
  return sql`(${contentItems.visibility} in ('public', 'signed_in') or ${contentItems.readers} && ${sql`array[${sql.join(
    keys.map((k) => sql`${k}`),
    sql`, `,
  )}]::text[]`})`;
}
