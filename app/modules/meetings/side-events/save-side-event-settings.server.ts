import { eq } from 'drizzle-orm';
import { meetingSideEventSettings, sideEventSettingsEntityType } from '#db/schema/meeting-side-events';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { updateVersioned } from '~/platform/versioning.server';
import { lockMeeting } from '../meeting-records.server';
import { checkReviewSideEvents } from './side-event-policy';
import { loadSideEventSettings, type SideEventSettingsRow } from './side-event-records.server';
import { parseSideEventSettings } from './side-event-schema';

/**
 * The organisers open or close side-event proposals and set the last day they are taken (in the
 * meeting's time zone). `expectedVersion` 0 creates the settings.
 */
export async function saveSideEventSettings(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  expectedVersion: number;
  input: unknown;
  requestId?: string;
}): Promise<SideEventSettingsRow> {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkReviewSideEvents(subject, meeting);
    const parsed = parseSideEventSettings(options.input);
    const input = { open: parsed.open, closesOn: parsed.closesOn ?? null };
    const current = await loadSideEventSettings(tx, meeting.id);
    let after: SideEventSettingsRow;
    if (!current) {
      if (options.expectedVersion !== 0) throw staleVersion();
      [after] = (await tx
        .insert(meetingSideEventSettings)
        .values({ meetingId: meeting.id, ...input })
        .returning()) as [SideEventSettingsRow];
    } else {
      ({ after } = await updateVersioned({
        db: tx,
        table: meetingSideEventSettings,
        where: eq(meetingSideEventSettings.meetingId, meeting.id),
        expectedVersion: options.expectedVersion,
        set: input,
      }));
    }
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.side-event.settings',
      entityType: sideEventSettingsEntityType,
      entityId: meeting.id,
      before: current ? { open: current.open, closesOn: current.closesOn } : null,
      after: input,
      requestId: options.requestId,
    });
    return after;
  });
}
