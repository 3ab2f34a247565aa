import { data } from 'react-router';
import type { ReviewViewSection } from '~/modules/reviews/workflow/get-review-view.server';
import { isAppError } from '~/platform/errors';
import { type FieldError, formFailure, formValues, type SubmissionResult } from '~/platform/forms.server';

/**
 * Server helpers shared by the review authoring and workflow pages (mine, new, review, edit,
 * section, editors, attachments, moderate, versions).
 */

/** Loader helper: a coded domain error (notFound, forbidden, …) becomes the error page with its status. */
export async function orErrorPage<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isAppError(error)) throw data({ code: error.code }, { status: error.status });
    throw error;
  }
}

/**
 * Action helper: a refused operation answers with the form's values and the error, beside its field
 * when the error names one (details.field), with the error's status. notFound and forbidden become
 * the error page. Other errors are rethrown.
 */
export function refusal(form: FormData, error: unknown, extra: Record<string, unknown> = {}) {
  if (!isAppError(error)) throw error;
  if (error.code === 'notFound' || error.code === 'forbidden') {
    throw data({ code: error.code }, { status: error.status });
  }
  const e: FieldError = { code: error.code, params: error.params };
  const field = (error.details as { field?: unknown } | undefined)?.field;
  const result: SubmissionResult =
    typeof field === 'string'
      ? { status: 'error', values: formValues(form), fieldErrors: { [field]: [e] } }
      : formFailure(form, e);
  return data({ ...result, ...extra }, { status: error.status });
}

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
