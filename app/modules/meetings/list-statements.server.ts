import { and, count, desc, eq, getTableColumns, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import {
  type MeetingKind,
  type MeetingLanguage,
  meetingStatements,
  meetings,
  statementEntityType,
} from '#db/schema/meetings';
import { objectiveTags } from '#db/schema/tagging';
import { getTags, objectivesOf } from '~/modules/tagging/get-tags.server';
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

interface ListStatementsOptions {
  db?: DbOrTx;
  subject: Subject;
  filters?: StatementFilters;
  limit?: number;
  offset?: number;
  /** The whole statement with its text (the API); the lists read only the columns they show. */
  withText?: boolean;
}

/** What the lists show of a statement: the text, up to thousands of words, stays on its page. */
const listColumns = {
  id: meetingStatements.id,
  speakerKind: meetingStatements.speakerKind,
  countryIso3: meetingStatements.countryIso3,
  speakerName: meetingStatements.speakerName,
  language: meetingStatements.language,
  deliveredOn: meetingStatements.deliveredOn,
  title: meetingStatements.title,
};

interface StatementWithText {
  statement: typeof meetingStatements.$inferSelect;
  meeting: { id: string; title: Translated; kind: MeetingKind };
  objectives: number[];
}

/** The statements repository: statements of meetings the subject may see, newest first, filtered. */
export async function listStatements(
  options: ListStatementsOptions & { withText: true },
): Promise<{ total: number; items: StatementWithText[] }>;
export async function listStatements(
  options: ListStatementsOptions & { withText?: false },
): Promise<{ total: number; items: StatementListItem[] }>;
export async function listStatements(
  options: ListStatementsOptions,
): Promise<{ total: number; items: StatementListItem[] | StatementWithText[] }> {
  const { db = getDb(), subject, filters = {}, limit = 50, offset = 0, withText = false } = options;
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
          statement: withText ? getTableColumns(meetingStatements) : listColumns,
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

/** A statement as the lists show it (no text: the statement's page has it). */
export interface StatementListItem {
  statement: Pick<
    typeof meetingStatements.$inferSelect,
    'id' | 'speakerKind' | 'countryIso3' | 'speakerName' | 'language' | 'deliveredOn' | 'title'
  >;
  meeting: { id: string; title: Translated };
  objectives: number[];
}

/**
 * A meeting's statements, newest first and at most `limit`, as one JSON value with the list's fields
 * only: a subquery, so the meeting page reads them in its one query (the caller has checked the
 * meeting may be seen, which is what the repository's visibility asks).
 */
export const meetingStatementsJson = (meetingId: SQL | string, limit: number) => sql`(
  select coalesce(json_agg(json_build_object('id', st.id, 'speakerKind', st.speaker_kind,
      'countryIso3', st.country_iso3, 'speakerName', st.speaker_name, 'language', st.language,
      'deliveredOn', st.delivered_on, 'title', st.title, 'objectives', coalesce(t.objectives, '{}'))
    order by st.delivered_on desc, st.created_at desc), '[]'::json)
  from (select * from ${meetingStatements} where meeting_id = ${meetingId}
    order by delivered_on desc, created_at desc limit ${limit}) st
  left join ${objectivesOf(statementEntityType, sql`select id::text from ${meetingStatements} where meeting_id = ${meetingId}`)} t
    on t.entity_id = st.id::text)`;

/** The statements meetingStatementsJson read, shaped as listStatements' items. */
export function meetingStatementsFrom(
  meeting: { id: string; title: Translated },
  json: unknown,
): StatementListItem[] {
  return ((json ?? []) as (StatementListItem['statement'] & { objectives: number[] })[]).map(
    ({ objectives, ...statement }) => ({ statement, meeting, objectives }),
  );
}
