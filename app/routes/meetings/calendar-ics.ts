import type { Route } from './+types/calendar-ics';
import { allMeetingsCalendar } from './calendar-response.server';

/**
 * All public meetings as an iCalendar feed (`/{lang}/meetings/calendar.ics`), for download or a
 * `webcal://` subscription: `kind`, `region`, `from` and `to` (YYYY-MM-DD) narrow it.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  return allMeetingsCalendar(request, params.lang);
}
