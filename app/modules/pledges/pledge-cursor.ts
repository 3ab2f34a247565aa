import { isUuid } from '~/platform/uuid';
import type { PledgeSort } from './pledge-filters';

/** Where a page ended: the publication time as the database has it (microseconds) and the id. */
export interface PledgeCursor {
  publishedAt: string | null;
  id: string;
}

/** The sorts keyset paging serves: both orders of (published_at nulls last, id). */
export const keysetSorts = ['newest', 'oldest'] as const satisfies readonly PledgeSort[];
export type KeysetSort = (typeof keysetSorts)[number];

export const isKeysetSort = (sort: PledgeSort): sort is KeysetSort =>
  (keysetSorts as readonly string[]).includes(sort);

/**
 * The API's `after` value: opaque to clients (base64url of the sort, the time and the id), so its
 * form can change; it names its sort, so a cursor is never read in another order.
 */
export function encodePledgeCursor(sort: KeysetSort, cursor: PledgeCursor): string {
  return Buffer.from(JSON.stringify([sort, cursor.publishedAt, cursor.id])).toString('base64url');
}

/** Database timestamps as text ("2025-03-01 10:00:00.123456+00"), nothing else reaches the SQL. */
const timestamp = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;

/** The cursor in `raw` for `sort`, or null when it is not one of ours or belongs to another sort. */
export function decodePledgeCursor(raw: string, sort: KeysetSort): PledgeCursor | null {
  if (raw.length > 200 || !/^[\w-]+$/.test(raw)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [from, publishedAt, id] = value as unknown[];
  if (from !== sort || typeof id !== 'string' || !isUuid(id)) return null;
  if (publishedAt !== null && (typeof publishedAt !== 'string' || !timestamp.test(publishedAt))) return null;
  return { publishedAt, id };
}
