import { describe, expect, it } from 'vitest';
import { minimalDocx, minimalPdf, textPdf } from '~/platform/uploads/test-files';
import { extractText } from './extract-text.server';

describe('text extraction in a bounded worker', () => {
  it('reads the text layer of a PDF', async () => {
    const result = await extractText({
      bytes: textPdf(['Fair recruitment guide', 'Labour migration']),
      kind: 'pdf',
    });
    expect(result).toEqual({ ok: true, text: expect.stringContaining('Fair recruitment guide') });
  });

  it('reads a DOCX, Arabic included', async () => {
    const result = await extractText({ bytes: minimalDocx('الهجرة الآمنة والمنظمة'), kind: 'docx' });
    expect(result).toEqual({ ok: true, text: 'الهجرة الآمنة والمنظمة' });
  });

  it('reads UTF-8 text and caps its length', async () => {
    const bytes = new TextEncoder().encode('دليل '.repeat(100));
    const result = await extractText({ bytes, kind: 'txt', limits: { maxChars: 20 } });
    expect(result.ok && result.text.length).toBeLessThanOrEqual(20);
  });

  it('flags a PDF without text, a broken file and a non-UTF-8 text as unreadable or empty, never throws', async () => {
    expect(await extractText({ bytes: minimalPdf(), kind: 'pdf' })).toEqual({ ok: true, text: '' });
    expect(await extractText({ bytes: Buffer.from('%PDF-1.4 garbage'), kind: 'pdf' })).toMatchObject({
      ok: false,
      reason: 'unreadable',
    });
    expect(await extractText({ bytes: Buffer.from('not a zip'), kind: 'docx' })).toMatchObject({ ok: false });
    expect(await extractText({ bytes: Uint8Array.of(0xff, 0xfe, 0xc3), kind: 'txt' })).toMatchObject({
      ok: false,
    });
  });

  it('stops a worker that runs past its time', async () => {
    const big = textPdf(Array.from({ length: 50 }, (_, i) => `line ${i}`));
    expect(await extractText({ bytes: big, kind: 'pdf', limits: { timeoutMs: 1 } })).toEqual({
      ok: false,
      reason: 'timeout',
    });
  });
});
