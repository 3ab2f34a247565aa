import { desc, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Translated } from '#db/schema/columns';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { assignParagraphIds, documentParagraphs } from '~/platform/text/document-paragraphs';

/**
 * What documents drafted in versions share (a review cycle's outcome document, a meeting's
 * declaration or summaries): every save is a numbered row of a versions table with the text and
 * its paragraphs' stable identifiers. The tables differ per domain; the logic is here once.
 */
export interface VersionStore {
  table: PgTable;
  /** The column naming the document a version belongs to. */
  parent: PgColumn;
  number: PgColumn;
  body: PgColumn;
  ids: PgColumn;
}

/**
 * The paragraph identifiers of a document's next version (document-paragraphs.ts): they follow
 * the last saved version, and an identifier used by any earlier version is never given again.
 */
export async function nextParagraphIds(
  tx: DbOrTx,
  store: VersionStore,
  documentId: string,
  body: Translated,
): Promise<string[]> {
  const saved = (await tx
    .select({ body: store.body, ids: store.ids })
    .from(store.table)
    .where(eq(store.parent, documentId))
    .orderBy(desc(store.number))) as { body: Translated; ids: string[] }[];
  return assignParagraphIds({ previous: saved[0] ?? null, next: body, used: saved.flatMap((v) => v.ids) });
}

/**
 * Refuses (beside `field`) a paragraph identifier the version does not have: a comment or a citation
 * names a paragraph of the text its writer read.
 */
export function checkParagraphOf(
  version: { body: Translated; paragraphIds: readonly string[] },
  eId: string,
  field = 'paragraph',
): void {
  if (!documentParagraphs(version.body, version.paragraphIds).some((p) => p.eId === eId)) {
    throw fieldRefusal(field, 'outcomeParagraphUnknown');
  }
}
