import type { ReviewViewSection } from '~/modules/reviews/workflow/get-review-view.server';

/**
 * Server helpers shared by the review authoring and workflow pages (mine, new, review, edit,
 * section, editors, attachments, moderate, versions).
 */

/** The notice named in the query (?saved=1 → 'saved'), among those a page knows. */
export function noticeOf<T extends string>(request: Request, notices: readonly T[]): T | null {
  const search = new URL(request.url).searchParams;
  return notices.find((n) => search.has(n)) ?? null;
}

/** What the review text needs of each section (the reading and moderation pages send no more). */
export const sectionsForReader = (sections: ReviewViewSection[]) =>
  sections.map((s) => ({
    key: s.key,
    kind: s.kind,
    objective: s.objective,
    title: s.title,
    objectiveTitle: s.objectiveTitle,
    fields: s.fields,
    answer: s.answer,
  }));
