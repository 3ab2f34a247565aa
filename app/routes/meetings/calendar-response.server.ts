import { filterError } from '~/modules/api/filter-error';
import { guardPublic } from '~/permissions/guard.server';
import { contentDisposition } from '~/platform/http/content-disposition';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { langOf } from '../accounts/shared.server';

/** What a calendar is written with: the reader's language, the configured public origin. */
export async function calendarContext(request: Request, lang: string | undefined) {
  await guardPublic(request);
  const origin = siteOrigin(request);
  return { i18n: serverI18n(langOf({ lang })), origin, uidDomain: new URL(origin).hostname };
}

/** A YYYY-MM-DD query parameter (a real day), undefined when absent. */
export function dayParam(url: URL, field: string): string | undefined {
  const raw = url.searchParams.get(field);
  if (!raw) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== raw) {
    throw filterError(field, 'YYYY-MM-DD');
  }
  return raw;
}

export function calendarResponse(text: string, fileName: string): Response {
  return new Response(text, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': contentDisposition(fileName),
      // Calendars poll: a short public cache spares the database, the feed says to refresh every 6 h.
      'Cache-Control': 'public, max-age=300',
    },
  });
}
