import { eq, inArray } from 'drizzle-orm';
import type { Locale, Translated } from '#db/schema/columns';
import { meetingStatements, meetings, statementEntityType } from '#db/schema/meetings';
import { contentTags } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { isUuid } from '~/platform/uuid';
import { indexedTextMax } from './meeting-limits';
import { meetingDraftReaders } from './meeting-policy';

/**
 * The statement's text with its file's text after it (in the statement's language when Arabic or
 * English, else under Arabic, the platform's first language), capped as Hub resources' texts are.
 */
function withFileText(body: Translated, fileText: string | null, language: string): Translated {
  if (!fileText) return body;
  const lang: Locale = language === 'en' ? 'en' : 'ar';
  const text = [body[lang], fileText].filter(Boolean).join('\n');
  return { ...body, [lang]: text.slice(0, indexedTextMax) };
}

/**
 * Statements in the content index: public with their meeting (a draft meeting's only for its
 * organisers), tagged with the objectives they address and the state that delivered them.
 */
export const statementContent = defineContentType({
  key: 'statement',
  version: 2,
  async allIds(db) {
    return (await db.select({ id: meetingStatements.id }).from(meetingStatements)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db
      .select({
        id: meetingStatements.id,
        meetingId: meetingStatements.meetingId,
        countryIso3: meetingStatements.countryIso3,
        language: meetingStatements.language,
        title: meetingStatements.title,
        body: meetingStatements.body,
        extractedText: meetingStatements.extractedText,
        deliveredOn: meetingStatements.deliveredOn,
        updatedAt: meetingStatements.updatedAt,
        meetingStatus: meetings.status,
        meetingTitle: meetings.title,
        regionId: meetings.regionId,
        isSample: meetings.isSample,
      })
      .from(meetingStatements)
      .innerJoin(meetings, eq(meetings.id, meetingStatements.meetingId))
      .where(inArray(meetingStatements.id, valid));
    const tags = await contentTags(db, {
      tagEntityType: statementEntityType,
      ids: rows.map((r) => r.id),
      countriesOf: (id) => {
        const iso3 = rows.find((r) => r.id === id)!.countryIso3;
        return iso3 ? [iso3] : [];
      },
    });
    return rows.map((row) => {
      const isPublic = row.meetingStatus !== 'draft';
      const own = tags.get(row.id)!;
      const day = new Date(`${row.deliveredOn}T00:00:00Z`);
      return {
        id: row.id,
        visibility: isPublic ? 'public' : 'restricted',
        readers: isPublic ? [] : meetingDraftReaders(row.regionId),
        status: 'delivered',
        originalLanguage: row.language === 'ar' || row.language === 'en' ? row.language : null,
        title: Object.keys(row.title).length ? row.title : row.meetingTitle,
        summary: {},
        body: withFileText(row.body, row.extractedText, row.language),
        ...own,
        regions: [...new Set([...own.regions, ...(row.regionId ? [row.regionId] : [])])],
        year: day.getUTCFullYear(),
        publishedAt: isPublic ? day : null,
        updatedAt: row.updatedAt,
        path: `/statements/${row.id}`,
        isSample: row.isSample,
      };
    });
  },
});
