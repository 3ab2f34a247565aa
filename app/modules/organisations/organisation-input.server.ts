import { eq } from 'drizzle-orm';
import type { Locale, Translated } from '#db/schema/columns';
import { countries, stakeholderCategories } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';
import { AppError, fieldRefusal } from '~/platform/errors';

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
  if (!ar && !en) throw fieldRefusal('nameAr', 'organisationNameRequired');
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
    if (!row) throw fieldRefusal('categoryKey', 'invalidChoice');
  }
  const countryIso3 = input.countryIso3?.trim().toUpperCase() || null;
  if (countryIso3) {
    const [row] = await db
      .select({ iso3: countries.iso3 })
      .from(countries)
      .where(eq(countries.iso3, countryIso3))
      .limit(1);
    if (!row) throw fieldRefusal('countryIso3', 'invalidChoice');
  }
  const website = input.website?.trim() || null;
  if (website) {
    const url = URL.canParse(website) ? new URL(website) : undefined;
    if (url?.protocol !== 'https:' || !url.hostname.includes('.')) {
      throw fieldRefusal('website', 'invalidUrl');
    }
  }
  return { name, originalLanguage: input.originalLanguage, categoryKey, countryIso3, website };
}
