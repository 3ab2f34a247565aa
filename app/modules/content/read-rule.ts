import type { ContentVisibility } from '#db/schema/content';
import { subjectKeys } from '~/permissions/access-keys';
import type { Subject } from '~/permissions/resolver';

/**
 * Who may open an indexed item — the pure rule; readable-content.server.ts is the same rule in SQL
 * for lists and counts (read-rule.test.ts holds them together).
 */
export function canReadContent(
  subject: Subject,
  item: { visibility: ContentVisibility; readers: readonly string[] },
): boolean {
  if (item.visibility === 'public') return true;
  if (!subject.userId) return false;
  if (item.visibility === 'signed_in') return true;
  const held = new Set(subjectKeys(subject));
  return item.readers.some((key) => held.has(key));
}
