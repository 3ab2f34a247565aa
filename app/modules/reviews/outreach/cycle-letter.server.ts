import { eq } from 'drizzle-orm';
import type { Locale } from '#db/schema/columns';
import { reviewCycleLetters } from '#db/schema/review-outreach';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { forbidden, notFound, staleVersion } from '~/platform/errors';
import { parseInput } from '~/platform/forms/issues';
import { serverI18n } from '~/platform/i18n/catalog.server';
import type { Digits } from '~/platform/i18n/locales';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { canManageOutreach, canSeeCycle } from '../cycles/cycle-policy';
import { cycleEntityType, loadCycle } from '../cycles/cycle-records.server';
import type { CycleRow } from '../review-records.server';
import { type LetterValues, letterIn, placeholdersAsText, renderLetter } from './letter';
import { letterSchema } from './outreach-schema';

export type StoredLetter = typeof reviewCycleLetters.$inferSelect;

/** The standard invitation letter in one language, placeholders as words the secretariat can move. */
export function standardLetter(locale: Locale) {
  const i18n = serverI18n(locale);
  return {
    subject: i18n.t('reviews-outreach.letter.standardSubject', placeholdersAsText),
    body: i18n.t('reviews-outreach.letter.standardBody', placeholdersAsText),
  };
}

export async function loadStoredLetter(db: DbOrTx, cycleId: string): Promise<StoredLetter | null> {
  const [row] = await db.select().from(reviewCycleLetters).where(eq(reviewCycleLetters.cycleId, cycleId));
  return row ?? null;
}

/**
 * The invitation mail to one contact: the letter in their language with the placeholders filled,
 * then the guidance template's sections (what the national review answers) and the link to start.
 */
export function composeInvitation(options: {
  locale: Locale;
  digits: Digits;
  stored: Pick<StoredLetter, 'subject' | 'body'> | null;
  values: Omit<LetterValues, 'link'>;
  link: string;
  templateSections: { title: { ar?: string; en?: string } }[];
}): { subject: string; text: string } {
  const { locale } = options;
  const i18n = serverI18n(locale, options.digits);
  const letter = letterIn(locale, options.stored, standardLetter);
  const values = { ...options.values, link: options.link };
  const parts = [renderLetter(letter.body, values)];
  if (options.templateSections.length) {
    parts.push(
      [
        i18n.t('reviews-outreach.mail.templateIntro'),
        ...options.templateSections.map((s, i) => `${i18n.number(i + 1)}. ${i18n.pick(s.title).text}`),
      ].join('\n'),
    );
  }
  parts.push(i18n.t('reviews-outreach.mail.startLink', { link: options.link }));
  return { subject: renderLetter(letter.subject, values), text: parts.join('\n\n') };
}

/** The cycle's letter for its secretariat to edit: as stored (version 0 when still the standard one). */
export async function getCycleLetter(options: { db?: DbOrTx; subject: Subject; cycleId: string }) {
  const { db = getDb(), subject } = options;
  const cycle = await loadCycle(db, options.cycleId);
  if (!canSeeCycle(subject, cycle)) throw notFound();
  if (!canManageOutreach(subject, cycle.regionId)) throw forbidden();
  const stored = await loadStoredLetter(db, cycle.id);
  const languages: Locale[] = ['ar', 'en'];
  return {
    cycle,
    version: stored?.version ?? 0,
    letters: Object.fromEntries(languages.map((l) => [l, letterIn(l, stored, standardLetter)])) as Record<
      Locale,
      ReturnType<typeof letterIn>
    >,
  };
}

/** The values a cycle fills in the letter for one state, in one language. */
export function letterValuesFor(
  cycle: Pick<CycleRow, 'title' | 'submissionDeadline'>,
  stateName: { ar?: string; en?: string },
  recipientName: string,
  locale: Locale,
  digits: Digits,
): Omit<LetterValues, 'link'> {
  const i18n = serverI18n(locale, digits);
  return {
    name: recipientName,
    state: i18n.pick(stateName).text,
    cycle: i18n.pick(cycle.title).text,
    deadline: cycle.submissionDeadline
      ? i18n.date(cycle.submissionDeadline, { dateStyle: 'long', timeZone: 'UTC' })
      : '',
  };
}

/** Saves the secretariat's letter (versioned; version 0 means "still the standard letter"). Audited. */
export async function saveCycleLetter(options: {
  db?: DbOrTx;
  subject: Subject;
  cycleId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}): Promise<StoredLetter> {
  const { db = getDb(), subject } = options;
  const input = parseInput(letterSchema, options.input);
  return db.transaction(async (tx) => {
    const cycle = await loadCycle(tx, options.cycleId, { forUpdate: true });
    if (!canSeeCycle(subject, cycle)) throw notFound();
    if (!canManageOutreach(subject, cycle.regionId)) throw forbidden();
    const stored = await loadStoredLetter(tx, cycle.id);
    let before: StoredLetter | null = stored;
    let after: StoredLetter;
    if (!stored) {
      if (options.expectedVersion !== 0) throw staleVersion();
      [after] = (await tx
        .insert(reviewCycleLetters)
        .values({ cycleId: cycle.id, ...input, updatedBy: subject.userId })
        .returning()) as [StoredLetter];
    } else {
      ({ before, after } = await updateVersioned({
        db: tx,
        table: reviewCycleLetters,
        where: eq(reviewCycleLetters.cycleId, cycle.id),
        expectedVersion: options.expectedVersion,
        set: { ...input, updatedBy: subject.userId },
      }));
    }
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'review_cycle.letter.save',
      entityType: cycleEntityType,
      entityId: cycle.id,
      before: before ? { subject: before.subject, body: before.body, version: before.version } : null,
      after: { subject: after.subject, body: after.body, version: after.version },
      requestId: options.requestId,
    });
    return after;
  });
}
