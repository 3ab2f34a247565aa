import { data, redirect } from 'react-router';
import { synthesisPdf } from '~/modules/reviews/synthesis/synthesis-pdf.server';
import { guardPublic } from '~/permissions/guard.server';
import { isAppError } from '~/platform/errors';
import { contentDisposition } from '~/platform/http/content-disposition';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/synthesis-pdf';

/**
 * /{lang}/reviews/cycles/:cycleId/synthesis.pdf[?version=N] — a published version of the synthesis
 * report as PDF, printed by Chromium from the public page. Where Chromium is missing (or fails),
 * a redirect to the page's print view, which says how to save it as PDF from the browser.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  await guardPublic(request);
  const locale = langOf(params);
  const rawVersion = new URL(request.url).searchParams.get('version');
  if (rawVersion !== null && !/^[1-9]\d{0,5}$/.test(rawVersion))
    throw data({ code: 'notFound' }, { status: 404 });
  const number = rawVersion === null ? undefined : Number(rawVersion);
  let result: Awaited<ReturnType<typeof synthesisPdf>>;
  try {
    result = await synthesisPdf({ cycleId: params.cycleId, number, locale });
  } catch (error) {
    if (isAppError(error) && error.status === 404) {
      throw data(
        { code: error.code === 'synthesisNotPublished' ? 'synthesisNotPublished' : 'notFound' },
        { status: 404 },
      );
    }
    // Chromium failed, timed out or is busy: the print view still gives the reader a PDF.
    context.log.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'synthesis PDF fell back to print view',
    );
    const version = number === undefined ? '' : `version=${number}&`;
    return redirect(`/${locale}/reviews/cycles/${params.cycleId}/synthesis?${version}print=1`);
  }
  if (result.kind === 'print') {
    context.log.info({ reason: result.reason }, 'synthesis PDF: print view instead');
    return redirect(result.location);
  }
  return new Response(new Uint8Array(result.bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': contentDisposition(result.fileName),
      'Cache-Control': number === undefined ? 'public, max-age=60' : 'public, max-age=86400',
    },
  });
}
