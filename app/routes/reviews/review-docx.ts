import { data } from 'react-router';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { loadReviewDocument } from '~/modules/reviews/docx/review-document.server';
import { renderReviewDocx } from '~/modules/reviews/docx/review-docx';
import { guardPublic } from '~/permissions/guard.server';
import { docxMimeType } from '~/platform/docx/docx-kit';
import { isAppError } from '~/platform/errors';
import { contentDisposition } from '~/platform/http/content-disposition';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/review-docx';

/**
 * /{lang}/reviews/:reviewId/download.docx — the full text of a published review as a Word document
 * in the reader's language (right-to-left when Arabic). Anything not published answers 404, for
 * everyone: drafts and submitted versions are read on the site, never exported.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const locale = langOf(params);
  let document: Awaited<ReturnType<typeof loadReviewDocument>>;
  try {
    document = await loadReviewDocument({ reviewId: params.reviewId });
  } catch (error) {
    if (isAppError(error) && error.status === 404) throw data({ code: 'notFound' }, { status: 404 });
    throw error;
  }
  const bytes = await renderReviewDocx({
    data: document,
    i18n: serverI18n(locale),
    baseUrl: publicBaseUrl(),
  });
  const i18n = serverI18n(locale);
  const author = i18n.pick(document.author).text;
  return new Response(bytes, {
    headers: {
      'Content-Type': docxMimeType,
      'Content-Disposition': contentDisposition(`${author || i18n.pick(document.title).text}.docx`, {
        fallback: `marsad-review-${document.reviewId.slice(0, 8)}-${locale}.docx`,
      }),
      'Cache-Control': 'no-store',
    },
  });
}
