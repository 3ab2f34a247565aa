import { beforeAll, describe, expect, it } from 'vitest';
import { defaultScaleSizes, scaleSteps } from '#seed/scale';
import { rebuildContentType } from '~/modules/content/reindex.server';
import { pledgeContent } from '~/modules/pledges/pledge-content.server';
import type { Db } from '~/platform/db.server';
import { request } from './http';
import { useTestPlatform } from './platform';

const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
const page = async (path: string) => visible(await (await request(path)).text());
const q = (text: string) => encodeURIComponent(text);

/**
 * Past the caps (the registry counts 1,000, search ranks 2,000 candidates) the pages say "more than",
 * in the reader's language and digits, and every list API says so alike in `page.totalCapped` (search
 * also in its `search` notes, where clients first read it).
 */
describe('counts past the caps', () => {
  const platform = useTestPlatform();

  beforeAll(async () => {
    const db = platform().database.db as Db;
    // The scale data set's pledges: about three in four of them public, all with the same pledge text.
    const sizes = { ...defaultScaleSizes, organisations: 20, pledges: 2800 };
    for (const name of ['organisations', 'pledges'])
      await scaleSteps.find((s) => s.name === name)!.run(db, sizes);
    await db.transaction((tx) => rebuildContentType(tx, pledgeContent));
  });

  it('says "more than 1,000 pledges" on the registry and totalCapped in its API', async () => {
    const ar = await page(`/ar/pledges?q=${q('التعهد')}`);
    expect(ar).toContain('أكثر من');
    expect(ar).toContain('١٬٠٠٠');
    expect(await page(`/en/pledges?q=commitment`)).toContain('More than 1,000 pledges match.');
    const api = (await (await request('/api/v1/pledges?q=commitment&limit=5')).json()) as {
      page: { total: number; totalCapped: boolean };
    };
    expect(api.page).toMatchObject({ total: 1001, totalCapped: true });
    // Ranked, the list ends with the 2,000 candidates; the newest first reaches every match.
    const past = async (sort: string) =>
      (
        (await (await request(`/api/v1/pledges?q=commitment&sort=${sort}&limit=100&offset=2000`)).json()) as {
          data: unknown[];
        }
      ).data.length;
    expect(await past('relevance')).toBe(0);
    expect(await past('newest')).toBeGreaterThan(0);
  });

  it('says "more than 2,000 results" on the search page and totalCapped in its API', async () => {
    const ar = await page(`/ar/search?q=${q('التعهد')}`);
    expect(ar).toContain('أكثر من');
    expect(ar).toContain('٢٬٠٠٠');
    expect(await page(`/en/search?q=commitment`)).toContain('More than 2,000 results');
    const api = (await (await request('/api/v1/search?q=commitment&limit=5')).json()) as {
      page: { total: number; totalCapped: boolean };
      search: { totalCapped: boolean };
    };
    expect(api.page).toMatchObject({ total: 2000, totalCapped: true });
    expect(api.search.totalCapped).toBe(true);
    // A list counted exactly says so in the same place.
    const exact = (await (await request('/api/v1/search?q=commitment&type=national_review')).json()) as {
      page: { totalCapped: boolean };
    };
    expect(exact.page.totalCapped).toBe(false);
    const objectives = (await (await request('/api/v1/objectives')).json()) as {
      page: { total: number; totalCapped: boolean };
    };
    expect(objectives.page).toMatchObject({ total: 23, totalCapped: false });
  });
});
