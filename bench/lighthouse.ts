/**
 * Lighthouse (the npm package, 12.2.3: the last line that runs on Node 20) on Debian's Chromium,
 * with its default mobile settings: an emulated phone, simulated slow 4G and a 4× slower CPU.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** The five public pages whose scores the note reports. */
export const lighthousePages = [
  '/ar',
  '/ar/pledges',
  '/ar/pledges/dashboard',
  '/ar/reviews',
  '/ar/objectives/7',
];

export interface LighthouseScore {
  url: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  fcpMs: number;
  speedIndexMs: number;
  cls: number;
}

export async function runLighthouse(chromePath: string, urls: string[]): Promise<LighthouseScore[]> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--no-first-run',
    ],
  });
  const scores: LighthouseScore[] = [];
  try {
    for (const url of urls) {
      // A run can fail to paint on a busy machine (NO_FCP): try once more before reporting it.
      let result: Awaited<ReturnType<typeof lighthouse>>;
      for (let attempt = 1; ; attempt++) {
        result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        const error = result?.lhr.runtimeError;
        if (!error || attempt === 2) {
          if (error) console.log(`    ${url}: ${error.code} ${error.message}`);
          break;
        }
      }
      if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
      const { categories, audits } = result.lhr;
      const failing = Object.values(audits).filter(
        (a) => a.scoreDisplayMode === 'binary' && a.score === 0 && categoryOf(result.lhr, a.id) === 'a11y',
      );
      for (const a of failing) console.log(`    accessibility: ${url} fails ${a.id} (${a.title})`);
      scores.push({
        url,
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
        fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? 0),
        speedIndexMs: Math.round(audits['speed-index']?.numericValue ?? 0),
        cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
      });
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function categoryOf(lhr: Lhr, auditId: string): 'a11y' | 'other' {
  return lhr.categories.accessibility?.auditRefs.some((r) => r.id === auditId && r.weight > 0)
    ? 'a11y'
    : 'other';
}
