import { eq } from 'drizzle-orm';
import type { Locale, Translated } from '#db/schema/columns';
import { countries, stakeholderCategories } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';

/** The editable fields of an organisation, as the create and edit forms send them. */
export interface OrganisationInput {
  name: Translated;
  originalLanguage: Locale;
  categoryKey: string | null;
  countryIso3: string | null;
  website: string | null;
}

/**
 * Normalises and checks the fields: a name in at least one language, and in the original
 * language; a known category and country; an https website. Throws AppError with the field.
 */
export async function checkOrganisationInput(
  db: DbOrTx,
  input: OrganisationInput,
): Promise<OrganisationInput> {
  const name: Translated = {};
  const ar = input.name.ar?.trim();
  const en = input.name.en?.trim();
  if (ar) name.ar = ar;
  if (en) name.en = en;
  if (!ar && !en) throw new AppError('organisationNameRequired', 400, {}, { field: 'nameAr' });
  if (!name[input.originalLanguage]) {
    throw new AppError(
      'originalNameRequired',
      400,
      {},
      { field: input.originalLanguage === 'ar' ? 'nameAr' : 'nameEn' },
    );
  }
  const categoryKey = input.categoryKey?.trim() || null;
  if (categoryKey) {
    const [row] = await db
      .select({ key: stakeholderCategories.key })
      .from(stakeholderCategories)
      .where(eq(stakeholderCategories.key, categoryKey))
      .limit(1);
    if (!row) throw new AppError('invalidChoice', 400, {}, { field: 'categoryKey' });
  }
  const countryIso3 = input.countryIso3?.trim().toUpperCase() || null;
  if (countryIso3) {
    const [row] = await db
      .select({ iso3: countries.iso3 })
      .from(countries)
      .where(eq(countries.iso3, countryIso3))
      .limit(1);
    if (!row) throw new AppError('invalidChoice', 400, {}, { field: 'countryIso3' });
  }
  const website = input.website?.trim() || null;
  if (website) {
    const url = URL.canParse(website) ? new URL(website) : undefined;
    if (url?.protocol !== 'https:' || !url.hostname.includes('.')) {
      throw new AppError('invalidUrl', 400, {}, { field: 'website' });
    }
  }
  return { name, originalLanguage: input.originalLanguage, categoryKey, countryIso3, website };
}
