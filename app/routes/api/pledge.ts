import { apiJson, apiNotFound } from '~/modules/api/responses';
import { getPledge } from '~/modules/pledges/get-pledge.server';
import { presentPledgeDetail } from '~/modules/pledges/pledge-presenter';
import { guardPublic } from '~/permissions/guard.server';
import { anonymousSubject } from '~/permissions/resolver';
import { AppError } from '~/platform/errors';
import type { Route } from './+types/pledge';

/** One published or closed pledge; anything else (draft, in review, unknown) is 404 here. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  try {
    // The public API answers as an anonymous reader would, whoever calls it.
    const detail = await getPledge({ subject: anonymousSubject, pledgeId: params.id });
    if (detail.pledge.status !== 'published' && detail.pledge.status !== 'closed') return apiNotFound();
    return apiJson(
      { data: presentPledgeDetail(detail) },
      { headers: { 'Cache-Control': 'public, max-age=60' } },
    );
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return apiNotFound();
    throw error;
  }
}
