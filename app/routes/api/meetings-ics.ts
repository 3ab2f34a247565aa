import { filterError } from '~/modules/api/filter-error';
import { allMeetingsCalendar } from '../meetings/calendar-response.server';
import type { Route } from './+types/meetings-ics';

/**
 * `GET /api/v1/meetings.ics`: the all-meetings calendar for programs, with the same filters as the
 * meetings list (`kind`, `region`, `from`, `to`); `lang` (ar or en, default en) names its texts.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const lang = new URL(request.url).searchParams.get('lang') ?? 'en';
  if (lang !== 'ar' && lang !== 'en') throw filterError('lang', ['ar', 'en']);
  return allMeetingsCalendar(request, lang);
}
