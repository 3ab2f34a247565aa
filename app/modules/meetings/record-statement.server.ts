import { and, eq } from 'drizzle-orm';
import { meetingSessions, meetingStatements, statementEntityType } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { checkManageMeeting } from './meeting-policy';
import { checkCountries, lockMeeting } from './meeting-records.server';
import { parseStatementInput } from './meeting-schema';
import { statementContent } from './statement-content.server';

const refused = (code: string, field: string, params: Record<string, string | number> = {}) =>
  new AppError(code, 422, { ...params, field }, { issues: [{ field, code, params }] });

/**
 * The organisers record a statement delivered at the meeting, tagged with the objectives it
 * addresses. Refused: a day outside the meeting, a session of another meeting, and a state that is
 * not on the meeting's list of participating states (when the organisers keep one).
 */
export async function recordStatement(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  input: unknown;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkManageMeeting(subject, meeting);
    const input = parseStatementInput(options.input);
    if (input.deliveredOn < meeting.startsOn || input.deliveredOn > meeting.endsOn) {
      throw refused('statementOutsideMeeting', 'deliveredOn', {
        startsOn: meeting.startsOn,
        endsOn: meeting.endsOn,
      });
    }
    if (input.countryIso3) {
      await checkCountries(tx, [input.countryIso3], 'countryIso3');
      if (
        meeting.participatingCountries.length &&
        !meeting.participatingCountries.includes(input.countryIso3)
      ) {
        throw refused('statementStateNotParticipating', 'countryIso3', { country: input.countryIso3 });
      }
    }
    if (input.sessionId) {
      const [session] = await tx
        .select({ id: meetingSessions.id })
        .from(meetingSessions)
        .where(and(eq(meetingSessions.id, input.sessionId), eq(meetingSessions.meetingId, meeting.id)));
      if (!session) throw refused('invalidChoice', 'sessionId');
    }
    const { objectives, ...values } = input;
    const [statement] = await tx
      .insert(meetingStatements)
      .values({ ...values, meetingId: meeting.id, createdBy: subject.userId })
      .returning();
    await setTags({ db: tx, entityType: statementEntityType, entityId: statement!.id, tags: { objectives } });
    await syncContent(tx, statementContent, [statement!.id]);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.statement.record',
      entityType: statementEntityType,
      entityId: statement!.id,
      after: { ...statement!, objectives },
      requestId: options.requestId,
    });
    return { ...statement!, objectives };
  });
}
