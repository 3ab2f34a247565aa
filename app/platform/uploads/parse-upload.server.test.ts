import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.server';
import { AppError } from '../errors';
import { csrfTokenFor } from '../forms.server';
import { type Platform, setPlatform } from '../platform.server';
import { parseUpload, type UploadOptions } from './parse-upload.server';
import { readUploadForm, uploadFailure } from './read-upload-form.server';
import { minimalDocx, minimalPdf, minimalXlsx, multipartRequest, mzExecutable, plainZip } from './test-files';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-uploads-'));
const tmpDir = path.join(dir, 'tmp');
const csrfCookie = 'upload-test-csrf-cookie-0123456789';
const reviewFiles: UploadOptions = { field: 'file', maxBytes: 1024 * 1024, allowed: ['pdf', 'docx', 'xlsx'] };

beforeAll(() => {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    SESSION_SECRET: 'test-secret-test-secret-test-secret-00',
    LOG_LEVEL: 'silent',
  });
  setPlatform({ config } as Platform);
});
afterAll(() => {
  setPlatform(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => fs.rmSync(tmpDir, { recursive: true, force: true }));

const spooled = () => (fs.existsSync(tmpDir) ? fs.readdirSync(tmpDir) : []);

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseUpload', () => {
  it('accepts a real PDF with an Arabic name, returning the text fields, size, hash and sniffed type', async () => {
    const pdf = minimalPdf();
    const request = multipartRequest(
      { title: 'مراجعة الأردن ٢٠٢٤', note: 'first' },
      { file: { bytes: pdf, name: 'تقرير المراجعة الوطنية.pdf', type: 'application/pdf' } },
    );
    const { file, fields } = await parseUpload(request, reviewFiles);
    expect(fields.get('title')).toBe('مراجعة الأردن ٢٠٢٤');
    expect(fields.get('note')).toBe('first');
    expect(fields.has('file')).toBe(false);
    expect(file.originalName).toBe('تقرير المراجعة الوطنية.pdf');
    expect(file.kind).toBe('pdf');
    expect(file.contentType).toBe('application/pdf');
    expect(file.sizeBytes).toBe(pdf.length);
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.readFileSync(file.tempPath).equals(pdf)).toBe(true);
    expect(path.dirname(file.tempPath)).toBe(tmpDir);
    await file.discard();
    expect(spooled()).toEqual([]);
  });

  it('accepts real DOCX and XLSX files, with or without a declared type', async () => {
    const docx = await parseUpload(
      multipartRequest({}, { file: { bytes: minimalDocx(), name: 'Review.DOCX', type: '' } }),
      reviewFiles,
    );
    expect(docx.file.kind).toBe('docx');
    expect(docx.file.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const xlsx = await parseUpload(
      multipartRequest(
        {},
        {
          file: {
            bytes: minimalXlsx(),
            name: 'indicators.xlsx',
            type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          },
        },
      ),
      reviewFiles,
    );
    expect(xlsx.file.kind).toBe('xlsx');
    await docx.file.discard();
    await xlsx.file.discard();
  });

  it('refuses an MZ executable renamed .pdf, a plain zip named .docx, and a DOCX named .xlsx', async () => {
    for (const [bytes, name, type] of [
      [mzExecutable(), 'report.pdf', 'application/pdf'],
      [plainZip(), 'report.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [minimalDocx(), 'sheet.xlsx', ''],
      [Buffer.from('just some text, not a PDF'), 'notes.pdf', 'application/pdf'],
    ] as const) {
      const error = await refusal(
        parseUpload(multipartRequest({}, { file: { bytes, name, type } }), reviewFiles),
      );
      expect(error.code, name).toBe('fileTypeMismatch');
      expect(error.status).toBe(415);
      expect(error.params).toEqual({ allowed: 'PDF, DOCX, XLSX' });
    }
    expect(spooled()).toEqual([]);
  });

  it('refuses a PDF whose declared type contradicts its bytes', async () => {
    const error = await refusal(
      parseUpload(
        multipartRequest(
          {},
          { file: { bytes: minimalPdf(), name: 'a.pdf', type: 'application/x-msdownload' } },
        ),
        reviewFiles,
      ),
    );
    expect(error.code).toBe('fileTypeMismatch');
  });

  it('refuses types that are not allowed: an .exe, a .zip, a name without extension, a PDF where only sheets are allowed', async () => {
    for (const [bytes, name, allowed] of [
      [mzExecutable(), 'setup.exe', reviewFiles.allowed],
      [plainZip(), 'archive.zip', reviewFiles.allowed],
      [minimalPdf(), 'report', reviewFiles.allowed],
      [minimalPdf(), 'report.pdf', ['xlsx']],
    ] as const) {
      const error = await refusal(
        parseUpload(multipartRequest({}, { file: { bytes, name } }), { ...reviewFiles, allowed }),
      );
      expect(error.code, name).toBe('fileTypeNotAllowed');
      expect(error.status).toBe(415);
    }
    expect(spooled()).toEqual([]);
  });

  it('accepts UTF-8 text as CSV but not binary bytes named .csv', async () => {
    const csvOptions: UploadOptions = { field: 'file', maxBytes: 1024, allowed: ['csv'] };
    const ok = await parseUpload(
      multipartRequest(
        {},
        { file: { bytes: Buffer.from('بلد,عدد\nالأردن,3\n'), name: 'data.csv', type: 'text/csv' } },
      ),
      csvOptions,
    );
    expect(ok.file.contentType).toBe('text/csv');
    await ok.file.discard();
    const error = await refusal(
      parseUpload(multipartRequest({}, { file: { bytes: mzExecutable(), name: 'data.csv' } }), csvOptions),
    );
    expect(error.code).toBe('fileTypeMismatch');
  });

  it('stops writing an oversized file at the limit, refuses it with the limit in MB and keeps the fields', async () => {
    const big = Buffer.concat([minimalPdf(), Buffer.alloc(3 * 1024 * 1024, 0x20)]);
    const error = await refusal(
      parseUpload(
        multipartRequest(
          { title: 'كبير' },
          { file: { bytes: big, name: 'big.pdf', type: 'application/pdf' } },
        ),
        reviewFiles,
      ),
    );
    expect(error.code).toBe('fileTooLarge');
    expect(error.status).toBe(413);
    expect(error.params).toEqual({ max: 1 });
    expect((error.details as { fields: FormData }).fields.get('title')).toBe('كبير');
    expect(spooled()).toEqual([]);

    // Exactly at the limit is accepted.
    const exact = Buffer.concat([minimalPdf(), Buffer.alloc(1024 * 1024 - minimalPdf().length, 0x20)]);
    const ok = await parseUpload(
      multipartRequest({}, { file: { bytes: exact, name: 'exact.pdf' } }),
      reviewFiles,
    );
    expect(ok.file.sizeBytes).toBe(1024 * 1024);
    await ok.file.discard();
  });

  it('reports a missing or empty file, or returns null when the file is optional', async () => {
    const none = await refusal(parseUpload(multipartRequest({ title: 'x' }, {}), reviewFiles));
    expect(none.code).toBe('fileMissing');
    // What a browser sends when no file was chosen: an empty part with an empty name.
    const empty = multipartRequest({}, { file: { bytes: new Uint8Array(), name: '' } });
    expect((await refusal(parseUpload(empty, reviewFiles))).code).toBe('fileMissing');
    const optional = await parseUpload(multipartRequest({ title: 'x' }, {}), {
      ...reviewFiles,
      required: false,
    });
    expect(optional.file).toBeNull();
    expect(optional.fields.get('title')).toBe('x');
  });

  it('reads only the named field; other file fields are dropped; a non-multipart body is a bad form', async () => {
    const { file } = await parseUpload(
      multipartRequest(
        {},
        {
          other: { bytes: mzExecutable(), name: 'x.exe' },
          file: { bytes: minimalPdf(), name: 'a.pdf' },
        },
      ),
      reviewFiles,
    );
    expect(file.kind).toBe('pdf');
    await file.discard();
    expect(spooled()).toEqual([]);
    const urlEncoded = new Request('http://localhost/x', {
      method: 'POST',
      body: new URLSearchParams({ a: 'b' }),
    });
    expect((await refusal(parseUpload(urlEncoded, reviewFiles))).code).toBe('badForm');
    const broken = new Request('http://localhost/x', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
      body: '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 truncated',
    });
    expect((await refusal(parseUpload(broken, reviewFiles))).code).toBe('badForm');
    expect(spooled()).toEqual([]);
  });
  it('gives up cleanly when the client goes away in the middle of the file', async () => {
    const head =
      '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n';
    let sent = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(Buffer.concat([Buffer.from(head), minimalPdf(), Buffer.alloc(100_000, 0x20)]));
        } else {
          controller.error(new Error('connection reset'));
        }
      },
    });
    const request = new Request('http://localhost/x', {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect((await refusal(parseUpload(request, reviewFiles))).code).toBe('badForm');
    expect(spooled()).toEqual([]);
  });
});

describe('readUploadForm', () => {
  const context = { csrfCookie };
  const token = () => csrfTokenFor(csrfCookie);

  it('returns the file and fields when the CSRF token is right', async () => {
    const { file, fields } = await readUploadForm(
      multipartRequest({ _csrf: token(), title: 't' }, { file: { bytes: minimalPdf(), name: 'a.pdf' } }),
      context,
      reviewFiles,
    );
    expect(fields.get('title')).toBe('t');
    expect(file.kind).toBe('pdf');
    await file.discard();
  });

  it('refuses a wrong or missing token with 403 csrfInvalid and keeps no file', async () => {
    for (const fields of [{ _csrf: 'forged' }, {}] as Record<string, string>[]) {
      let thrown: unknown;
      try {
        await readUploadForm(
          multipartRequest(fields, { file: { bytes: minimalPdf(), name: 'a.pdf' } }),
          context,
          reviewFiles,
        );
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toMatchObject({ data: { code: 'csrfInvalid' }, init: { status: 403 } });
      expect(spooled()).toEqual([]);
    }
    // A refused file without a token still answers as a CSRF failure.
    let thrown: unknown;
    try {
      await readUploadForm(
        multipartRequest({}, { file: { bytes: mzExecutable(), name: 'a.pdf' } }),
        context,
        reviewFiles,
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ data: { code: 'csrfInvalid' } });
  });

  it('turns a refused file into a form result that keeps the other values', async () => {
    const error = await refusal(
      readUploadForm(
        multipartRequest(
          { _csrf: token(), title: 'عنوان' },
          { file: { bytes: mzExecutable(), name: 'a.pdf' } },
        ),
        context,
        reviewFiles,
      ),
    );
    const response = uploadFailure(error, 'file');
    expect(response?.init?.status).toBe(415);
    expect(response?.data).toEqual({
      status: 'error',
      values: { title: 'عنوان' },
      fieldErrors: { file: [{ code: 'fileTypeMismatch', params: { allowed: 'PDF, DOCX, XLSX' } }] },
      formError: { code: 'fileTypeMismatch', params: { allowed: 'PDF, DOCX, XLSX' } },
    });
    expect(uploadFailure(new Error('x'), 'file')).toBeUndefined();
  });
});
