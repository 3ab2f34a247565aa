import { asc, eq, sql } from 'drizzle-orm';
import {
  countries,
  organisationMembers,
  organisations,
  stakeholderCategories,
  users,
} from '#db/schema/index';
import { getDb } from '~/platform/platform.server';
import { isUuid } from '~/platform/uuid';

/** The organisations a user belongs to, with their role. */
export async function myOrganisations(userId: string) {
  return getDb()
    .select({
      id: organisations.id,
      name: organisations.name,
      verified: organisations.verified,
      countryIso3: organisations.countryIso3,
      role: organisationMembers.role,
    })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(asc(organisationMembers.createdAt));
}

/** The public profile: names of category and country resolved, or null when there is no such organisation. */
export async function organisationProfile(id: string) {
  if (!isUuid(id)) return null;
  const [row] = await getDb()
    .select({
      organisation: organisations,
      categoryLabel: stakeholderCategories.label,
      countryName: countries.name,
    })
    .from(organisations)
    .leftJoin(stakeholderCategories, eq(stakeholderCategories.key, organisations.categoryKey))
    .leftJoin(countries, eq(countries.iso3, organisations.countryIso3))
    .where(eq(organisations.id, id))
    .limit(1);
  return row ?? null;
}

/** Members with names and addresses: for the organisation's administrators only. */
export async function organisationMembersList(id: string) {
  return getDb()
    .select({ userId: users.id, name: users.name, email: users.email, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(eq(organisationMembers.organisationId, id))
    .orderBy(sql`${organisationMembers.role} = 'admin' desc`, asc(users.name));
}

/** Choices for the organisation form; either list may be empty until reference data is seeded. */
export async function organisationFormOptions() {
  const db = getDb();
  const [categories, countryRows] = await Promise.all([
    db
      .select({ key: stakeholderCategories.key, label: stakeholderCategories.label })
      .from(stakeholderCategories)
      .orderBy(asc(stakeholderCategories.position)),
    db.select({ iso3: countries.iso3, name: countries.name }).from(countries).orderBy(asc(countries.iso3)),
  ]);
  return { categories, countries: countryRows };
}
