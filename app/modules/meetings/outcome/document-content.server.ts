import { and, eq, inArray } from 'drizzle-orm';
import { meetingDocumentPath, meetingDocuments, meetingDocumentVersions } from '#db/schema/meeting-documents';
import { meetings } from '#db/schema/meetings';
import { yearOf } from '~/modules/content/content-tags.server';
import { defineContentType } from '~/modules/content/content-type';
import { isUuid } from '~/platform/uuid';
import { meetingDraftReaders } from '../meeting-policy';

/**
 * Meeting documents (declaration, outcome, summaries) in the content index: public once a version
 * is adopted and the meeting is published, with the adopted text (so search finds its words);
 * before, only for the meeting's organisers. Paragraph citations name these items.
 */
export const meetingDocumentContent = defineContentType({
  key: 'meeting_document',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: meetingDocuments.id }).from(meetingDocuments)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db
      .select({
        doc: meetingDocuments,
        meetingStatus: meetings.status,
        regionId: meetings.regionId,
        meetingSample: meetings.isSample,
        publishedTitle: meetingDocumentVersions.title,
        publishedBody: meetingDocumentVersions.body,
      })
      .from(meetingDocuments)
      .innerJoin(meetings, eq(meetings.id, meetingDocuments.meetingId))
      .leftJoin(
        meetingDocumentVersions,
        and(
          eq(meetingDocumentVersions.documentId, meetingDocuments.id),
          eq(meetingDocumentVersions.number, meetingDocuments.publishedVersion),
        ),
      )
      .where(inArray(meetingDocuments.id, valid));
    return rows.map(({ doc, ...row }) => {
      const isPublic = doc.publishedVersion !== null && row.meetingStatus !== 'draft';
      return {
        id: doc.id,
        visibility: isPublic ? 'public' : 'restricted',
        readers: isPublic ? [] : meetingDraftReaders(row.regionId),
        status: doc.kind,
        originalLanguage: null,
        title: (isPublic ? row.publishedTitle : null) ?? doc.title,
        summary: {},
        body: isPublic ? (row.publishedBody ?? {}) : {},
        objectives: [],
        principles: [],
        countries: [],
        regions: row.regionId ? [row.regionId] : [],
        year: yearOf(doc.publishedAt),
        publishedAt: isPublic ? doc.publishedAt : null,
        updatedAt: doc.updatedAt,
        path: meetingDocumentPath(doc),
        isSample: doc.isSample || row.meetingSample,
      };
    });
  },
});
