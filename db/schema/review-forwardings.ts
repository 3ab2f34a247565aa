import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './accounts';
import { translated } from './columns';
import { meetings } from './meetings';
import type { ForwardedDocument } from './review-forwarding-values';
import { reviewCycles } from './reviews';

export * from './review-forwarding-values';

/**
 * A published document of a regional review cycle (a version of its synthesis report or of its
 * outcome document) forwarded by the cycle's secretariat to the IMRF: to an IMRF meeting of the
 * platform, or, when the platform has none yet, to a forum named in free text ("IMRF 2026").
 * Recorded, never edited; withdrawing keeps the row (withdrawn_at) for the audit trail and frees
 * the same document version to be forwarded again.
 */
export const reviewForwardings = pgTable(
  'review_forwardings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    document: text('document').$type<ForwardedDocument>().notNull(),
    /** The published version forwarded (synthesis report number, outcome version number). */
    documentVersion: integer('document_version').notNull(),
    /** The IMRF meeting (kind 'imrf'); null when the forum is named in forum_name. */
    meetingId: uuid('meeting_id').references(() => meetings.id, { onDelete: 'set null' }),
    /** The forum as the secretariat names it when no IMRF meeting is on the platform; '' otherwise. */
    forumName: text('forum_name').notNull().default(''),
    forwardedOn: date('forwarded_on', { mode: 'string' }).notNull(),
    note: translated('note'),
    forwardedBy: uuid('forwarded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('review_forwardings_document', sql`${t.document} in ('synthesis', 'outcome')`),
    check('review_forwardings_version', sql`${t.documentVersion} >= 1`),
    index('review_forwardings_cycle_idx').on(t.cycleId, t.forwardedOn),
    index('review_forwardings_meeting_idx').on(t.meetingId),
    uniqueIndex('review_forwardings_once')
      .on(
        t.cycleId,
        t.document,
        t.documentVersion,
        sql`coalesce(${t.meetingId}::text, lower(${t.forumName}))`,
      )
      .where(sql`${t.withdrawnAt} is null`),
  ],
);
