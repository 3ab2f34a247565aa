import { and, asc, desc, eq, type SQL } from 'drizzle-orm';
import { championConsiderations, champions } from '#db/schema/instruments';
import { countries } from '#db/schema/reference';
import { latestPublicItems } from '~/modules/coverage/latest-public-items.server';
import { hasPublishedPlan } from '~/modules/plans/get-country-plans.server';
import type { Subject } from '~/permissions/resolver';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { canManageInstruments } from '../instruments-policy';

/** Published champions only, unless the subject keeps the registry. */
const visible = (subject: Subject | null): SQL | undefined =>
  subject && canManageInstruments(subject) ? undefined : eq(champions.status, 'published');

const championColumns = {
  id: champions.id,
  countryIso3: champions.countryIso3,
  countryName: countries.name,
  unStatus: countries.unStatus,
  joinedOn: champions.joinedOn,
  commitments: champions.commitments,
  supportRequested: champions.supportRequested,
  supportGiven: champions.supportGiven,
  originalLanguage: champions.originalLanguage,
  confirmation: champions.confirmation,
  sources: champions.sources,
  status: champions.status,
  version: champions.version,
  updatedAt: champions.updatedAt,
};

/** The roster, by country name (the page sorts by the reader's language). */
export async function listChampions(options: { db?: DbOrTx; subject?: Subject | null } = {}) {
  const { db = getDb(), subject = null } = options;
  return db
    .select(championColumns)
    .from(champions)
    .innerJoin(countries, eq(countries.iso3, champions.countryIso3))
    .where(visible(subject))
    .orderBy(asc(champions.countryIso3));
}

/** One champion by its state, or null when absent or not visible to the subject. */
export async function getChampion(options: { db?: DbOrTx; subject?: Subject | null; iso3: string }) {
  const { db = getDb(), subject = null } = options;
  const [row] = await db
    .select(championColumns)
    .from(champions)
    .innerJoin(countries, eq(countries.iso3, champions.countryIso3))
    .where(and(eq(champions.countryIso3, options.iso3.toUpperCase()), visible(subject)));
  return row ?? null;
}

/**
 * What Marsad holds about a champion, queried (never typed): whether it has a published
 * implementation plan, and its newest public national reviews, pledges and statements.
 */
export async function championLinks(options: { db?: DbOrTx; iso3: string }) {
  const { db = getDb() } = options;
  const iso3 = options.iso3.toUpperCase();
  const [hasPlan, items] = await readTogether(db, [
    () => hasPublishedPlan({ db, iso3 }),
    () =>
      latestPublicItems({ db, country: iso3, types: ['national_review', 'pledge', 'statement'], limit: 30 }),
  ]);
  return { hasPlan, items };
}

/** The secretariat's considerations of a state, newest first. */
export async function listConsiderations(options: { db?: DbOrTx; iso3: string }) {
  const { db = getDb() } = options;
  return db
    .select()
    .from(championConsiderations)
    .where(eq(championConsiderations.countryIso3, options.iso3.toUpperCase()))
    .orderBy(desc(championConsiderations.consideredOn), desc(championConsiderations.createdAt));
}
