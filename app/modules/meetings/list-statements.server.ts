import { and, count, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { type MeetingLanguage, meetingStatements, meetings, statementEntityType } from '#db/schema/meetings';
import { objectiveTags } from '#db/schema/tagging';
import { getTags } from '~/modules/tagging/get-tags.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { visibleMeetings } from './list-meetings.server';

export interface StatementFilters {
  country?: string;
  objective?: number;
  language?: MeetingLanguage;
  meeting?: string;
  /** Words in the title or text (either language). */
  q?: string;
}

/** The statements repository: statements of meetings the subject may see, newest first, filtered. */
export async function listStatements(options: {
  db?: DbOrTx;
  subject: Subject;
  filters?: StatementFilters;
  limit?: number;
  offset?: number;
}) {
  const { db = getDb(), subject, filters = {}, limit = 50, offset = 0 } = options;
  const q = filters.q?.trim().slice(0, 100);
  const like = q ? `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    visibleMeetings(subject),
    filters.country ? eq(meetingStatements.countryIso3, filters.country.toUpperCase()) : undefined,
    filters.language ? eq(meetingStatements.language, filters.language) : undefined,
    filters.meeting ? eq(meetingStatements.meetingId, filters.meeting) : undefined,
    filters.objective !== undefined
      ? inArray(
          sql`${meetingStatements.id}::text`,
          db
            .select({ id: objectiveTags.entityId })
            .from(objectiveTags)
            .where(
              and(
                eq(objectiveTags.entityType, statementEntityType),
                eq(objectiveTags.objective, filters.objective),
              ),
            ),
        )
      : undefined,
    like
      ? or(
          ilike(sql`${meetingStatements.body}->>'ar'`, like),
          ilike(sql`${meetingStatements.body}->>'en'`, like),
          ilike(sql`${meetingStatements.title}->>'ar'`, like),
          ilike(sql`${meetingStatements.title}->>'en'`, like),
          ilike(meetingStatements.speakerName, like),
        )
      : undefined,
  );
  const [rows, [total]] = await readTogether(db, [
    () =>
      db
        .select({
          statement: meetingStatements,
          meeting: { id: meetings.id, title: meetings.title, kind: meetings.kind },
        })
        .from(meetingStatements)
        .innerJoin(meetings, eq(meetings.id, meetingStatements.meetingId))
        .where(where)
        .orderBy(desc(meetingStatements.deliveredOn), desc(meetingStatements.createdAt))
        .limit(limit)
        .offset(offset),
    () =>
      db
        .select({ n: count() })
        .from(meetingStatements)
        .innerJoin(meetings, eq(meetings.id, meetingStatements.meetingId))
        .where(where),
  ]);
  const tags = await getTags({
    db,
    entityType: statementEntityType,
    entityIds: rows.map((r) => r.statement.id),
  });
  return {
    total: Number(total?.n ?? 0),
    items: rows.map((r) => ({ ...r, objectives: tags.get(r.statement.id)?.objectives ?? [] })),
  };
}
