import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from './render-pdf.server';

/**
 * The Chromium wrapper, with stand-in "browsers" (shell scripts) so the process handling is tested
 * without a browser: arguments, the PDF check, the hard timeout that kills the whole process group,
 * and the queue limit.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-fake-chromium-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function fakeBrowser(name: string, body: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(
    file,
    `#!/bin/sh\nfor arg in "$@"; do case "$arg" in --print-to-pdf=*) out="\${arg#--print-to-pdf=}";; esac; done\n${body}\n`,
    { mode: 0o755 },
  );
  return file;
}

/** Running (a killed process left unreaped by the container's init counts as gone). */
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const status = fs.existsSync(`/proc/${pid}/status`) ? fs.readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  return !/^State:\s+Z/m.test(status);
};

describe('renderPdf', () => {
  it('prints the page to the file Chromium is given and returns it', async () => {
    const argsFile = path.join(dir, 'args.txt');
    const chromium = fakeBrowser('ok', `echo "$@" > ${argsFile}\nprintf '%%PDF-1.7 fake' > "$out"`);
    const pdf = await renderPdf({ url: 'http://127.0.0.1:1/ar/page', chromium });
    expect(pdf.toString('latin1')).toBe('%PDF-1.7 fake');
    const args = fs.readFileSync(argsFile, 'utf8');
    expect(args).toContain('--headless');
    expect(args).toContain('--no-pdf-header-footer');
    expect(args.trim().endsWith('http://127.0.0.1:1/ar/page')).toBe(true);
  });

  it('refuses output that is not a PDF, and a failing browser', async () => {
    await expect(
      renderPdf({ url: 'http://x', chromium: fakeBrowser('html', `echo '<html>' > "$out"`) }),
    ).rejects.toThrow('chromium wrote no PDF');
    await expect(
      renderPdf({ url: 'http://x', chromium: fakeBrowser('fail', 'echo broken >&2; exit 3') }),
    ).rejects.toThrow(/exited with 3: broken/);
  });

  it('kills the browser and its helpers at the timeout', async () => {
    const pids = path.join(dir, 'pids.txt');
    // The stand-in starts a helper process, as Chromium starts renderers, then hangs.
    const chromium = fakeBrowser('hang', `sleep 60 &\necho $! > ${pids}\nsleep 60`);
    await expect(renderPdf({ url: 'http://x', chromium, timeoutMs: 500 })).rejects.toThrow(/timed out/);
    const helper = Number(fs.readFileSync(pids, 'utf8'));
    for (let i = 0; i < 50 && alive(helper); i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(alive(helper)).toBe(false);
  });

  it('renders one at a time and refuses beyond the queue', async () => {
    const order = path.join(dir, 'order.txt');
    const chromium = fakeBrowser(
      'slow',
      `echo start >> ${order}\nsleep 0.2\necho end >> ${order}\nprintf '%%PDF-1.7' > "$out"`,
    );
    const calls = [1, 2, 3, 4].map(() => renderPdf({ url: 'http://x', chromium }));
    const results = await Promise.allSettled(calls);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    expect((results[3] as PromiseRejectedResult).reason).toMatchObject({ code: 'pdfBusy', status: 503 });
    // Never two at once: every start is followed by its end.
    expect(fs.readFileSync(order, 'utf8').trim().split('\n')).toEqual([
      'start',
      'end',
      'start',
      'end',
      'start',
      'end',
    ]);
  });
});
