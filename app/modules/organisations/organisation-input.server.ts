import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { countries, stakeholderCategories } from '#db/schema/index';
import type { DbOrTx } from '~/platform/db.server';
import { fieldRefusal } from '~/platform/errors';
import {
  language,
  optionalIso3,
  optionalText,
  refuse,
  requireOriginal,
  translatedText,
} from '~/platform/forms/fields';
import { parseInput } from '~/platform/forms/issues';

/** An https address with a host name that has a dot (an intranet name or an IP address would not do for the public). */
const isPublicHttps = (website: string) => {
  const url = URL.canParse(website) ? new URL(website) : undefined;
  return url?.protocol === 'https:' && url.hostname.includes('.');
};

/**
 * The editable fields of an organisation, as the create and edit forms send them (`name.ar`,
 * `name.en`, …): a name in at least one language and in the original language, an https website.
 */
const organisationSchema = z
  .object({
    name: translatedText({ max: 300 }),
    originalLanguage: language(),
    categoryKey: optionalText({ max: 100 }),
    countryIso3: optionalIso3(),
    website: optionalText({ max: 500 }),
  })
  .superRefine((v, ctx) => {
    if (!v.name.ar && !v.name.en) refuse(ctx, ['name', 'ar'], 'organisationNameRequired');
    else
      requireOriginal(ctx, v.name, v.originalLanguage, ['name', v.originalLanguage], 'originalNameRequired');
    if (v.website && !isPublicHttps(v.website)) refuse(ctx, ['website'], 'invalidUrl');
  });

/**
 * Parses and checks the fields (see organisationSchema), the category and country against the
 * reference lists; throws AppError with every refusal beside its field.
 */
export async function checkOrganisationInput(db: DbOrTx, raw: unknown) {
  const input = parseInput(organisationSchema, raw);
  if (input.categoryKey) {
    const [row] = await db
      .select({ key: stakeholderCategories.key })
      .from(stakeholderCategories)
      .where(eq(stakeholderCategories.key, input.categoryKey))
      .limit(1);
    if (!row) throw fieldRefusal('categoryKey', 'invalidChoice');
  }
  if (input.countryIso3) {
    const [row] = await db
      .select({ iso3: countries.iso3 })
      .from(countries)
      .where(eq(countries.iso3, input.countryIso3))
      .limit(1);
    if (!row) throw fieldRefusal('countryIso3', 'invalidChoice');
  }
  return {
    name: input.name,
    originalLanguage: input.originalLanguage,
    categoryKey: input.categoryKey ?? null,
    countryIso3: input.countryIso3 ?? null,
    website: input.website ?? null,
  };
}
