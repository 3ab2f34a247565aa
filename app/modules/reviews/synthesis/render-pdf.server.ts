import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '~/platform/errors';

/**
 * PDF from a page of this site through the system Chromium (`--headless --print-to-pdf`), in a
 * child process with a hard timeout that kills its whole process group. One render at a time per
 * process (a few more wait their turn; beyond that pdfBusy 503), so a burst of downloads cannot
 * start a browser each. Chromium is found at CHROMIUM_PATH or the Debian paths, as the browser
 * tests find it; without it callers fall back to the page's print stylesheet.
 */

const candidates = () => [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

export function findChromium(): string | undefined {
  return candidates().find((p): p is string => Boolean(p && fs.existsSync(p)));
}

export const pdfTimeoutMs = 45_000;
const maxWaiting = 3;

let running: Promise<unknown> = Promise.resolve();
let waiting = 0;

/** Runs `task` after the renders already queued; refuses when too many wait. */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  if (waiting >= maxWaiting) return Promise.reject(new AppError('pdfBusy', 503));
  waiting += 1;
  const result = running.then(
    () => {
      waiting -= 1;
      return task();
    },
    () => {
      waiting -= 1;
      return task();
    },
  );
  running = result.catch(() => undefined);
  return result;
}

function runChromium(chromium: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // A process group of its own, so the timeout kills the renderer and GPU helpers too.
    const child = spawn(chromium, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    const killGroup = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      killGroup();
      reject(new Error(`chromium timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      killGroup();
      if (code === 0) resolve();
      else reject(new Error(`chromium exited with ${code}: ${stderr.slice(0, 500)}`));
    });
  });
}

/** Prints `url` (http(s) on this host) to PDF; throws when Chromium is missing, fails or times out. */
export function renderPdf(options: { url: string; chromium?: string; timeoutMs?: number }): Promise<Buffer> {
  const chromium = options.chromium ?? findChromium();
  if (!chromium) return Promise.reject(new Error('chromium not found'));
  return oneAtATime(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'marsad-pdf-'));
    const out = path.join(dir, 'out.pdf');
    try {
      const args = [
        '--headless',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        '--hide-scrollbars',
        '--no-pdf-header-footer',
        // Lets web fonts and late layout settle before printing.
        '--virtual-time-budget=5000',
        `--user-data-dir=${path.join(dir, 'profile')}`,
        `--print-to-pdf=${out}`,
        // Chromium's sandbox needs an unprivileged user; the page printed is our own.
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
        options.url,
      ];
      await runChromium(chromium, args, options.timeoutMs ?? pdfTimeoutMs);
      const pdf = fs.readFileSync(out);
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('chromium wrote no PDF');
      return pdf;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}
