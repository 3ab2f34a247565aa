import { apiJson, apiNotFound } from '~/modules/api/responses';
import {
  publishedSyntheses,
  synthesisDocxPath,
} from '~/modules/reviews/contributions/published-synthesis.server';
import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import { presentCycleDetail } from '~/modules/reviews/listing/review-presenters';
import { guardPublic } from '~/permissions/guard.server';
import { anonymousSubject } from '~/permissions/resolver';
import { isAppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import type { Route } from './+types/review-cycle';

/**
 * One open or closed cycle: milestones, states in scope (with whether their review is published),
 * pinned template version, counts, and links.synthesisDocx (null until a synthesis is published).
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  try {
    const detail = await getCycle({ subject: anonymousSubject, cycleId: params.id });
    const synthesis = (await publishedSyntheses(getDb(), [detail.cycle.id])).get(detail.cycle.id);
    return apiJson(
      {
        data: presentCycleDetail(detail, {
          synthesisDocx: synthesis ? synthesisDocxPath(detail.cycle.id) : null,
        }),
      },
      { headers: { 'Cache-Control': 'public, max-age=60' } },
    );
  } catch (error) {
    if (isAppError(error) && error.status === 404) return apiNotFound();
    throw error;
  }
}
