import { publicBaseUrl } from '~/modules/accounts/links.server';
import { filterError, parseEnumParam } from '~/modules/api/filter-error';
import { apiError, apiNotFound } from '~/modules/api/responses';
import { exportSynthesisDocx } from '~/modules/reviews/synthesis/synthesis-docx.server';
import { guardPublic } from '~/permissions/guard.server';
import { docxMimeType } from '~/platform/docx/docx-kit';
import { isAppError } from '~/platform/errors';
import { contentDisposition } from '~/platform/http/content-disposition';
import type { Route } from './+types/review-cycle-synthesis-docx';

/**
 * GET /api/v1/review-cycles/:id/synthesis.docx?lang=ar|en[&version=N]: the cycle's published
 * synthesis report (the latest version unless `version` is given) as a Word document, right-to-left
 * in Arabic. The cycle API's links.synthesisDocx points here. 404 JSON while nothing is published.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const locale = parseEnumParam(url, 'lang', ['ar', 'en'] as const) ?? 'ar';
  const rawVersion = url.searchParams.get('version');
  if (rawVersion !== null && !/^[1-9]\d{0,5}$/.test(rawVersion)) throw filterError('version', '1..999999');
  try {
    const file = await exportSynthesisDocx({
      cycleId: params.id,
      number: rawVersion === null ? undefined : Number(rawVersion),
      locale,
      baseUrl: publicBaseUrl(),
    });
    return new Response(file.bytes, {
      headers: {
        'Content-Type': docxMimeType,
        'Content-Disposition': contentDisposition(file.displayName, { fallback: file.fileName }),
        // A published version never changes; "latest" may move when a new version is published.
        'Cache-Control': rawVersion === null ? 'public, max-age=60' : 'public, max-age=86400',
        'Access-Control-Allow-Origin': '*',
        'X-Synthesis-Version': String(file.number),
      },
    });
  } catch (error) {
    if (isAppError(error) && error.code === 'synthesisNotPublished') {
      return apiError(404, {
        code: 'synthesisNotPublished',
        message: 'No version of this synthesis report is published yet.',
      });
    }
    if (isAppError(error) && error.status === 404) return apiNotFound();
    throw error;
  }
}
