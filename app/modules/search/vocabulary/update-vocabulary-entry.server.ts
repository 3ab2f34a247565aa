import { and, eq, isNull } from 'drizzle-orm';
import { searchVocabulary } from '#db/schema/search';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Db } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import type { VocabularyEntryInput } from './vocabulary-form';
import { checkVocabularyEntry } from './vocabulary-rules.server';

/**
 * A secretariat edits a vocabulary entry's terms and tags. Saved only over the version the user
 * read (a stale save is refused with the entry as it is now); audited with what changed.
 */
export async function updateVocabularyEntry(
  input: VocabularyEntryInput & {
    db?: Db;
    actorId: string;
    key: string;
    version: number;
    requestId?: string;
  },
): Promise<{ version: number }> {
  const { db = getDb(), actorId, key, version, requestId } = input;
  return db.transaction(async (tx) => {
    const entry = await checkVocabularyEntry(tx, input);
    const { before, after } = await updateVersioned({
      db: tx,
      table: searchVocabulary,
      where: and(eq(searchVocabulary.key, key), isNull(searchVocabulary.removedAt))!,
      expectedVersion: version,
      set: { ...entry, updatedBy: actorId },
    });
    await recordAudit(tx, {
      actorId,
      action: 'search.vocabulary.update',
      entityType: 'search.vocabulary',
      entityId: key,
      before: { ar: before.ar, en: before.en, objectives: before.objectives, principles: before.principles },
      after: entry,
      requestId,
    });
    return { version: after.version };
  });
}
