import { meetingLanguages } from '#db/schema/meeting-values';
import { filterError, parseEnumParam } from '~/modules/api/filter-error';
import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { listStatements } from '~/modules/meetings/list-statements.server';
import { parseObjectiveNumber } from '~/modules/reference/constants';
import { guardPublic } from '~/permissions/guard.server';
import { anonymousSubject } from '~/permissions/resolver';
import { isUuid } from '~/platform/uuid';
import type { Route } from './+types/statements';

/** The statements repository: statements of published meetings, newest first, filtered. */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const page = parsePagination(url, { maxLimit: 100, defaultLimit: 50 });
  const language = parseEnumParam(url, 'language', meetingLanguages);
  const rawObjective = url.searchParams.get('objective');
  const objective = rawObjective ? parseObjectiveNumber(rawObjective) : undefined;
  if (objective === null) throw filterError('objective', '1..23');
  const country = url.searchParams.get('country') || undefined;
  if (country && !/^[A-Za-z]{3}$/.test(country)) throw filterError('country', 'ISO3');
  const meeting = url.searchParams.get('meeting') || undefined;
  if (meeting && !isUuid(meeting)) throw filterError('meeting', 'UUID');
  const q = url.searchParams.get('q') || undefined;
  const { items, total } = await listStatements({
    subject: anonymousSubject,
    filters: { language, objective, country, meeting, q },
    withText: true,
    ...page,
  });
  return apiJson(
    listEnvelope(
      items.map(({ statement: s, meeting: m, objectives }) => ({
        id: s.id,
        meeting: { id: m.id, kind: m.kind, title: { ar: m.title.ar ?? null, en: m.title.en ?? null } },
        sessionId: s.sessionId,
        speakerKind: s.speakerKind,
        country: s.countryIso3,
        speakerName: s.speakerName || null,
        language: s.language,
        deliveredOn: s.deliveredOn,
        title: { ar: s.title.ar ?? null, en: s.title.en ?? null },
        text: { ar: s.body.ar ?? null, en: s.body.en ?? null },
        objectives,
      })),
      { ...page, total },
    ),
    { headers: { 'Cache-Control': 'public, max-age=60' } },
  );
}
