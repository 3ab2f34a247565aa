import { describe, expect, it } from 'vitest';
import { createUser } from '#seed/factories';
import { parseUpload } from '~/platform/uploads/parse-upload.server';
import { minimalPdf, multipartRequest } from '~/platform/uploads/test-files';
import { loader } from '~/routes/files/download';
import { createDownloadLoader, readableByAttachments } from '~/routes/files/download.server';
import { signIn } from '../../../tests/http';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { storeUpload } from './store-upload.server';

type Args = Parameters<ReturnType<typeof createDownloadLoader>>[0];
const args = (id: string, session?: string) =>
  ({
    request: new Request(`http://localhost/ar/files/${id}`, {
      headers: session ? { cookie: `marsad_session=${session}` } : {},
    }),
    params: { id },
    context: {},
  }) as unknown as Args;

async function thrownStatus(promise: Promise<unknown>): Promise<number | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as { init?: { status?: number } }).init?.status;
  }
  return undefined;
}

for (const store of testStores) {
  describe(`download route (${store})`, () => {
    const platform = useTestPlatform(store);

    it('streams the file with its sniffed type, the encoded name and safe headers, when allowed', async () => {
      const db = platform().database.db;
      const user = await createUser(db, { password: null });
      const pdf = minimalPdf();
      const { file } = await parseUpload(
        multipartRequest({}, { file: { bytes: pdf, name: 'مراجعة الأردن.pdf', type: 'application/pdf' } }),
        { field: 'file', maxBytes: 1024 * 1024, allowed: ['pdf'] },
      );
      const row = await storeUpload({
        upload: file,
        uploadedBy: user.id,
        attachTo: { entityType: 'review', entityId: 'r1' },
      });

      const seen: unknown[] = [];
      const allow = createDownloadLoader(async (_request, f, attachments) => {
        seen.push([f.id, attachments]);
        return true;
      });
      const response = (await allow(args(row.id))) as Response;
      expect(seen).toEqual([[row.id, [{ entityType: 'review', entityId: 'r1' }]]]);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-length')).toBe(String(pdf.length));
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="file.pdf"; filename*=UTF-8''${encodeURIComponent('مراجعة الأردن.pdf')}`,
      );
      // nosniff comes once from the server for every response (tests/security/headers.test.ts).
      expect(response.headers.get('x-content-type-options')).toBeNull();
      expect(response.headers.get('cache-control')).toContain('private');
      expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);

      // Refused, missing and malformed ids all answer 404.
      const deny = createDownloadLoader(async () => false);
      expect(await thrownStatus(deny(args(row.id)))).toBe(404);
      expect(await thrownStatus(allow(args('00000000-0000-4000-8000-000000000000')))).toBe(404);
      expect(await thrownStatus(allow(args('../../etc/passwd')))).toBe(404);

      // The shared loader: the uploader may read; an anonymous visitor or another user may not,
      // unless a reader for the content the file is attached to says so.
      expect(await thrownStatus(loader(args(row.id)))).toBe(404);
      const other = await createUser(db, { password: null });
      expect(await thrownStatus(loader(args(row.id, await signIn(other.id))))).toBe(404);
      expect(((await loader(args(row.id, await signIn(user.id)))) as Response).status).toBe(200);
      const reviewReaders = createDownloadLoader(
        readableByAttachments({ review: async (_request, id) => id === 'r1' }),
      );
      expect(((await reviewReaders(args(row.id))) as Response).status).toBe(200);
    });
  });
}
