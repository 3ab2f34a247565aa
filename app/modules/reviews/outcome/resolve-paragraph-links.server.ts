import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { reviewOutcomes, reviewOutcomeVersions } from '#db/schema/review-outcomes';
import type { ParagraphRef } from '~/modules/content/paragraph-citations.server';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { documentParagraphs } from '~/platform/text/document-paragraphs';

/** A paragraph's address as its page gives it (any origin and language), or the document's with an anchor. */
const paragraphLink =
  /\/reviews\/cycles\/([0-9a-f-]{36})\/outcome(?:\/paragraphs\/|#)((?:preamble__)?para_[1-9][0-9]{0,4})\b/i;

/**
 * Reads the paragraph addresses a writer pasted (one per line) into citations of paragraphs of
 * published outcome documents. Each must name a paragraph of the published version; otherwise the
 * field is refused with the line that is wrong, and nothing is saved.
 */
export async function resolveParagraphLinks(
  db: DbOrTx,
  links: readonly string[],
  field = 'citations',
): Promise<ParagraphRef[]> {
  if (!links.length) return [];
  const wanted = links.map((link, i) => {
    const match = paragraphLink.exec(link);
    if (!match) throw fieldRefusal(field, 'paragraphLinkUnreadable', { params: { line: i + 1 } });
    return { cycleId: match[1]!.toLowerCase(), eId: match[2]!.toLowerCase() };
  });
  const published = await db
    .select({
      cycleId: reviewOutcomes.cycleId,
      body: reviewOutcomeVersions.body,
      ids: reviewOutcomeVersions.paragraphIds,
    })
    .from(reviewOutcomes)
    .innerJoin(
      reviewOutcomeVersions,
      and(
        eq(reviewOutcomeVersions.outcomeId, reviewOutcomes.id),
        eq(reviewOutcomeVersions.number, reviewOutcomes.publishedVersion),
      ),
    )
    .where(
      and(
        inArray(reviewOutcomes.cycleId, [...new Set(wanted.map((w) => w.cycleId))]),
        isNotNull(reviewOutcomes.publishedVersion),
      ),
    );
  const idsByCycle = new Map(
    published.map((p) => [p.cycleId, new Set(documentParagraphs(p.body, p.ids).map((x) => x.eId))]),
  );
  const refs = new Map<string, ParagraphRef>();
  wanted.forEach((w, i) => {
    if (!idsByCycle.get(w.cycleId)?.has(w.eId)) {
      throw fieldRefusal(field, 'paragraphLinkUnknown', { params: { line: i + 1 } });
    }
    refs.set(`${w.cycleId}#${w.eId}`, {
      documentType: 'outcome_document',
      documentId: w.cycleId,
      eId: w.eId,
    });
  });
  return [...refs.values()];
}
