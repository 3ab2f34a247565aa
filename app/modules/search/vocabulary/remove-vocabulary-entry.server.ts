import { and, eq, isNull } from 'drizzle-orm';
import { searchVocabulary } from '#db/schema/search';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Db } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';

/**
 * A secretariat removes a vocabulary entry: search stops reading it at once. The row stays, marked
 * removed, so the start-up seed does not add it back; only the version the user read is removed.
 */
export async function removeVocabularyEntry(input: {
  db?: Db;
  actorId: string;
  key: string;
  version: number;
  requestId?: string;
}): Promise<void> {
  const { db = getDb(), actorId, key, version, requestId } = input;
  await db.transaction(async (tx) => {
    const { before } = await updateVersioned({
      db: tx,
      table: searchVocabulary,
      where: and(eq(searchVocabulary.key, key), isNull(searchVocabulary.removedAt))!,
      expectedVersion: version,
      set: { removedAt: new Date(), updatedBy: actorId },
    });
    await recordAudit(tx, {
      actorId,
      action: 'search.vocabulary.remove',
      entityType: 'search.vocabulary',
      entityId: key,
      before: { ar: before.ar, en: before.en, objectives: before.objectives, principles: before.principles },
      after: { removed: true },
      requestId,
    });
  });
}
