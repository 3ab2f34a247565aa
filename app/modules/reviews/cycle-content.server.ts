import { and, eq, inArray, isNotNull, like, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { contentItems } from '#db/schema/content';
import { reviewOutcomes, reviewOutcomeVersions } from '#db/schema/review-outcomes';
import { reviewSynthesisReports } from '#db/schema/review-synthesis';
import { reviewCycles, reviewMilestones } from '#db/schema/reviews';
import { yearOf } from '~/modules/content/content-tags.server';
import { type ContentType, defineContentType } from '~/modules/content/content-type';
import { syncContent } from '~/modules/content/sync-content.server';
import type { DbOrTx } from '~/platform/db.server';
import { documentParagraphs } from '~/platform/text/document-paragraphs';
import { isUuid } from '~/platform/uuid';
import { syncCycleContributions } from './contributions/contribution-content.server';
import { draftCycleReaders, outcomeDraftReaders } from './cycles/cycle-policy';
import { synthesisDraftReaders } from './synthesis/synthesis-policy';

const hasText = (t: Translated) => Boolean(t.ar?.trim() || t.en?.trim());

async function cyclesOf(db: DbOrTx, ids: readonly string[]) {
  const valid = ids.filter(isUuid);
  if (!valid.length) return [];
  return db
    .select({
      id: reviewCycles.id,
      title: reviewCycles.title,
      regionId: reviewCycles.regionId,
      status: reviewCycles.status,
      isSample: reviewCycles.isSample,
    })
    .from(reviewCycles)
    .where(inArray(reviewCycles.id, valid));
}

/**
 * A cycle's regional synthesis report (id: the cycle's): public once a version is published; until
 * then its draft is the secretariat's (synthesis-policy.ts).
 */
export const synthesisContent = defineContentType({
  key: 'synthesis',
  version: 1,
  async allIds(db) {
    const rows = await db.selectDistinct({ id: reviewSynthesisReports.cycleId }).from(reviewSynthesisReports);
    return rows.map((r) => r.id);
  },
  async project(db, ids) {
    const cycles = await cyclesOf(db, ids);
    if (!cycles.length) return [];
    const reports = await db
      .select({
        cycleId: reviewSynthesisReports.cycleId,
        published: sql<number>`count(*) filter (where ${reviewSynthesisReports.status} = 'published')::int`,
        firstPublishedAt: sql<Date | null>`min(${reviewSynthesisReports.publishedAt})`,
        updatedAt: sql<Date>`max(${reviewSynthesisReports.updatedAt})`,
      })
      .from(reviewSynthesisReports)
      .where(
        inArray(
          reviewSynthesisReports.cycleId,
          cycles.map((c) => c.id),
        ),
      )
      .groupBy(reviewSynthesisReports.cycleId);
    return reports.map((report) => {
      const cycle = cycles.find((c) => c.id === report.cycleId)!;
      const isPublic = Number(report.published) > 0;
      const publishedAt = report.firstPublishedAt ? new Date(report.firstPublishedAt) : null;
      return {
        id: cycle.id,
        visibility: isPublic ? 'public' : 'restricted',
        readers: isPublic ? [] : synthesisDraftReaders(cycle.regionId),
        status: isPublic ? 'published' : 'draft',
        originalLanguage: null,
        title: cycle.title,
        summary: {},
        body: {},
        objectives: [],
        principles: [],
        countries: [],
        regions: [cycle.regionId],
        year: yearOf(publishedAt),
        publishedAt,
        updatedAt: new Date(report.updatedAt),
        path: `/reviews/cycles/${cycle.id}/synthesis`,
        isSample: cycle.isSample,
      };
    });
  },
});

/** A cycle's outcome document (id: the cycle's): public once published, with the published version's text. */
export const outcomeDocumentContent = defineContentType({
  key: 'outcome_document',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: reviewOutcomes.cycleId }).from(reviewOutcomes)).map((r) => r.id);
  },
  async project(db, ids) {
    const cycles = await cyclesOf(db, ids);
    if (!cycles.length) return [];
    const outcomes = await db
      .select({
        cycleId: reviewOutcomes.cycleId,
        title: reviewOutcomes.title,
        publishedVersion: reviewOutcomes.publishedVersion,
        publishedAt: reviewOutcomes.publishedAt,
        updatedAt: reviewOutcomes.updatedAt,
        isSample: reviewOutcomes.isSample,
        publishedTitle: reviewOutcomeVersions.title,
        publishedBody: reviewOutcomeVersions.body,
      })
      .from(reviewOutcomes)
      .leftJoin(
        reviewOutcomeVersions,
        and(
          eq(reviewOutcomeVersions.outcomeId, reviewOutcomes.id),
          eq(reviewOutcomeVersions.number, reviewOutcomes.publishedVersion),
        ),
      )
      .where(
        inArray(
          reviewOutcomes.cycleId,
          cycles.map((c) => c.id),
        ),
      );
    return outcomes.map((outcome) => {
      const cycle = cycles.find((c) => c.id === outcome.cycleId)!;
      const isPublic = outcome.publishedVersion !== null;
      return {
        id: cycle.id,
        visibility: isPublic ? 'public' : 'restricted',
        readers: isPublic ? [] : outcomeDraftReaders(cycle.regionId),
        status: isPublic ? 'published' : 'draft',
        originalLanguage: null,
        title: (isPublic ? outcome.publishedTitle : null) ?? outcome.title,
        summary: {},
        body: isPublic ? (outcome.publishedBody ?? {}) : {},
        objectives: [],
        principles: [],
        countries: [],
        regions: [cycle.regionId],
        year: yearOf(outcome.publishedAt),
        publishedAt: outcome.publishedAt,
        updatedAt: outcome.updatedAt,
        path: `/reviews/cycles/${cycle.id}/outcome`,
        isSample: outcome.isSample || cycle.isSample,
      };
    });
  },
});

/** Content index id of one paragraph of a cycle's published outcome document. */
const paragraphItemId = (cycleId: string, eId: string) => `${cycleId}/${eId}`;

/**
 * Each paragraph of a published outcome document (id: `<cycle>/<eId>`), at its own page, so search
 * finds the paragraph a reader means and citations point at it. Public with the published version;
 * a paragraph the next published version drops leaves the index (syncCycleContent).
 */
export const outcomeParagraphContent = defineContentType({
  key: 'outcome_paragraph',
  version: 1,
  async allIds(db) {
    const rows = await publishedOutcomes(db, null);
    return rows.flatMap((row) =>
      documentParagraphs(row.body, row.paragraphIds).map((p) => paragraphItemId(row.cycleId, p.eId)),
    );
  },
  async project(db, ids) {
    const wanted = new Map<string, Set<string>>();
    for (const id of ids) {
      const [cycleId, eId] = id.split('/');
      if (!cycleId || !eId || !isUuid(cycleId)) continue;
      wanted.set(cycleId, (wanted.get(cycleId) ?? new Set()).add(eId));
    }
    if (!wanted.size) return [];
    const cycles = await cyclesOf(db, [...wanted.keys()]);
    const rows = await publishedOutcomes(db, [...wanted.keys()]);
    return rows.flatMap((row) => {
      const cycle = cycles.find((c) => c.id === row.cycleId);
      if (!cycle) return [];
      const start = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);
      return documentParagraphs(row.body, row.paragraphIds)
        .filter((p) => wanted.get(row.cycleId)?.has(p.eId))
        .map((p) => ({
          id: paragraphItemId(row.cycleId, p.eId),
          visibility: 'public' as const,
          readers: [],
          status: 'published',
          originalLanguage: null,
          title: { ar: start(p.ar), en: start(p.en) },
          summary: hasText(row.title) ? row.title : cycle.title,
          body: { ar: p.ar, en: p.en },
          objectives: [],
          principles: [],
          countries: [],
          regions: [cycle.regionId],
          year: yearOf(row.publishedAt),
          publishedAt: row.publishedAt,
          updatedAt: row.updatedAt,
          path: `/reviews/cycles/${row.cycleId}/outcome/paragraphs/${p.eId}`,
          isSample: row.isSample || cycle.isSample,
        }));
    });
  },
});

/** The published versions of outcome documents (of some cycles, or of all). */
function publishedOutcomes(db: DbOrTx, cycleIds: string[] | null) {
  return db
    .select({
      cycleId: reviewOutcomes.cycleId,
      title: reviewOutcomeVersions.title,
      body: reviewOutcomeVersions.body,
      paragraphIds: reviewOutcomeVersions.paragraphIds,
      publishedAt: reviewOutcomes.publishedAt,
      updatedAt: reviewOutcomes.updatedAt,
      isSample: reviewOutcomes.isSample,
    })
    .from(reviewOutcomes)
    .innerJoin(
      reviewOutcomeVersions,
      and(
        eq(reviewOutcomeVersions.outcomeId, reviewOutcomes.id),
        eq(reviewOutcomeVersions.number, reviewOutcomes.publishedVersion),
      ),
    )
    .where(cycleIds ? inArray(reviewOutcomes.cycleId, cycleIds) : undefined);
}

/**
 * Summaries of a cycle's consultations (milestones with a summary), shown on its contributions page:
 * public with the cycle; a draft cycle's only for its secretariat (cycle-policy.ts).
 */
export const consultationSummaryContent = defineContentType({
  key: 'consultation_summary',
  version: 1,
  async allIds(db) {
    return (await db.select({ id: reviewMilestones.id }).from(reviewMilestones)).map((r) => r.id);
  },
  async project(db, ids) {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await db
      .select({
        id: reviewMilestones.id,
        cycleId: reviewMilestones.cycleId,
        position: reviewMilestones.position,
        kind: reviewMilestones.kind,
        title: reviewMilestones.title,
        summary: reviewMilestones.summary,
        startsOn: reviewMilestones.startsOn,
        regionId: reviewCycles.regionId,
        cycleStatus: reviewCycles.status,
        cycleUpdatedAt: reviewCycles.updatedAt,
        isSample: reviewCycles.isSample,
      })
      .from(reviewMilestones)
      .innerJoin(reviewCycles, eq(reviewCycles.id, reviewMilestones.cycleId))
      .where(and(inArray(reviewMilestones.id, valid), isNotNull(reviewMilestones.summary)));
    return rows
      .filter((row) => hasText(row.summary))
      .map((row) => {
        const isPublic = row.cycleStatus !== 'draft';
        const day = new Date(`${row.startsOn}T00:00:00Z`);
        return {
          id: row.id,
          visibility: isPublic ? 'public' : 'restricted',
          readers: isPublic ? [] : draftCycleReaders(row.regionId),
          status: row.kind,
          originalLanguage: null,
          title: row.title,
          summary: row.summary,
          body: {},
          objectives: [],
          principles: [],
          countries: [],
          regions: [row.regionId],
          year: day.getUTCFullYear(),
          publishedAt: day,
          updatedAt: row.cycleUpdatedAt,
          path: `/reviews/cycles/${row.cycleId}/contributions#milestone-${row.position}`,
          isSample: row.isSample,
        };
      });
  },
});

/**
 * Re-projects what a cycle holds beside its reviews — synthesis, outcome document, consultation
 * summaries, recorded contributions (public with the synthesis) — after any write to the cycle, its milestones, synthesis or outcome. Milestones are
 * replaced on every save of the cycle, so summaries of milestones gone leave the index here.
 */
export async function syncCycleContent(db: DbOrTx, cycleId: string) {
  if (!isUuid(cycleId)) return;
  await syncContent(db, synthesisContent, [cycleId]);
  await syncContent(db, outcomeDocumentContent, [cycleId]);
  await syncIndexedUnder(db, outcomeParagraphContent, `/reviews/cycles/${cycleId}/outcome/paragraphs/`, [
    ...(await publishedOutcomes(db, [cycleId])).flatMap((row) =>
      documentParagraphs(row.body, row.paragraphIds).map((p) => paragraphItemId(cycleId, p.eId)),
    ),
  ]);
  await syncCycleContributions(db, cycleId);
  const milestones = await db
    .select({ id: reviewMilestones.id })
    .from(reviewMilestones)
    .where(eq(reviewMilestones.cycleId, cycleId));
  await syncIndexedUnder(
    db,
    consultationSummaryContent,
    `/reviews/cycles/${cycleId}/`,
    milestones.map((m) => m.id),
  );
}

/**
 * Re-projects the items of one type that exist now (`current`) and those indexed under a page path
 * (`pathPrefix`), so items that no longer exist leave the index.
 */
async function syncIndexedUnder(db: DbOrTx, type: ContentType, pathPrefix: string, current: string[]) {
  const indexed = await db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(and(eq(contentItems.type, type.key), like(contentItems.path, `${pathPrefix}%`)));
  await syncContent(db, type, [...new Set([...current, ...indexed.map((r) => r.id)])]);
}
