import { and, eq } from 'drizzle-orm';
import { materialEntityType, meetingWorkshopMaterials } from '#db/schema/meeting-workshops';
import { recordAudit } from '~/modules/audit/record-audit.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { notFound, staleVersion } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';
import { lockMeeting } from '../meeting-records.server';
import { checkOrganiseWorkshop } from './workshop-policy';

/** The organisers remove a material (the version they saw); its file stays in storage, unlisted. */
export async function removeMaterial(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  materialId: string;
  expectedVersion: number;
  requestId?: string;
}) {
  const { db = getDb(), subject } = options;
  return db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, options.meetingId);
    checkOrganiseWorkshop(subject, meeting);
    if (!isUuid(options.materialId)) throw notFound();
    const where = and(
      eq(meetingWorkshopMaterials.id, options.materialId),
      eq(meetingWorkshopMaterials.meetingId, meeting.id),
    );
    const [current] = await tx.select().from(meetingWorkshopMaterials).where(where).for('update');
    if (!current) throw notFound();
    if (current.version !== options.expectedVersion) throw staleVersion(current);
    await tx.delete(meetingWorkshopMaterials).where(where);
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'meeting.workshop.material.remove',
      entityType: materialEntityType,
      entityId: current.id,
      before: { title: current.title, fileId: current.fileId, url: current.url },
      requestId: options.requestId,
    });
  });
}
