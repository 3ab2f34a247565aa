import { data, type LoaderFunctionArgs } from 'react-router';
import { getFileForDownload } from '~/modules/files/get-file-for-download.server';
import type { FileRow } from '~/modules/files/store-upload.server';
import { guardPublic, viewerOf } from '~/permissions/guard.server';
import type { RequestContext } from '~/platform/context';
import { contentDisposition } from '~/platform/http/content-disposition';
import { getStorage } from '~/platform/storage/index.server';

export type FileAttachment = { entityType: string; entityId: string };
export type CanReadFile = (
  request: Request,
  file: FileRow,
  attachments: FileAttachment[],
) => Promise<boolean>;
/** Whether the viewer may read this piece of content (e.g. a review they can see). */
export type CanReadEntity = (request: Request, entityId: string) => Promise<boolean>;

const missing = () => data({ code: 'notFound' }, { status: 404 });

/**
 * The loader of a download route: the file's bytes as an attachment, if `canRead` allows. A file the
 * viewer may not read answers 404 like a missing one, so ids reveal nothing.
 */
export function createDownloadLoader(canRead: CanReadFile) {
  return async function loader({ request, params, context }: LoaderFunctionArgs) {
    await guardPublic(request);
    const found = await getFileForDownload({ fileId: params.id ?? '' });
    if (!found || !(await canRead(request, found.file, found.attachments))) throw missing();
    const object = await getStorage().get(found.file.storageKey);
    if (!object) {
      (context as unknown as RequestContext | undefined)?.log?.error(
        { fileId: found.file.id },
        'file row without stored object',
      );
      throw missing();
    }
    return new Response(object.body, {
      headers: {
        'Content-Type': found.file.contentType,
        'Content-Length': String(object.size || found.file.sizeBytes),
        'Content-Disposition': contentDisposition(found.file.originalName),
        'Cache-Control': 'private, no-store',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    });
  };
}

/**
 * canRead for the shared route: the uploader may always read their file; anyone else when one of the
 * content items it is attached to lets them (readers keyed by entity type, e.g. { review: canReadReview }).
 */
export function readableByAttachments(readers: Record<string, CanReadEntity>): CanReadFile {
  return async (request, file, attachments) => {
    const viewer = await viewerOf(request);
    if (viewer.user && file.uploadedBy === viewer.user.id) return true;
    for (const a of attachments) {
      const reader = readers[a.entityType];
      if (reader && (await reader(request, a.entityId))) return true;
    }
    return false;
  };
}
