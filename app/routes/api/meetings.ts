import { z } from 'zod';
import { meetingKinds } from '#db/schema/meeting-values';
import { filterError, parseEnumParam } from '~/modules/api/filter-error';
import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { listMeetings } from '~/modules/meetings/list-meetings.server';
import { presentMeeting } from '~/modules/meetings/meeting-presenter';
import { listRegionIds } from '~/modules/reference/list-regions.server';
import { guardPublic } from '~/permissions/guard.server';
import { anonymousSubject } from '~/permissions/resolver';
import type { Route } from './+types/meetings';

// A real calendar day: 2026-02-30 is refused here, before it reaches the database.
const day = z.iso.date();

/** Published and cancelled meetings with their sessions (each with objectives), earliest first. */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const page = parsePagination(url, { maxLimit: 100, defaultLimit: 50 });
  const kind = parseEnumParam(url, 'kind', meetingKinds);
  const region = url.searchParams.get('region') || undefined;
  if (region) {
    const ids = await listRegionIds();
    if (!ids.includes(region)) throw filterError('region', ids);
  }
  const from = url.searchParams.get('from') || undefined;
  const to = url.searchParams.get('to') || undefined;
  if (from && !day.safeParse(from).success) throw filterError('from', 'YYYY-MM-DD');
  if (to && !day.safeParse(to).success) throw filterError('to', 'YYYY-MM-DD');
  // The public API answers as an anonymous reader would, whoever calls it.
  const { items, total } = await listMeetings({
    subject: anonymousSubject,
    filters: { kind, region, from, to },
    ...page,
  });
  return apiJson(
    listEnvelope(
      items.map((i) => presentMeeting(i.meeting, i.sessions)),
      { ...page, total },
    ),
    { headers: { 'Cache-Control': 'public, max-age=60' } },
  );
}
