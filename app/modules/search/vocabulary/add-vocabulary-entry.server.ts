import { eq, sql } from 'drizzle-orm';
import { searchVocabulary } from '#db/schema/search';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Db } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import type { VocabularyEntryInput } from './vocabulary-form';
import { checkVocabularyEntry } from './vocabulary-rules.server';

/**
 * A secretariat adds a term to the bilingual GCM vocabulary; search reads it from the next query.
 * A key in use is refused; the key of a removed entry revives it with the new terms (its version
 * goes on, so a page opened before the removal cannot overwrite it). Audited in the transaction.
 */
export async function addVocabularyEntry(
  input: VocabularyEntryInput & { db?: Db; actorId: string; key: string; requestId?: string },
): Promise<{ key: string; version: number }> {
  const { db = getDb(), actorId, key, requestId } = input;
  return db.transaction(async (tx) => {
    const entry = await checkVocabularyEntry(tx, input);
    const [existing] = await tx
      .select({ removedAt: searchVocabulary.removedAt, version: searchVocabulary.version })
      .from(searchVocabulary)
      .where(eq(searchVocabulary.key, key))
      .for('update')
      .limit(1);
    if (existing && !existing.removedAt) throw fieldRefusal('key', 'vocabularyKeyTaken', { status: 409 });
    const [row] = existing
      ? await tx
          .update(searchVocabulary)
          .set({
            ...entry,
            removedAt: null,
            version: sql`${searchVocabulary.version} + 1`,
            updatedAt: new Date(),
            updatedBy: actorId,
          })
          .where(eq(searchVocabulary.key, key))
          .returning({ version: searchVocabulary.version })
      : await tx
          .insert(searchVocabulary)
          .values({ key, ...entry, updatedBy: actorId })
          .returning({ version: searchVocabulary.version });
    await recordAudit(tx, {
      actorId,
      action: 'search.vocabulary.add',
      entityType: 'search.vocabulary',
      entityId: key,
      before: existing ? { removed: true } : null,
      after: entry,
      requestId,
    });
    return { key, version: row!.version };
  });
}
