import { type SQL, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { type ExpertAvailability, type ExpertLanguage, hubExperts } from '#db/schema/hub-experts';
import { regionMembers } from '#db/schema/reference';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';
import { foldArabic } from '~/platform/text/arabic-fold';

export interface ExpertFilters {
  objective?: number;
  principle?: string;
  language?: string;
  region?: string;
  /** ISO3: experts working in a region the country belongs to. */
  country?: string;
  q?: string;
}

/** What anyone may read of an approved expert: never the e-mail or telephone. */
export interface PublicExpert {
  id: string;
  name: string;
  organisation: string;
  biography: Translated;
  originalLanguage: 'ar' | 'en';
  objectives: number[];
  principles: string[];
  languages: ExpertLanguage[];
  regions: string[];
  availability: ExpertAvailability;
  isSample: boolean;
}

export const expertPageSize = 20;

/** The public columns; contact_email and telephone are not among them on purpose. */
export const publicExpertColumns = {
  id: hubExperts.id,
  name: hubExperts.name,
  organisation: hubExperts.organisation,
  biography: hubExperts.biography,
  originalLanguage: hubExperts.originalLanguage,
  objectives: hubExperts.objectives,
  principles: hubExperts.principles,
  languages: hubExperts.languages,
  regions: hubExperts.regions,
  availability: hubExperts.availability,
  isSample: hubExperts.isSample,
};

function conditions(filters: ExpertFilters): SQL[] {
  const where: SQL[] = [sql`${hubExperts.status} = 'approved'`];
  if (filters.objective) where.push(sql`${hubExperts.objectives} @> array[${filters.objective}]::integer[]`);
  if (filters.principle) where.push(sql`${hubExperts.principles} @> array[${filters.principle}]::text[]`);
  if (filters.language) where.push(sql`${hubExperts.languages} @> array[${filters.language}]::text[]`);
  if (filters.region) where.push(sql`${hubExperts.regions} @> array[${filters.region}]::text[]`);
  if (filters.country) {
    where.push(
      sql`${hubExperts.regions} && array(select ${regionMembers.regionId} from ${regionMembers} where ${regionMembers.countryIso3} = ${filters.country.toUpperCase()})::text[]`,
    );
  }
  const q = filters.q ? foldArabic(filters.q).trim().toLowerCase() : '';
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      sql`lower(marsad_fold(${hubExperts.name} || ' ' || ${hubExperts.organisation} || ' ' || coalesce(${hubExperts.biography}->>'ar', '') || ' ' || coalesce(${hubExperts.biography}->>'en', ''))) like ${pattern}`,
    );
  }
  return where;
}

/** Approved experts within the filters, by name, with the total. */
export async function listExperts(
  options: { db?: DbOrTx; filters?: ExpertFilters; limit?: number; offset?: number } = {},
) {
  const { db = getDb(), filters = {}, limit = expertPageSize, offset = 0 } = options;
  const where = sql.join(conditions(filters), sql` and `);
  const [items, total] = await readTogether(db, [
    () =>
      db
        .select(publicExpertColumns)
        .from(hubExperts)
        .where(where)
        .orderBy(hubExperts.name, hubExperts.id)
        .limit(limit)
        .offset(offset),
    () => db.select({ n: sql<number>`count(*)::int` }).from(hubExperts).where(where),
  ]);
  return { items: items as PublicExpert[], total: Number(total[0]?.n ?? 0) };
}
