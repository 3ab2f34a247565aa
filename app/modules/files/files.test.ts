import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, files } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { getStorage } from '~/platform/storage/index.server';
import { parseUpload } from '~/platform/uploads/parse-upload.server';
import { minimalDocx, minimalPdf, multipartRequest } from '~/platform/uploads/test-files';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { attachFile } from './attach-file.server';
import { getFileForDownload } from './get-file-for-download.server';
import { listAttachments } from './list-attachments.server';
import { storeUpload } from './store-upload.server';

const options = { field: 'file', maxBytes: 1024 * 1024, allowed: ['pdf', 'docx', 'xlsx'] as const };

async function upload(bytes: Buffer, name: string) {
  return (await parseUpload(multipartRequest({}, { file: { bytes, name } }), options)).file;
}

const storedObjects = (dataDir: string) => {
  const root = path.join(dataDir, 'files');
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root).flatMap((shard) => fs.readdirSync(path.join(root, shard)));
};

for (const store of testStores) {
  describe(`files (${store})`, () => {
    const platform = useTestPlatform(store);

    it('stores an upload: bytes in storage, the row, the audit entry; the temporary file is gone', async () => {
      const { database, dataDir } = platform();
      const db = database.db;
      const user = await createUser(db, { password: null });
      const pdf = minimalPdf();
      const file = await upload(pdf, 'تقرير المراجعة.pdf');
      const row = await storeUpload({ upload: file, uploadedBy: user.id, requestId: 'req-1' });
      expect(row).toMatchObject({
        originalName: 'تقرير المراجعة.pdf',
        contentType: 'application/pdf',
        sizeBytes: pdf.length,
        sha256: file.sha256,
        uploadedBy: user.id,
      });
      expect(row.storageKey).toMatch(/^[a-f0-9]{32}$/);
      expect(row.storageKey).not.toContain('تقرير');
      expect(fs.existsSync(file.tempPath)).toBe(false);
      const object = await getStorage().get(row.storageKey);
      expect(Buffer.from(await new Response(object!.body).arrayBuffer()).equals(pdf)).toBe(true);
      const audit = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityType, 'file'), eq(auditLog.entityId, row.id)));
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'file.upload', actorId: user.id, requestId: 'req-1' });
      expect(storedObjects(dataDir)).toContain(row.storageKey);
    });

    it('removes the stored object and writes nothing when the insert fails', async () => {
      const { database, dataDir } = platform();
      const db = database.db;
      const before = storedObjects(dataDir).length;
      const rowsBefore = (await db.select({ id: files.id }).from(files)).length;
      const file = await upload(minimalPdf(), 'a.pdf');
      // An uploader that does not exist breaks the foreign key inside the transaction.
      await expect(
        storeUpload({ upload: file, uploadedBy: '00000000-0000-4000-8000-000000000000' }),
      ).rejects.toThrow();
      expect(storedObjects(dataDir).length).toBe(before);
      expect((await db.select({ id: files.id }).from(files)).length).toBe(rowsBefore);
      expect(fs.existsSync(file.tempPath)).toBe(false);
    });

    it('attaches files to content, lists them in order, and finds a file with its attachments', async () => {
      const db = platform().database.db;
      const user = await createUser(db, { password: null });
      const first = await storeUpload({
        upload: await upload(minimalPdf(), 'one.pdf'),
        uploadedBy: user.id,
        attachTo: { entityType: 'review', entityId: 'r1' },
      });
      const second = await storeUpload({
        upload: await upload(minimalDocx(), 'two.docx'),
        uploadedBy: user.id,
      });
      const attached = await attachFile({
        fileId: second.id,
        entityType: 'review',
        entityId: 'r1',
        actorId: user.id,
      });
      expect(attached.position).toBe(1);
      // Attaching again keeps the first attachment; the same file may also go on other content.
      expect(
        (await attachFile({ fileId: second.id, entityType: 'review', entityId: 'r1', actorId: user.id }))
          .position,
      ).toBe(1);
      await attachFile({
        fileId: second.id,
        entityType: 'pledge',
        entityId: 'p9',
        actorId: user.id,
        position: 5,
      });

      const lists = await listAttachments({ entityType: 'review', entityIds: ['r1', 'r2'] });
      expect(lists.get('r1')?.map((a) => [a.originalName, a.position, a.contentType])).toEqual([
        ['one.pdf', 0, 'application/pdf'],
        ['two.docx', 1, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ]);
      expect(lists.get('r2')).toEqual([]);
      expect((await listAttachments({ entityType: 'review', entityIds: [] })).size).toBe(0);

      const found = await getFileForDownload({ fileId: second.id });
      expect(found?.file.originalName).toBe('two.docx');
      expect(found?.attachments).toEqual(
        expect.arrayContaining([
          { entityType: 'review', entityId: 'r1' },
          { entityType: 'pledge', entityId: 'p9' },
        ]),
      );
      expect(await getFileForDownload({ fileId: 'not-a-uuid' })).toBeNull();
      expect(await getFileForDownload({ fileId: '00000000-0000-4000-8000-000000000000' })).toBeNull();
      expect(first.id).not.toBe(second.id);

      const attachAudit = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'file.attach'), eq(auditLog.entityId, 'r1')));
      expect(attachAudit).toHaveLength(2);
      await expect(
        attachFile({ fileId: second.id, entityType: 'Bad Type', entityId: 'x', actorId: null }),
      ).rejects.toMatchObject({ code: 'invalidChoice' });
      await expect(
        attachFile({
          fileId: '00000000-0000-4000-8000-000000000000',
          entityType: 'review',
          entityId: 'x',
          actorId: null,
        }),
      ).rejects.toMatchObject({ code: 'notFound' });
    });
  });
}
