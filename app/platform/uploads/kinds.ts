/**
 * The file kinds an upload may allow. `sniff` is file-type's extension for the bytes (text kinds
 * have no magic number and are checked as UTF-8 instead); `names` are the file-name extensions
 * that may carry the kind; `declared` the MIME types a browser may send for it besides the
 * generic ones.
 */
export const uploadKinds = {
  pdf: { mime: 'application/pdf', names: ['pdf'], declared: ['application/x-pdf'] },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    names: ['docx'],
    declared: [],
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    names: ['xlsx'],
    declared: [],
  },
  pptx: {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    names: ['pptx'],
    declared: [],
  },
  odt: { mime: 'application/vnd.oasis.opendocument.text', names: ['odt'], declared: [] },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', names: ['ods'], declared: [] },
  png: { mime: 'image/png', names: ['png'], declared: [] },
  jpg: { mime: 'image/jpeg', names: ['jpg', 'jpeg'], declared: ['image/pjpeg'] },
  webp: { mime: 'image/webp', names: ['webp'], declared: [] },
  csv: { mime: 'text/csv', names: ['csv'], declared: ['application/vnd.ms-excel', 'text/plain'] },
  txt: { mime: 'text/plain', names: ['txt'], declared: [] },
  zip: {
    mime: 'application/zip',
    names: ['zip'],
    declared: ['application/x-zip-compressed', 'application/x-zip', 'multipart/x-zip'],
  },
} as const satisfies Record<string, { mime: string; names: readonly string[]; declared: readonly string[] }>;

export type UploadKind = keyof typeof uploadKinds;

export const textKinds: ReadonlySet<UploadKind> = new Set(['csv', 'txt']);

/** Declared types that say nothing (some clients send these for every file). */
export const genericDeclaredTypes = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

/** The kind a file name's extension claims, among the allowed kinds. */
export function kindForName(name: string, allowed: readonly UploadKind[]): UploadKind | undefined {
  const ext = /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase();
  if (!ext) return undefined;
  return allowed.find((k) => (uploadKinds[k].names as readonly string[]).includes(ext));
}

/** A declared (browser-sent) MIME type is acceptable for a kind when generic or one of the kind's own. */
export function declaredTypeFits(kind: UploadKind, declared: string): boolean {
  const type = declared.split(';')[0]!.trim().toLowerCase();
  if (genericDeclaredTypes.has(type)) return true;
  const k = uploadKinds[kind];
  return type === k.mime || (k.declared as readonly string[]).includes(type);
}
