import { listEnvelope } from '~/modules/api/list-envelope';
import { parsePagination } from '~/modules/api/parse-pagination';
import { apiJson } from '~/modules/api/responses';
import { presentConceptNote } from '~/modules/funding/funding-presenter';
import { listConceptNotes } from '~/modules/funding/list-concept-notes.server';
import { guardPublic } from '~/permissions/guard.server';
import { anonymousSubject } from '~/permissions/resolver';
import type { Route } from './+types/funding-concept-notes';

/** The published pipeline only, whoever asks: in pipeline, selected, funded and closed concept notes. */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const page = parsePagination(new URL(request.url), { maxLimit: 100, defaultLimit: 50 });
  const { items, total } = await listConceptNotes({ subject: anonymousSubject, publicOnly: true, ...page });
  return apiJson(listEnvelope(items.map(presentConceptNote), { ...page, total }), {
    headers: { 'Cache-Control': 'public, max-age=60' },
  });
}
