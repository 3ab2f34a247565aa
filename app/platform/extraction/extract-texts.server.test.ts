import { describe, expect, it } from 'vitest';
import { minimalDocx, textPdf } from '~/platform/uploads/test-files';
import { type ExtractionItem, extractTexts } from './extract-texts.server';

describe('text extraction of many files in a pool of bounded workers', () => {
  it('answers in the items’ order, a bad file failing alone, and reports each file as it is done', async () => {
    const items: ExtractionItem[] = [
      { bytes: textPdf(['Fair recruitment guide']), kind: 'pdf' },
      { bytes: Buffer.from('%PDF-1.4 garbage'), kind: 'pdf' },
      { bytes: minimalDocx('الهجرة الآمنة'), kind: 'docx' },
      { bytes: Uint8Array.of(0xff, 0xfe, 0xc3), kind: 'txt' },
      { bytes: new TextEncoder().encode('نص عادي'), kind: 'txt' },
    ];
    const done: number[] = [];
    const results = await extractTexts({
      items,
      concurrency: 2,
      read: async (item) => item,
      onDone: (item) => void done.push(items.indexOf(item)),
    });
    expect(results).toEqual([
      { ok: true, text: expect.stringContaining('Fair recruitment guide') },
      expect.objectContaining({ ok: false, reason: 'unreadable' }),
      { ok: true, text: 'الهجرة الآمنة' },
      expect.objectContaining({ ok: false, reason: 'unreadable' }),
      { ok: true, text: 'نص عادي' },
    ]);
    expect(done.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops a file that runs past its time and goes on with the next in a new worker', async () => {
    const big = textPdf(Array.from({ length: 50 }, (_, i) => `line ${i}`));
    let calls = 0;
    const results = await extractTexts({
      items: [big, Buffer.from('after the timeout')],
      concurrency: 1,
      // Every file gets 1 ms: the first is stopped, and the second still gets an answer from a new worker.
      read: async (bytes) => ({ bytes, kind: calls++ === 0 ? 'pdf' : 'txt' }),
      limits: { timeoutMs: 1 },
    });
    expect(results[0]).toEqual({ ok: false, reason: 'timeout' });
    expect(results).toHaveLength(2);
    expect(results[1]).toHaveProperty('ok');
  });

  it('stops taking files when reading one throws, and throws that error', async () => {
    const started: number[] = [];
    const run = extractTexts({
      items: [0, 1, 2, 3, 4, 5],
      concurrency: 2,
      async read(n) {
        started.push(n);
        if (n === 1) throw new Error('file changed');
        return { bytes: new TextEncoder().encode(`file ${n}`), kind: 'txt' };
      },
    });
    await expect(run).rejects.toThrow('file changed');
    expect(started.length).toBeLessThan(6);
  });
});
