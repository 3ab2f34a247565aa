import { describe, expect, it } from 'vitest';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { getCountry } from './get-country.server';
import { listCountries } from './list-countries.server';

for (const store of testStores) {
  describe(`countries (${store})`, () => {
    const platform = useTestPlatform(store);

    it('holds the 193 UN member states and the two observer states', async () => {
      const db = platform().database.db;
      expect((await listCountries({ db })).total).toBe(195);
      expect((await listCountries({ db, unStatus: 'member' })).total).toBe(193);
      const observers = await listCountries({ db, unStatus: 'observer' });
      expect(observers.items.map((c) => c.iso3).sort()).toEqual(['PSE', 'VAT']);
    });

    it('filters by any kind of grouping', async () => {
      const db = platform().database.db;
      expect((await listCountries({ db, region: 'LAS' })).total).toBe(22);
      expect((await listCountries({ db, region: 'ARCP' })).total).toBe(22);
      expect((await listCountries({ db, region: 'ECA' })).total).toBe(54);
      expect((await listCountries({ db, region: 'ESCWA' })).total).toBe(20);
      expect((await listCountries({ db, region: 'M49-002' })).total).toBe(54);
      expect((await listCountries({ db, region: 'ECE' })).total).toBe(0);
      const northAfrica = await listCountries({ db, region: 'M49-015' });
      expect(northAfrica.items.map((c) => c.iso3).sort()).toEqual(['DZA', 'EGY', 'LBY', 'MAR', 'SDN', 'TUN']);
    });

    it('applies the M49 corrections to world-countries', async () => {
      const db = platform().database.db;
      const cyprus = await getCountry({ db, iso3: 'CYP' });
      expect([cyprus?.regionId, cyprus?.subregionId]).toEqual(['M49-142', 'M49-145']);
      expect((await getCountry({ db, iso3: 'MEX' }))?.subregionId).toBe('M49-013');
      expect((await getCountry({ db, iso3: 'VAT' }))?.unStatus).toBe('observer');
    });

    it('names countries from CLDR with the protocol names and the secretariat’s corrections', async () => {
      const db = platform().database.db;
      const all = (await listCountries({ db })).items;
      const arabic = all.map((c) => c.name.ar);
      // Misspellings of the package the names once came from.
      for (const wrong of ['المسكيك', 'صيربيا', 'أوزباكستان', 'مولدوڤا']) expect(arabic).not.toContain(wrong);
      expect(arabic).toEqual(expect.arrayContaining(['المكسيك', 'صربيا', 'أوزبكستان', 'مولدوفا']));
      const palestine = await getCountry({ db, iso3: 'PSE' });
      expect(palestine?.name).toEqual({ ar: 'دولة فلسطين', en: 'State of Palestine' });
      expect(palestine?.officialName).toEqual({ ar: 'دولة فلسطين', en: 'State of Palestine' });
      expect((await getCountry({ db, iso3: 'VAT' }))?.name.en).toBe('Holy See');
      expect((await getCountry({ db, iso3: 'BIH' }))?.name.en).toBe('Bosnia and Herzegovina');
    });

    it('sorts by the reader’s alphabet, not by code point', async () => {
      const db = platform().database.db;
      const names = (await listCountries({ db, locale: 'ar' })).items.map((c) => c.name.ar ?? '');
      // «إثيوبيا» (إ) and «الأردن» (ا) come before «ألبانيا»: hamza seats are one letter to a reader.
      const at = (n: string) => names.indexOf(n);
      expect(at('إثيوبيا')).toBeLessThan(at('الأردن'));
      expect(at('الأردن')).toBeLessThan(at('ألبانيا'));
      expect(at('ألبانيا')).toBeLessThan(at('بنما'));
      const collator = new Intl.Collator('ar');
      expect(names).toEqual([...names].sort(collator.compare));
    });

    it('searches names in Arabic and English, normalising Arabic letters', async () => {
      const db = platform().database.db;
      expect((await listCountries({ db, q: 'egypt' })).items.map((c) => c.iso3)).toEqual(['EGY']);
      expect((await listCountries({ db, q: 'مصر' })).items.map((c) => c.iso3)).toEqual(['EGY']);
      // "الاردن" without hamza finds "الأردن"
      expect((await listCountries({ db, q: 'الاردن' })).items.map((c) => c.iso3)).toEqual(['JOR']);
      expect((await listCountries({ db, q: 'fra' })).items.map((c) => c.iso3)).toContain('FRA');
      expect((await listCountries({ db, q: '%' })).total).toBe(0);
    });

    it('pages, sorts by the name in the reader’s language and lists groupings', async () => {
      const db = platform().database.db;
      const page = await listCountries({ db, limit: 10, offset: 190 });
      expect(page.total).toBe(195);
      expect(page.items).toHaveLength(5);
      const past = await listCountries({ db, limit: 10, offset: 300 });
      expect(past).toEqual({ items: [], total: 195 });
      const ar = await listCountries({ db, region: 'LAS', locale: 'ar', limit: 1 });
      expect(ar.items[0]?.name.ar).toBe('الأردن');
      const egypt = (await listCountries({ db, q: 'EGY' })).items[0];
      expect(egypt?.groupings).toEqual(['ARCP', 'ECA', 'ESCWA', 'LAS']);
    });

    it('gets a country by ISO3 in any case with its memberships and notes', async () => {
      const db = platform().database.db;
      const syria = await getCountry({ db, iso3: 'syr' });
      expect(syria?.iso3).toBe('SYR');
      expect(syria?.memberships.map((m) => m.id)).toEqual(['M49-142', 'M49-145', 'ESCWA', 'LAS', 'ARCP']);
      expect(syria?.memberships.find((m) => m.id === 'LAS')?.note).toMatch(/suspended/);
      expect(await getCountry({ db, iso3: 'XXX' })).toBeNull();
      expect(await getCountry({ db, iso3: 'EG' })).toBeNull();
    });
  });
}
