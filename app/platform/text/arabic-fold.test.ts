import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { foldArabic } from './arabic-fold';

/** Words as readers type them: diacritics, tatweel, hamza seats, ta marbuta, alef maqsura, digits, mixed scripts. */
const words = [
  'مُهَاجِرٌ',
  'المهاجرين',
  'والمهاجرون',
  'بالمهاجرات',
  'الأُسْرَة',
  'أسرهم',
  'إدارة',
  'آمنة',
  'ٱلمدينة',
  'مستشفى',
  'مستشفي',
  'الهجرة',
  'الهجره',
  'مسؤول',
  'مسئول',
  'سماء',
  'شؤون',
  'رئيس',
  'الـــهجرة',
  'قُرْآنٌ',
  'الرحمٰن',
  'الهدف ١٧',
  'سنة ۱۴۰۲',
  'GCM 2018',
  'Café',
  'e\u0301',
  '',
  'ـ',
  'ً',
];

describe('the Arabic fold', () => {
  it('folds as the rule says', () => {
    expect(foldArabic('مُهَاجِرٌ')).toBe('مهاجر');
    expect(foldArabic('الأُسْرَة')).toBe('الاسره');
    expect(foldArabic('إدارة آمنة ٱلمدينة')).toBe('اداره امنه المدينه');
    expect(foldArabic('مستشفى')).toBe('مستشفي');
    expect(foldArabic('الـــهجرة')).toBe('الهجره');
    expect(foldArabic('الرحمٰن')).toBe('الرحمن');
    expect(foldArabic('الهدف ١٧ سنة ۱۴۰۲')).toBe('الهدف 17 سنه 1402');
    // The hamza and its seats stay.
    expect(foldArabic('سماء مسؤول رئيس')).toBe('سماء مسؤول رئيس');
    // NFC first: a decomposed é is one character after folding.
    expect(foldArabic('e\u0301')).toBe('é');
  });

  for (const store of testStores) {
    describe(store, () => {
      const platform = useTestPlatform(store);
      it('is the same in SQL (marsad_fold) as in TypeScript, word for word', async () => {
        const { rows } = await platform().database.db.execute<{ word: string; folded: string }>(
          sql`select w.word, marsad_fold(w.word) as folded from unnest(${sql`array[${sql.join(
            words.map((w) => sql`${w}`),
            sql`, `,
          )}]::text[]`}) as w(word)`,
        );
        expect(rows.map((r) => r.folded)).toEqual(words.map(foldArabic));
        expect(rows).toHaveLength(words.length);
      });
    });
  }
});
