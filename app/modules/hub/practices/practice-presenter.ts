import type { PracticeListItem } from './list-practices.server';

/**
 * An approved practice in the JSON API. Built field by field from the list item, which never carries
 * the contact person: nothing personal can leave by a new column.
 */
export const presentPracticeListItem = (p: PracticeListItem) => ({
  id: p.id,
  title: p.title,
  summary: p.summary,
  originalLanguage: p.originalLanguage,
  stage: p.stage,
  promising: p.promising,
  implementers: p.implementers,
  period: { start: p.startDate, end: p.endDate },
  implementedAfterDecember2018: p.afterDecember2018,
  isGlobal: p.isGlobal,
  objectives: p.objectives,
  principles: p.principles,
  countries: p.countries,
  regions: p.regions,
  callId: p.callId,
  publishedAt: p.publishedAt ? p.publishedAt.toISOString() : null,
  path: `/hub/practices/${p.id}`,
  isSample: p.isSample,
});
