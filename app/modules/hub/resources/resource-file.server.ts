import fs from 'node:fs/promises';
import type { ExtractionState } from '#db/schema/hub-values';
import {
  type ExtractableKind,
  extractableKinds,
  extractText,
} from '~/platform/extraction/extract-text.server';
import type { UploadedFile } from '~/platform/uploads/parse-upload.server';

export interface ExtractedFile {
  extraction: ExtractionState;
  extractedText: string | null;
}

const isExtractable = (kind: string): kind is ExtractableKind =>
  (extractableKinds as readonly string[]).includes(kind);

/**
 * The text of an uploaded resource file, for search, read in the bounded worker. A file that cannot be
 * read (broken, too slow, too big for the worker's memory, or a scan without a text layer) is
 * 'unreadable': the file is still kept and the resource is flagged, the submission goes on.
 */
export async function extractResourceFile(upload: UploadedFile | null): Promise<ExtractedFile> {
  if (!upload) return { extraction: 'none', extractedText: null };
  if (!isExtractable(upload.kind)) return { extraction: 'unreadable', extractedText: null };
  const bytes = await fs.readFile(upload.tempPath);
  const result = await extractText({ bytes, kind: upload.kind });
  if (!result.ok || !result.text) return { extraction: 'unreadable', extractedText: null };
  return { extraction: 'extracted', extractedText: result.text };
}
