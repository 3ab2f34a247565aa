import { meetingCalendar } from '~/modules/meetings/meeting-calendar.server';
import { orErrorPage } from '~/platform/http/error-page';
import type { Route } from './+types/meeting-calendar-ics';
import { calendarContext, calendarResponse } from './calendar-response.server';

/** One public meeting and its sessions as an iCalendar file (`/{lang}/meetings/:id/calendar.ics`). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const ctx = await calendarContext(request, params.lang);
  const text = await orErrorPage(() => meetingCalendar({ ...ctx, meetingId: params.id }));
  return calendarResponse(text, `meeting-${params.id}.ics`);
}
