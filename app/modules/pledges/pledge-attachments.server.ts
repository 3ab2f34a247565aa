import { and, count, eq } from 'drizzle-orm';
import { attachments, files } from '#db/schema/files';
import { pledges, pledgeUpdates } from '#db/schema/pledges';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { type AttachmentListItem, listAttachments } from '~/modules/files/list-attachments.server';
import { storeUpload } from '~/modules/files/store-upload.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { AppError, forbidden, notFound } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import { type FileStorage, getStorage } from '~/platform/storage/index.server';
import type { UploadedFile, UploadKind } from '~/platform/uploads/index.server';
import { isUuid } from '~/platform/uuid';
import { canEditPledge, canReadPledgeFiles, isPledger, type PledgeRef } from './pledge-policy';
import { lockPledge, type PledgeRow, pledgeEntityType } from './pledge-records.server';

/**
 * Files on pledges: documents attached to the pledge itself (while the pledger may still change
 * it) and evidence attached to its progress updates (while it is published). Attachments use the
 * files module's entity_type convention: 'pledge' / 'pledge_update' and the id as text.
 */
export const pledgeUpdateEntityType = 'pledge_update';
export const pledgeFileKinds: readonly UploadKind[] = ['pdf', 'docx', 'xlsx', 'png', 'jpg', 'webp'];
export const PLEDGE_FILE_MAX_BYTES = 10 * 1024 * 1024;
/** Files per pledge, and per progress update. */
export const MAX_FILES_PER_ITEM = 10;

export type PledgeFileTarget = { type: 'pledge' } | { type: 'update'; updateId: string };

/** The same rule for a file attached to a pledge ('pledge') or to one of its updates ('pledge_update'). */
export async function canReadPledgeFile(options: {
  db?: DbOrTx;
  subject: Subject;
  entityType: string;
  entityId: string;
}): Promise<boolean> {
  const { db = getDb(), subject, entityType, entityId } = options;
  if (!isUuid(entityId)) return false;
  const ref = {
    status: pledges.status,
    organisationId: pledges.organisationId,
    countryIso3: pledges.countryIso3,
  };
  let rows: PledgeRef[] = [];
  if (entityType === pledgeEntityType) {
    rows = await db.select(ref).from(pledges).where(eq(pledges.id, entityId)).limit(1);
  } else if (entityType === pledgeUpdateEntityType) {
    rows = await db
      .select(ref)
      .from(pledgeUpdates)
      .innerJoin(pledges, eq(pledges.id, pledgeUpdates.pledgeId))
      .where(eq(pledgeUpdates.id, entityId))
      .limit(1);
  }
  return rows[0] ? canReadPledgeFiles(subject, rows[0]) : false;
}

/** Throws when the subject may not change the files of this target of this pledge now. */
async function checkFileChange(
  tx: DbOrTx,
  options: { subject: Subject; pledge: PledgeRow; target: PledgeFileTarget },
): Promise<{ entityType: string; entityId: string }> {
  const { subject, pledge, target } = options;
  if (!subject.userId || !isPledger(subject, pledge)) throw forbidden();
  if (target.type === 'pledge') {
    if (!canEditPledge({ subject, pledge })) {
      throw new AppError('pledgeNotEditable', 409, { status: pledge.status });
    }
    return { entityType: pledgeEntityType, entityId: pledge.id };
  }
  if (pledge.status !== 'published') throw new AppError('pledgeNotPublished', 409, { status: pledge.status });
  if (!isUuid(target.updateId)) throw new AppError('invalidChoice', 400, { field: 'target' });
  const [update] = await tx
    .select({ id: pledgeUpdates.id })
    .from(pledgeUpdates)
    .where(and(eq(pledgeUpdates.id, target.updateId), eq(pledgeUpdates.pledgeId, pledge.id)))
    .limit(1);
  if (!update) throw new AppError('invalidChoice', 400, { field: 'target' });
  return { entityType: pledgeUpdateEntityType, entityId: update.id };
}

/**
 * Keeps an uploaded (already type-checked) file as an attachment of the pledge or of one of its
 * progress updates, audited. The upload is discarded when refused.
 */
export async function addPledgeFile(options: {
  db?: DbOrTx;
  storage?: FileStorage;
  subject: Subject;
  pledgeId: string;
  target: PledgeFileTarget;
  upload: UploadedFile;
  requestId?: string;
}) {
  const { db = getDb(), subject, upload } = options;
  let stored = false;
  try {
    return await db.transaction(async (tx) => {
      const pledge = await lockPledge(tx, options.pledgeId);
      const attachTo = await checkFileChange(tx, { subject, pledge, target: options.target });
      const [existing] = await tx
        .select({ n: count() })
        .from(attachments)
        .where(
          and(eq(attachments.entityType, attachTo.entityType), eq(attachments.entityId, attachTo.entityId)),
        );
      const n = Number(existing?.n ?? 0);
      if (n >= MAX_FILES_PER_ITEM) throw new AppError('pledgeFileLimit', 409, { max: MAX_FILES_PER_ITEM });
      stored = true;
      return storeUpload({
        db: tx,
        storage: options.storage,
        upload,
        uploadedBy: subject.userId,
        attachTo: { ...attachTo, position: n },
        requestId: options.requestId,
      });
    });
  } finally {
    if (!stored) await upload.discard();
  }
}

/**
 * Removes a file from the pledge (while editable) or from one of its updates (while published),
 * audited; the stored bytes go too when the file is attached nowhere else.
 */
export async function removePledgeFile(options: {
  db?: DbOrTx;
  storage?: FileStorage;
  subject: Subject;
  pledgeId: string;
  fileId: string;
  requestId?: string;
}) {
  const { db = getDb(), subject, storage = getStorage() } = options;
  if (!isUuid(options.fileId)) throw notFound();
  const removedKey = await db.transaction(async (tx) => {
    const pledge = await lockPledge(tx, options.pledgeId);
    const updateIds = (
      await tx
        .select({ id: pledgeUpdates.id })
        .from(pledgeUpdates)
        .where(eq(pledgeUpdates.pledgeId, pledge.id))
    ).map((u) => u.id);
    const [attachment] = await tx
      .select()
      .from(attachments)
      .where(eq(attachments.fileId, options.fileId))
      .then((rows) =>
        rows.filter(
          (a) =>
            (a.entityType === pledgeEntityType && a.entityId === pledge.id) ||
            (a.entityType === pledgeUpdateEntityType && updateIds.includes(a.entityId)),
        ),
      );
    if (!attachment) throw notFound();
    const target: PledgeFileTarget =
      attachment.entityType === pledgeEntityType
        ? { type: 'pledge' }
        : { type: 'update', updateId: attachment.entityId };
    await checkFileChange(tx, { subject, pledge, target });
    await tx
      .delete(attachments)
      .where(
        and(
          eq(attachments.fileId, attachment.fileId),
          eq(attachments.entityType, attachment.entityType),
          eq(attachments.entityId, attachment.entityId),
        ),
      );
    const [others] = await tx
      .select({ n: count() })
      .from(attachments)
      .where(eq(attachments.fileId, attachment.fileId));
    let key: string | null = null;
    if (Number(others?.n ?? 0) === 0) {
      const [file] = await tx.delete(files).where(eq(files.id, attachment.fileId)).returning();
      key = file?.storageKey ?? null;
    }
    await recordAudit(tx, {
      actorId: subject.userId,
      action: 'file.detach',
      entityType: attachment.entityType,
      entityId: attachment.entityId,
      before: attachment,
      requestId: options.requestId,
    });
    return key;
  });
  if (removedKey) await storage.delete(removedKey).catch(() => {});
}

/** The files of a pledge and of its updates, in position order. */
export async function listPledgeFiles(options: {
  db?: DbOrTx;
  pledgeId: string;
  updateIds: string[];
}): Promise<{ pledge: AttachmentListItem[]; updates: Map<string, AttachmentListItem[]> }> {
  const { db = getDb() } = options;
  const [own, updates] = await readTogether(db, [
    () => listAttachments({ db, entityType: pledgeEntityType, entityIds: [options.pledgeId] }),
    () => listAttachments({ db, entityType: pledgeUpdateEntityType, entityIds: options.updateIds }),
  ]);
  return { pledge: own.get(options.pledgeId) ?? [], updates };
}
