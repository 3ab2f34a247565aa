import { meetingKinds } from '#db/schema/meeting-values';
import { filterError, parseEnumParam } from '~/modules/api/filter-error';
import { meetingsCalendar } from '~/modules/meetings/meeting-calendar.server';
import { getRegion } from '~/modules/reference/get-region.server';
import type { Route } from './+types/calendar-ics';
import { calendarContext, calendarResponse, dayParam } from './calendar-response.server';

/**
 * All public meetings as an iCalendar feed (`/{lang}/meetings/calendar.ics`), for download or a
 * `webcal://` subscription: `kind`, `region`, `from` and `to` (YYYY-MM-DD) narrow it.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await calendarContext(request, params.lang);
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
