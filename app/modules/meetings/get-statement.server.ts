import { eq } from 'drizzle-orm';
import { files } from '#db/schema/files';
import { meetingStatements, meetings, statementEntityType } from '#db/schema/meetings';
import { getTags } from '~/modules/tagging/get-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { canSeeMeeting } from './meeting-policy';

/** One statement with its meeting; not found when the meeting is a draft the subject may not see. */
export async function getStatement(options: { db?: DbOrTx; subject: Subject; statementId: string }) {
  const { db = getDb(), subject } = options;
  if (!isUuid(options.statementId)) throw notFound();
  const [row] = await db
    .select({
      statement: meetingStatements,
      meeting: meetings,
      file: { id: files.id, name: files.originalName, sizeBytes: files.sizeBytes },
    })
    .from(meetingStatements)
    .innerJoin(meetings, eq(meetings.id, meetingStatements.meetingId))
    .leftJoin(files, eq(files.id, meetingStatements.fileId))
    .where(eq(meetingStatements.id, options.statementId));
  if (!row || !canSeeMeeting(subject, row.meeting)) throw notFound();
  const tags = await getTags({ db, entityType: statementEntityType, entityIds: [row.statement.id] });
  return { ...row, objectives: tags.get(row.statement.id)?.objectives ?? [] };
}
