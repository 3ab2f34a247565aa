import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { sdgTargetCodes } from '~/modules/reference/sdg-targets';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { sdgTargetsFromText } from './sdg-targets-text';

/** Free text as review sections held it before SDG targets were chosen from the list. */
const cases: [string | null, string[], string | null][] = [
  [null, [], null],
  ['', [], null],
  ['   ', [], null],
  ['8.8, 10.7', ['8.8', '10.7'], null],
  // Reference order, duplicates once, upper-case letters read.
  ['10.C; 10.7; 8.8; 10.7', ['8.8', '10.7', '10.c'], null],
  ['SDG targets 10.7 and 17.18.', ['10.7', '17.18'], null],
  ['الغايات 10.7 و 8.8', ['8.8', '10.7'], null],
  ['10.7/10.c', ['10.7', '10.c'], null],
  // Anything else written keeps the whole text as the note.
  ['10.7 (safe migration)', ['10.7'], '10.7 (safe migration)'],
  ['  10.7, 10.99  ', ['10.7'], '10.7, 10.99'],
  ['Goal 10 in general', [], 'Goal 10 in general'],
  // Inside longer numbers a code is not read: 110.7, 10.7.1, v10.7.
  ['110.7 10.7.1 v10.7', [], '110.7 10.7.1 v10.7'],
  ['هجرة منظمة 10.7', ['10.7'], 'هجرة منظمة 10.7'],
];

describe('SDG targets from the old free text', () => {
  it.each(cases)('%j → codes %j, note %j', (raw, codes, note) => {
    expect(sdgTargetsFromText(raw)).toEqual({ codes, note });
  });
});

for (const store of testStores) {
  describe(`the migration's SQL twin (${store})`, () => {
    const platform = useTestPlatform(store);
    it('converts every case as the TypeScript function does', async () => {
      const { db } = platform().database;
      for (const [raw, codes, note] of cases) {
        const known = sql.raw(`ARRAY[${sdgTargetCodes.map((c) => `'${c}'`).join(',')}]::text[]`);
        const result = await db.execute<{ codes: string[]; note: string | null }>(
          sql`select sdg_target_codes_in(${raw}::text, ${known}) as codes, sdg_targets_leftover(${raw}::text, ${known}) as note`,
        );
        expect({ raw, ...result.rows[0] }).toEqual({ raw, codes, note });
      }
    });
  });
}
