import { meetingKinds } from '#db/schema/meeting-values';
import { filterError, parseEnumParam } from '~/modules/api/filter-error';
import { meetingsCalendar } from '~/modules/meetings/meeting-calendar.server';
import { getRegion } from '~/modules/reference/get-region.server';
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

/**
 * All public meetings as one iCalendar feed, in `lang`: `kind`, `region`, `from` and `to`
 * (YYYY-MM-DD) narrow it. Served at /{lang}/meetings/calendar.ics and /api/v1/meetings.ics.
 */
export async function allMeetingsCalendar(request: Request, lang: string | undefined): Promise<Response> {
  const ctx = await calendarContext(request, lang);
  const url = new URL(request.url);
  const kind = parseEnumParam(url, 'kind', meetingKinds);
  const regionId = url.searchParams.get('region') || undefined;
  const region = regionId ? await getRegion({ id: regionId }) : null;
  if (regionId && !region) throw filterError('region', 'a region id (GET /api/v1/regions)');
  const filters = { kind, region: region?.id, from: dayParam(url, 'from'), to: dayParam(url, 'to') };
  const name = [
    ctx.i18n.t('meetings.calendar.name'),
    kind ? ctx.i18n.t(`meetings.kind.${kind}`) : null,
    region ? ctx.i18n.pick(region.name).text : null,
  ]
    .filter(Boolean)
    .join(' — ');
  return calendarResponse(await meetingsCalendar({ ...ctx, filters, name }), 'meetings.ics');
}
