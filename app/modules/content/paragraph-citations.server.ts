import { and, eq, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { contentItems } from '#db/schema/content';
import { paragraphCitations } from '#db/schema/paragraph-citations';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import type { ContentTypeKey } from './content-type-keys';
import { readableContent } from './readable-content.server';

/** A paragraph of a document in the content index, named by its stable identifier. */
export interface ParagraphRef {
  documentType: ContentTypeKey;
  documentId: string;
  eId: string;
}

/** The page of a cited paragraph, under its document's page (language prefix left out). */
export const paragraphPath = (documentPath: string, eId: string) => `${documentPath}/paragraphs/${eId}`;

/**
 * Replaces what one item cites (in the transaction that saves it): its citation rows are exactly
 * `refs` afterwards, once each.
 */
export async function replaceCitations(
  tx: DbOrTx,
  citing: { type: ContentTypeKey; id: string },
  refs: readonly ParagraphRef[],
): Promise<void> {
  await tx
    .delete(paragraphCitations)
    .where(and(eq(paragraphCitations.citingType, citing.type), eq(paragraphCitations.citingId, citing.id)));
  if (!refs.length) return;
  await tx
    .insert(paragraphCitations)
    .values(refs.map((r) => ({ ...r, citingType: citing.type, citingId: citing.id })))
    .onConflictDoNothing();
}

/** What cites one paragraph, newest first: only items this reader may open (the content index decides). */
export async function listCitingItems(
  db: DbOrTx,
  subject: Subject,
  ref: ParagraphRef,
): Promise<{ type: ContentTypeKey; id: string; title: Translated; path: string }[]> {
  const rows = await db
    .select({
      type: contentItems.type,
      id: contentItems.id,
      title: contentItems.title,
      path: contentItems.path,
    })
    .from(paragraphCitations)
    .innerJoin(
      contentItems,
      and(
        eq(contentItems.type, paragraphCitations.citingType),
        eq(contentItems.id, sql`${paragraphCitations.citingId}::text`),
      ),
    )
    .where(
      and(
        eq(paragraphCitations.documentType, ref.documentType),
        eq(paragraphCitations.documentId, ref.documentId),
        eq(paragraphCitations.eId, ref.eId),
        readableContent(subject),
      ),
    )
    .orderBy(sql`${paragraphCitations.createdAt} desc`);
  return rows as { type: ContentTypeKey; id: string; title: Translated; path: string }[];
}

/**
 * The paragraphs one item cites, with the cited document's title and the paragraph's page, for
 * its page: only paragraphs of documents this reader may open.
 */
export async function listCitedParagraphs(
  subject: Subject,
  citing: { type: ContentTypeKey; id: string },
  db: DbOrTx = getDb(),
): Promise<{ eId: string; documentTitle: Translated; path: string }[]> {
  const rows = await db
    .select({
      eId: paragraphCitations.eId,
      documentTitle: contentItems.title,
      documentPath: contentItems.path,
    })
    .from(paragraphCitations)
    .innerJoin(
      contentItems,
      and(
        eq(contentItems.type, paragraphCitations.documentType),
        eq(contentItems.id, sql`${paragraphCitations.documentId}::text`),
      ),
    )
    .where(
      and(
        eq(paragraphCitations.citingType, citing.type),
        eq(paragraphCitations.citingId, citing.id),
        readableContent(subject),
      ),
    )
    .orderBy(paragraphCitations.documentId, paragraphCitations.eId);
  return rows.map((r) => ({
    eId: r.eId,
    documentTitle: r.documentTitle,
    path: paragraphPath(r.documentPath, r.eId),
  }));
}

/** What one item cites, as stored (for its audit record). */
export async function listCitations(
  db: DbOrTx,
  citing: { type: ContentTypeKey; id: string },
): Promise<ParagraphRef[]> {
  const rows = await db
    .select({
      documentType: paragraphCitations.documentType,
      documentId: paragraphCitations.documentId,
      eId: paragraphCitations.eId,
    })
    .from(paragraphCitations)
    .where(and(eq(paragraphCitations.citingType, citing.type), eq(paragraphCitations.citingId, citing.id)))
    .orderBy(paragraphCitations.documentId, paragraphCitations.eId);
  return rows as ParagraphRef[];
}
