import { countries, objectives, principles, regions } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';

/**
 * Makes sure the reference rows the admin and permission tests point at exist (the reference
 * seed normally provides them; rows already there are left alone).
 */
export async function ensureTestReference(db: DbOrTx): Promise<void> {
  await db
    .insert(regions)
    .values([
      {
        id: 'LAS',
        kind: 'organisation',
        code: 'LAS',
        name: { en: 'League of Arab States', ar: 'جامعة الدول العربية' },
      },
      { id: 'ESCAP', kind: 'regional_commission', code: 'ESCAP', name: { en: 'ESCAP', ar: 'الإسكاب' } },
    ])
    .onConflictDoNothing();
  await db
    .insert(countries)
    .values([
      { iso3: 'JOR', iso2: 'JO', m49: '400', name: { en: 'Jordan', ar: 'الأردن' }, unStatus: 'member' },
      { iso3: 'EGY', iso2: 'EG', m49: '818', name: { en: 'Egypt', ar: 'مصر' }, unStatus: 'member' },
    ])
    .onConflictDoNothing();
  await db
    .insert(objectives)
    .values({ number: 7, code: 'GCM-O07', title: { en: 'Address and reduce vulnerabilities in migration' } })
    .onConflictDoNothing();
  await db
    .insert(principles)
    .values({ key: 'people_centred', paragraph: '15(a)', position: 1, name: { en: 'People-centred' } })
    .onConflictDoNothing();
}
