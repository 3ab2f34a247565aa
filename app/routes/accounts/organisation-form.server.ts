import { z } from 'zod';
import type { OrganisationInput } from '~/modules/organisations/organisation-input.server';

/** The organisation form's fields; the domain checks names, category, country and website. */
export const organisationSchema = z.object({
  nameAr: z.string().trim().max(300).default(''),
  nameEn: z.string().trim().max(300).default(''),
  originalLanguage: z.enum(['ar', 'en']),
  categoryKey: z.string().trim().max(100).default(''),
  countryIso3: z.string().trim().max(3).default(''),
  website: z.string().trim().max(500).default(''),
});

export function organisationInput(v: z.infer<typeof organisationSchema>): OrganisationInput {
  return {
    name: { ar: v.nameAr, en: v.nameEn },
    originalLanguage: v.originalLanguage,
    categoryKey: v.categoryKey || null,
    countryIso3: v.countryIso3 || null,
    website: v.website || null,
  };
}
