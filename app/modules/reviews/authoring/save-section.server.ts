import { and, eq, gt, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { auditLog, users } from '#db/schema/index';
import { reviewSections } from '#db/schema/reviews';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { getDb } from '~/platform/platform.server';
import { reviewEntityType } from '../review-records.server';
import { sectionSaveSchema } from './review-forms';
import { loadForEditing } from './review-guards.server';
import {
  contentOf,
  type SectionDefinition,
  type SectionRow,
  sectionDefinition,
} from './review-structure.server';
import { type SectionContent, type SectionTextField, textFieldsOf } from './section-content';

/** What the person who lost a race sees: the text now saved, by whom and when (their own text stays in the form). */
export interface SectionConflict {
  current: SectionContent;
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
}

/** How often autosaves of one section by one person reach the audit trail. */
export const autosaveAuditWindowMinutes = 10;

type ContentField = keyof SectionContent;

function withText(value: Translated, language: 'ar' | 'en', text: string): Translated {
  const next: Translated = { ...value };
  if (text.trim()) next[language] = text;
  else delete next[language];
  return next;
}

/** The answer after this save: only the fields the section has and the input carries change. */
function applyInput(
  before: SectionContent,
  definition: SectionDefinition,
  input: ReturnType<typeof sectionSaveSchema.parse>,
): SectionContent {
  const after: SectionContent = { ...before };
  for (const field of textFieldsOf(definition.fields)) {
    const text = input[field as SectionTextField];
    if (text !== undefined) after[field] = withText(before[field], input.language, text);
  }
  if (definition.fields.includes('implementationStatus') && input.objectiveStatus !== undefined) {
    after.objectiveStatus = input.objectiveStatus === '' ? null : input.objectiveStatus;
  }
  if (definition.fields.includes('sdgTargets') && input.sdgTargets !== undefined) {
    after.sdgTargets = input.sdgTargets;
  }
  // The old free text may only be corrected or cleared, never started.
  if (input.sdgTargetsNote !== undefined && before.sdgTargetsNote !== null) {
    after.sdgTargetsNote = input.sdgTargetsNote.trim() || null;
  }
  return after;
}

const fieldOrder: ContentField[] = [
  'body',
  'objectiveStatus',
  'measures',
  'partners',
  'sdgTargets',
  'sdgTargetsNote',
  'dataAvailable',
];

const changedFields = (before: SectionContent, after: SectionContent) =>
  fieldOrder.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null));

async function conflictOf(db: DbOrTx, row: SectionRow | undefined): Promise<AppError> {
  let updatedByName: string | null = null;
  if (row?.updatedBy) {
    const [who] = await db.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy));
    updatedByName = who?.name ?? null;
  }
  const conflict: SectionConflict = {
    current: contentOf(row),
    version: row?.version ?? 0,
    updatedAt: row ? row.updatedAt.toISOString() : null,
    updatedByName,
  };
  return new AppError('staleVersion', 409, {}, { conflict });
}

/**
 * Saves one section of a review in one language, if nobody saved it since the editor read it
 * (`version` in the input: the section's version, 0 before its first save). A stale save is refused
 * with staleVersion (409) whose details are a SectionConflict — the text now saved, by whom and when —
 * so the page shows both texts and nothing is lost. A save that changes nothing writes nothing.
 *
 * Audit: every explicit save records the fields it changed, before and after. Autosaves (every few
 * seconds while someone types) record only which fields changed, and at most once per section and
 * person every ten minutes; the explicit save that normally follows records the text.
 */
export async function saveSection(options: {
  db?: DbOrTx;
  subject: Subject;
  reviewId: string;
  sectionKey: string;
  input: unknown;
  autosave?: boolean;
  requestId?: string;
}): Promise<{ section: SectionRow; changed: ContentField[] }> {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    // The review row lock orders saves against submission (nothing is written into a submitted review).
    const loaded = await loadForEditing(tx, subject, options.reviewId, { forUpdate: true });
    const definition = await sectionDefinition(tx, loaded.review, loaded.cycle, options.sectionKey);
    const input = parseInput(sectionSaveSchema, options.input);
    const where = and(
      eq(reviewSections.reviewId, loaded.review.id),
      eq(reviewSections.sectionKey, definition.key),
    );
    const [existing] = await tx.select().from(reviewSections).where(where).for('update');
    if (input.version !== (existing?.version ?? 0)) throw await conflictOf(tx, existing);

    const before = contentOf(existing);
    const after = applyInput(before, definition, input);
    const changed = changedFields(before, after);
    if (existing && changed.length === 0) return { section: existing, changed };

    const now = new Date();
    let section: SectionRow | undefined;
    if (existing) {
      [section] = await tx
        .update(reviewSections)
        .set({ ...after, updatedBy: subject.userId, version: existing.version + 1, updatedAt: now })
        .where(and(where, eq(reviewSections.version, existing.version)))
        .returning();
    } else {
      [section] = await tx
        .insert(reviewSections)
        .values({
          ...after,
          reviewId: loaded.review.id,
          sectionKey: definition.key,
          updatedBy: subject.userId,
        })
        .onConflictDoNothing()
        .returning();
    }
    if (!section) throw await conflictOf(tx, (await tx.select().from(reviewSections).where(where))[0]);

    if (!options.autosave) {
      const pick = (content: SectionContent) => Object.fromEntries(changed.map((f) => [f, content[f]]));
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'review.section.save',
        entityType: reviewEntityType,
        entityId: loaded.review.id,
        before: { sectionKey: definition.key, version: existing?.version ?? 0, ...pick(before) },
        after: { sectionKey: definition.key, version: section.version, ...pick(after) },
        requestId: options.requestId,
      });
    } else if (changed.length) {
      const [recent] = await tx
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, 'review.section.autosave'),
            eq(auditLog.entityType, reviewEntityType),
            eq(auditLog.entityId, loaded.review.id),
            subject.userId ? eq(auditLog.actorId, subject.userId) : sql`false`,
            sql`${auditLog.after}->>'sectionKey' = ${definition.key}`,
            gt(auditLog.at, sql`now() - make_interval(mins => ${autosaveAuditWindowMinutes})`),
          ),
        )
        .limit(1);
      if (!recent) {
        await recordAudit(tx, {
          actorId: subject.userId,
          action: 'review.section.autosave',
          entityType: reviewEntityType,
          entityId: loaded.review.id,
          after: { sectionKey: definition.key, language: input.language, fields: changed },
          requestId: options.requestId,
        });
      }
    }
    return { section, changed };
  });
}
