import { eq } from 'drizzle-orm';
import { meetingWorkshopMaterials } from '#db/schema/meeting-workshops';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { loadMeeting } from '../meeting-records.server';
import { registrationOf } from '../registration-records.server';
import { canReadMaterial } from './workshop-policy';

/** Whether the subject may download the file of this material (the shared download route asks). */
export async function canReadMaterialFile(options: { db?: DbOrTx; subject: Subject; materialId: string }) {
  const { db = getDb(), subject } = options;
  if (!isUuid(options.materialId)) return false;
  const [material] = await db
    .select({
      meetingId: meetingWorkshopMaterials.meetingId,
      visibility: meetingWorkshopMaterials.visibility,
    })
    .from(meetingWorkshopMaterials)
    .where(eq(meetingWorkshopMaterials.id, options.materialId));
  if (!material) return false;
  const meeting = await loadMeeting(db, material.meetingId);
  const registration = subject.userId ? await registrationOf(db, meeting.id, subject.userId) : null;
  return canReadMaterial({
    subject,
    meeting,
    visibility: material.visibility,
    registrationStatus: registration?.status ?? null,
  });
}
