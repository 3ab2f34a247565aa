import { inArray } from 'drizzle-orm';
import { pledgePartners, pledges } from '#db/schema/pledges';
import { contentTags, yearOf } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { readTogether } from '~/platform/db.server';
import { isUuid } from '~/platform/uuid';
import { pledgeReaders, publicStatuses } from './pledge-policy';
import { pledgeEntityType } from './pledge-records.server';

/**
 * Pledges in the content index: public once published (and after closing); before that the pledger,
 * its partners and the reviewers open them. The state that made a pledge counts among its countries,
 * as in the registry's country filter.
 */
export const pledgeContent = defineContentType({
  key: 'pledge',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: pledges.id }).from(pledges)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const [rows, partners] = await readTogether(db, [
      () =>
        db
          .select({
            id: pledges.id,
            status: pledges.status,
            organisationId: pledges.organisationId,
            countryIso3: pledges.countryIso3,
            title: pledges.title,
            description: pledges.description,
            originalLanguage: pledges.originalLanguage,
            publishedAt: pledges.publishedAt,
            updatedAt: pledges.updatedAt,
            isSample: pledges.isSample,
          })
          .from(pledges)
          .where(inArray(pledges.id, valid)),
      () =>
        db
          .select({
            pledgeId: pledgePartners.pledgeId,
            organisationId: pledgePartners.organisationId,
            countryIso3: pledgePartners.countryIso3,
          })
          .from(pledgePartners)
          .where(inArray(pledgePartners.pledgeId, valid)),
    ]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const tags = await contentTags(db, {
      tagEntityType: pledgeEntityType,
      ids: rows.map((r) => r.id),
      countriesOf: (id) => {
        const iso3 = byId.get(id)?.countryIso3;
        return iso3 ? [iso3] : [];
      },
    });
    return rows.map((row) => {
      const isPublic = publicStatuses.includes(row.status);
      return {
        id: row.id,
        visibility: isPublic ? 'public' : 'restricted',
        readers: isPublic
          ? []
          : pledgeReaders(
              row,
              partners.filter((p) => p.pledgeId === row.id),
            ),
        status: row.status,
        originalLanguage: row.originalLanguage,
        title: row.title,
        summary: row.description,
        body: {},
        ...tags.get(row.id)!,
        year: yearOf(row.publishedAt),
        publishedAt: row.publishedAt,
        updatedAt: row.updatedAt,
        path: `/pledges/${row.id}`,
        isSample: row.isSample,
      };
    });
  },
});
