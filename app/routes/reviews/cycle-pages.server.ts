/** Helpers shared by the review-cycle pages (cycles, templates, tracker, outcome). */

/**
 * The `extra` of the kit's attemptForm on these pages: which of the page's forms was sent, so a
 * refusal is shown on that form only.
 */
export const sentIntent = (form: FormData) => ({ intent: String(form.get('intent') ?? '') });

/** A notice named in the query string (?notice=created), if it is one the page knows. */
export function noticeOf<T extends string>(request: Request, known: readonly T[]): T | null {
  const notice = new URL(request.url).searchParams.get('notice');
  return (known as readonly (string | null)[]).includes(notice) ? (notice as T) : null;
}
