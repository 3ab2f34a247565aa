import { invitationEntityType, meetingWorkshopInvitations } from '#db/schema/meeting-workshops';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { lockMeeting } from '../meeting-records.server';
import { queueInvitationMail } from './invitation-mail.server';
import { checkIsWorkshop, checkOrganiseWorkshop } from './workshop-policy';
import { focalPointsOf, type InvitationRow, workshopOf } from './workshop-records.server';
import { statesWithoutFocalPoint, workshopToday } from './workshop-rules';

/**
 * One action invites the focal points of every state in scope: each gets an invitation row and a
 * mail in their language. Inviting again is idempotent — who was invited keeps their invitation
 * and answer and gets no second mail; only focal points named since are added. States nobody
 * holds the focal-point role for are returned so the organiser sees them.
 */
export async function inviteFocalPoints(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  now?: Date;
  requestId?: string;
  baseUrl?: string;
}) {
  const { db = getDb(), subject, now = new Date() } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkOrganiseWorkshop(subject, meeting);
    checkIsWorkshop(meeting, 'states');
    if (meeting.status !== 'published') throw new AppError('workshopNotPublished', 409);
    if (workshopToday(meeting, now) > meeting.endsOn) throw new AppError('workshopEnded', 409);
    const workshop = await workshopOf(tx, meeting.id);
    const states = workshop?.states ?? [];
    if (!states.length) throw fieldRefusal('states', 'workshopNoStates', { status: 422 });
    const focalPoints = await focalPointsOf(tx, states);
    const invited: InvitationRow[] = [];
    for (const fp of focalPoints) {
      const [row] = await tx
        .insert(meetingWorkshopInvitations)
        .values({
          meetingId: meeting.id,
          userId: fp.userId,
          countryIso3: fp.countryIso3,
          invitedBy: subject.userId,
          invitedAt: now,
        })
        .onConflictDoNothing()
        .returning();
      if (!row) continue;
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'meeting.workshop.invite',
        entityType: invitationEntityType,
        entityId: row.id,
        after: {
          meetingId: meeting.id,
          userId: row.userId,
          countryIso3: row.countryIso3,
          status: row.status,
        },
        requestId: options.requestId,
      });
      await queueInvitationMail(tx, { meeting, invitation: row, baseUrl: options.baseUrl });
      invited.push(row);
    }
    return {
      invited,
      alreadyInvited: focalPoints.length - invited.length,
      withoutFocalPoint: statesWithoutFocalPoint(states, focalPoints),
    };
  });
}
