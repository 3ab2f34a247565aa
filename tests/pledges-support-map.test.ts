import { describe, expect, it } from 'vitest';
import { createOrganisation } from '#seed/factories';
import { createPledge } from '#seed/pledge-factories';
import { colourFor, mapClasses, mapPalette, noPledgesColour } from '~/modules/pledges/map-classes';
import { getPledgeMap } from '~/modules/pledges/pledge-map.server';
import { buildWorldMap, MAP_HEIGHT, MAP_WIDTH } from '~/modules/pledges/world-map.server';
import { loader as csvLoader } from '~/routes/pledges/dashboard-csv';
import { request } from './http';
import { testStores, useTestPlatform } from './platform';

describe('map colour classes', () => {
  it('gives each count up to five its own class, then geometric bounds up to the largest', () => {
    expect(mapClasses(0)).toEqual([]);
    expect(mapClasses(1)).toEqual([{ from: 1, to: 1, colour: mapPalette[4] }]);
    expect(mapClasses(3).map((c) => [c.from, c.to])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    const wide = mapClasses(60);
    expect(wide.map((c) => [c.from, c.to])).toEqual([
      [1, 2],
      [3, 5],
      [6, 12],
      [13, 26],
      [27, 60],
    ]);
    expect(wide.map((c) => c.colour)).toEqual([...mapPalette]);
    expect(colourFor(0, wide)).toBe(noPledgesColour);
    expect(colourFor(4, wide)).toBe(mapPalette[1]);
    expect(colourFor(60, wide)).toBe(mapPalette[4]);
  });
});

describe('world map shapes', () => {
  it('draws the 1:110m countries compactly, with dots for small UN states', () => {
    const map = buildWorldMap({ small: ['048', '470', '798', '400'] });
    expect(map.width).toBe(MAP_WIDTH);
    expect(map.height).toBe(MAP_HEIGHT);
    const ids = map.shapes.map(([id]) => id);
    expect(ids.length).toBeGreaterThan(150);
    expect(ids).toContain('400'); // Jordan
    expect(ids).not.toContain('010'); // Antarctica is left out
    // Bahrain and Malta as dots; Tuvalu is in neither atlas; Jordan already has a shape.
    expect(map.dots.map(([id]) => id).sort()).toEqual(['048', '470']);
    for (const [, x, y] of map.dots) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(MAP_HEIGHT);
    }
    const size = map.shapes.reduce((n, [, d]) => n + d.length, 0);
    expect(size).toBeLessThan(60_000);
    expect(map.shapes.find(([id]) => id === '400')![1]).toMatch(/^M\d+ \d+l[-\d ]+z/);
  });
});

for (const store of testStores) {
  describe(`pledges by country (${store})`, () => {
    const platform = useTestPlatform(store);

    it('counts published pledges made by a state or tagged with a country, each once', async () => {
      const db = platform().database.db;
      const org = await createOrganisation(db, { countryIso3: 'LBN' });
      const published = { status: 'published' as const, publishedAt: new Date() };
      await createPledge(db, {
        countryIso3: 'JOR',
        createdBy: null,
        countries: ['JOR', 'EGY'],
        ...published,
      });
      await createPledge(db, { organisationId: org.id, countries: ['EGY'], ...published });
      await createPledge(db, { countryIso3: 'MAR', createdBy: null, countries: [], ...published });
      await createPledge(db, { organisationId: org.id, countries: ['TUN'], status: 'draft' });
      await createPledge(db, {
        countryIso3: 'TUN',
        createdBy: null,
        countries: ['TUN'],
        status: 'submitted',
      });
      const { countries, reference } = await getPledgeMap({ db });
      expect(countries.map((c) => [c.iso3, c.asPledger, c.tagged, c.total])).toEqual([
        ['EGY', 0, 2, 2],
        ['JOR', 1, 1, 1],
        ['MAR', 1, 0, 1],
      ]);
      expect(countries[0]).toMatchObject({ m49: '818' });
      expect(reference.length).toBeGreaterThan(190);
      expect(reference).toContain('400');
    });
  });
}

describe('the dashboard map page', () => {
  const platform = useTestPlatform();

  it('renders an accessible SVG choropleth with a legend, a data table and CSV, in both languages', async () => {
    const db = platform().database.db;
    for (let i = 0; i < 3; i++) {
      await createPledge(db, {
        countryIso3: 'JOR',
        createdBy: null,
        status: 'published',
        publishedAt: new Date(),
      });
    }
    await createPledge(db, {
      countryIso3: 'EGY',
      createdBy: null,
      countries: ['EGY'],
      status: 'published',
      publishedAt: new Date(),
    });
    for (const lang of ['ar', 'en']) {
      const res = await request(`/${lang}/pledges/dashboard`);
      expect(res.status).toBe(200);
      const html = await res.text();
      const map = html.slice(
        html.indexOf('<figure id="map"'),
        html.indexOf('</figure>', html.indexOf('<figure id="map"')),
      );
      expect(map).toContain('role="img"');
      expect(map).toContain('aria-labelledby="map-svg-title map-svg-desc"');
      expect(map).toMatch(/<title id="map-svg-title">[^<]+<\/title>/);
      expect(map).toMatch(/<desc id="map-svg-desc">[^<]+<\/desc>/);
      // Jordan (3) in the darkest class, Egypt (1) in the lightest; a country without pledges in grey.
      expect(map).toMatch(new RegExp(`<path d="[^"]+" fill="${mapPalette[4]}" data-m49="400"`));
      expect(map).toMatch(new RegExp(`<path d="[^"]+" fill="${mapPalette[0]}" data-m49="818"`));
      expect(map).toMatch(new RegExp(`<path d="[^"]+" fill="${noPledgesColour}" data-m49="760"`));
      expect(map).toContain(`href="/${lang}/pledges?country=JOR&amp;status=published"`);
      expect(map).toContain(`/${lang}/pledges/dashboard.csv?chart=map`);
    }
    const html = await (await request('/en/pledges/dashboard')).text();
    expect(html).toContain('Jordan: 3 pledges');

    const csv = (await csvLoader({
      request: new Request('http://localhost/en/pledges/dashboard.csv?chart=map'),
      params: { lang: 'en' },
      context: {},
    } as never)) as Response;
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toEqual([
      'ISO code,Country,Made by the state,Concerning the country,Total',
      'JOR,Jordan,3,3,3',
      'EGY,Egypt,1,1,1',
    ]);
  });
});
