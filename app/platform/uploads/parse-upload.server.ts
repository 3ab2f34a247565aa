import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import busboy from 'busboy';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../errors';
import { getPlatform } from '../platform.server';
import { declaredTypeFits, kindForName, textKinds, type UploadKind, uploadKinds } from './kinds';

export interface UploadOptions {
  /** The form field that carries the file. */
  field: string;
  /** Largest accepted file, in bytes (keep it at or under the server's upload body cap). */
  maxBytes: number;
  /** Kinds accepted, e.g. ['pdf', 'docx', 'xlsx']. */
  allowed: readonly UploadKind[];
  /** When false, a form without a file is accepted (file is then null). Default true. */
  required?: boolean;
  /** Where the file is spooled while it is checked; default DATA_DIR/tmp. */
  tmpDir?: string;
  /** Called for each text field as it arrives; throwing refuses the request (readUploadForm checks CSRF here). */
  onField?: (name: string, value: string) => void;
}

/** A received file that passed the checks, spooled to a temporary file until stored or discarded. */
export interface UploadedFile {
  field: string;
  /** The name the browser sent, without any folder part or control characters; show it inside <bdi>. */
  originalName: string;
  /** What the browser said the type was (not trusted; only checked against the bytes). */
  declaredType: string;
  kind: UploadKind;
  /** The type the bytes are, from sniffing. */
  contentType: string;
  sizeBytes: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  tempPath: string;
  /** A fresh stream of the bytes. */
  stream(): Readable;
  /** Removes the temporary file; call when the upload is not stored (storeUpload calls it). */
  discard(): Promise<void>;
}

/** What parseUpload returns for these options: the file is null only when `required: false`. */
export interface ParsedUpload<O extends Pick<UploadOptions, 'required'> = UploadOptions> {
  file: O extends { required: false } ? UploadedFile | null : UploadedFile;
  /** The text fields, for parseForm()/attempt(); the file is not among them. */
  fields: FormData;
}

const badForm = () => new AppError('badForm', 400);
const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** The name as given, minus any client-side folder, control characters and surrounding space. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return cleaned.slice(0, 255);
}

/**
 * Reads a multipart/form-data request as it streams in: text fields into a FormData, the file in
 * `field` to a temporary file (hashing and counting on the way), then checks what the bytes are.
 * A file past maxBytes stops being written at the limit; the rest of the body (already bounded by the
 * server's Content-Length cap) is read and dropped so the browser gets the 413 answer.
 * Throws AppError fileTooLarge (413), fileTypeNotAllowed (415), fileTypeMismatch (415), fileMissing
 * (400) or badForm (400); `error.details.fields` then holds the text fields received.
 */
export async function parseUpload<O extends UploadOptions>(
  request: Request,
  options: O,
): Promise<ParsedUpload<O>> {
  const { field, maxBytes, allowed } = options;
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body) throw badForm();
  const tmpDir = options.tmpDir ?? path.join(getPlatform().config.DATA_DIR, 'tmp');
  await fs.promises.mkdir(tmpDir, { recursive: true });

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': contentType },
      // Browsers send file names as raw UTF-8; busboy's default (latin1) would garble Arabic names.
      defParamCharset: 'utf8',
      // busboy signals the limit on reaching it, so one byte more tells "over" from "exactly at".
      limits: { fileSize: maxBytes + 1, files: 10, fields: 200, parts: 210, fieldSize: 256 * 1024 },
    });
  } catch {
    throw badForm();
  }

  const fields = new FormData();
  let refusal: unknown;
  const refuse = (error: unknown) => {
    refusal ??= error;
  };
  let received:
    | { tempPath: string; name: string; declaredType: string; size: number; sha256: string }
    | undefined;
  let saving: Promise<void> | undefined;
  let tempPath: string | undefined;
  const removeTemp = async () => {
    await saving?.catch(() => {});
    if (tempPath) await fs.promises.rm(tempPath, { force: true });
  };

  const body = Readable.fromWeb(request.body as NodeWebReadableStream<Uint8Array>);
  try {
    await new Promise<void>((resolve, reject) => {
      let current: Readable | undefined;
      // A malformed body or a client that went away: stop everything, including a file being written.
      const broken = () => {
        body.unpipe(parser);
        body.destroy();
        current?.destroy();
        parser.destroy();
        reject(badForm());
      };
      parser.on('field', (name, value, info) => {
        if (info.nameTruncated || info.valueTruncated) return refuse(badForm());
        fields.append(name, value);
        try {
          options.onField?.(name, value);
        } catch (error) {
          refuse(error);
        }
      });
      parser.on('file', (name, stream, info) => {
        // Other file fields, a second file, or anything after a refusal: read and drop.
        if (name !== field || saving || refusal) {
          stream.resume();
          return;
        }
        const file = path.join(tmpDir, `upload-${crypto.randomBytes(12).toString('hex')}`);
        tempPath = file;
        current = stream;
        const hash = crypto.createHash('sha256');
        let size = 0;
        const meter = new Transform({
          transform(chunk: Buffer, _enc, done) {
            hash.update(chunk);
            size += chunk.length;
            done(null, chunk);
          },
        });
        stream.on('limit', () => refuse(new AppError('fileTooLarge', 413, { max: megabytes(maxBytes) })));
        saving = pipeline(stream, meter, fs.createWriteStream(file, { flags: 'wx', mode: 0o600 })).then(
          () => {
            received = {
              tempPath: file,
              name: cleanFileName(info.filename ?? ''),
              declaredType: info.mimeType ?? '',
              size,
              sha256: hash.digest('hex'),
            };
          },
        );
        saving.catch(refuse);
      });
      parser.on('filesLimit', () => refuse(badForm()));
      parser.on('fieldsLimit', () => refuse(badForm()));
      parser.on('partsLimit', () => refuse(badForm()));
      parser.on('error', broken);
      body.on('error', broken);
      parser.on('finish', () => resolve());
      body.pipe(parser);
    });
    await saving;
    if (refusal) throw refusal;
    if (!received || received.size === 0) {
      if (options.required === false) {
        await removeTemp();
        return { file: null, fields } as ParsedUpload<O>;
      }
      throw new AppError('fileMissing', 400);
    }
    const upload = await checkType(received, allowed, field);
    return { file: upload, fields } as ParsedUpload<O>;
  } catch (error) {
    await removeTemp();
    if (error instanceof AppError && error.details === undefined) {
      throw new AppError(error.code, error.status, error.params, { fields });
    }
    throw error;
  }
}

async function checkType(
  received: { tempPath: string; name: string; declaredType: string; size: number; sha256: string },
  allowed: readonly UploadKind[],
  field: string,
): Promise<UploadedFile> {
  const allowedList = allowed.map((k) => k.toUpperCase()).join(', ');
  if (received.size === 0) throw new AppError('fileMissing', 400);
  const claimed = kindForName(received.name, allowed);
  if (!claimed) throw new AppError('fileTypeNotAllowed', 415, { allowed: allowedList });

  const sniffed = await fileTypeFromFile(received.tempPath);
  let actual: UploadKind | undefined;
  if (sniffed) {
    actual = allowed.find((k) => (uploadKinds[k].names as readonly string[]).includes(sniffed.ext));
  } else if (textKinds.has(claimed) && (await isUtf8Text(received.tempPath))) {
    actual = claimed;
  }
  // Bytes of another kind (an executable, a plain zip, a PDF named .docx) or a declared type that
  // contradicts them: refused, whatever the name says.
  if (actual !== claimed || !declaredTypeFits(claimed, received.declaredType)) {
    throw new AppError('fileTypeMismatch', 415, { allowed: allowedList });
  }
  const tempPath = received.tempPath;
  return {
    field,
    originalName: received.name,
    declaredType: received.declaredType,
    kind: claimed,
    contentType: uploadKinds[claimed].mime,
    sizeBytes: received.size,
    sha256: received.sha256,
    tempPath,
    stream: () => fs.createReadStream(tempPath),
    discard: () => fs.promises.rm(tempPath, { force: true }),
  };
}

/** Valid UTF-8 without NUL bytes: what a CSV or plain-text file is. */
async function isUtf8Text(file: string): Promise<boolean> {
  const bytes = await fs.promises.readFile(file);
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
