import { apiJson, apiNotFound } from '~/modules/api/responses';
import { coverageDefinitions, coverageNoteTexts } from '~/modules/coverage/coverage-definitions';
import { coverageFromUrl } from '~/modules/coverage/coverage-request.server';
import { guardPublic } from '~/permissions/guard.server';
import type { Route } from './+types/coverage';

/** GET /api/v1/coverage?by=region|country&region=&kind=: the radar's matrix, least-covered objectives and yearly trend. */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const matrix = await coverageFromUrl(new URL(request.url));
  if (!matrix) return apiNotFound();
  return apiJson({
    data: { ...matrix, note: coverageNoteTexts(matrix.note), definitions: coverageDefinitions },
  });
}
