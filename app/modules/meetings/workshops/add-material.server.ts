import { eq } from 'drizzle-orm';
import { materialEntityType, meetingWorkshopMaterials } from '#db/schema/meeting-workshops';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { storeUpload } from '~/modules/files/store-upload.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import type { FileStorage } from '~/platform/storage/index.server';
import type { UploadedFile } from '~/platform/uploads/parse-upload.server';
import { lockMeeting } from '../meeting-records.server';
import { checkIsWorkshop, checkOrganiseWorkshop } from './workshop-policy';
import { parseMaterial } from './workshop-schema';

/**
 * The organisers add a material: a file (PDF, DOCX, PPTX — the route sniffs and limits it) or a
 * link, for the participants or for everyone. The file is attached to the material
 * (entity meeting_workshop_material), so the shared download route asks the material's rule.
 */
export async function addMaterial(options: {
  db?: DbOrTx;
  storage?: FileStorage;
  subject: Subject;
  meetingId: string;
  input: unknown;
  upload?: UploadedFile | null;
  requestId?: string;
}) {
  const { db = getDb(), subject, upload } = options;
  try {
    return await db.transaction(async (tx) => {
      const meeting = await lockMeeting(tx, options.meetingId);
      checkOrganiseWorkshop(subject, meeting);
      checkIsWorkshop(meeting, 'title');
      const raw = (options.input ?? {}) as Record<string, unknown>;
      const input = parseMaterial({ ...raw, hasFile: Boolean(upload) });
      const [row] = await tx
        .insert(meetingWorkshopMaterials)
        .values({
          meetingId: meeting.id,
          title: input.title,
          url: input.url ?? '',
          visibility: input.visibility,
          createdBy: subject.userId,
        })
        .returning();
      let material = row!;
      if (upload) {
        const file = await storeUpload({
          db: tx,
          storage: options.storage,
          upload,
          uploadedBy: subject.userId,
          attachTo: { entityType: materialEntityType, entityId: material.id },
          requestId: options.requestId,
        });
        const [updated] = await tx
          .update(meetingWorkshopMaterials)
          .set({ fileId: file.id })
          .where(eq(meetingWorkshopMaterials.id, material.id))
          .returning();
        material = updated!;
      }
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'meeting.workshop.material.add',
        entityType: materialEntityType,
        entityId: material.id,
        after: {
          title: material.title,
          fileId: material.fileId,
          url: material.url,
          visibility: material.visibility,
        },
        requestId: options.requestId,
      });
      return material!;
    });
  } finally {
    // Refused before storeUpload took it: the spooled file is not kept.
    await upload?.discard().catch(() => {});
  }
}
