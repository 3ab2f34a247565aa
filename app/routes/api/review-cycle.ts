import { apiJson, apiNotFound } from '~/modules/api/responses';
import {
  publishedSyntheses,
  synthesisDocxPath,
} from '~/modules/reviews/contributions/published-synthesis.server';
import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import { listCycleForwardings } from '~/modules/reviews/forwarding/forwarding-records.server';
import { presentCycleDetail } from '~/modules/reviews/listing/review-presenters';
import { guardPublic } from '~/permissions/guard.server';
import { anonymousSubject } from '~/permissions/resolver';
import { readTogether } from '~/platform/db.server';
import { isAppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import type { Route } from './+types/review-cycle';

/**
 * One open or closed cycle: milestones, states in scope (with whether their review is published),
 * pinned template version, counts, the documents forwarded to the IMRF (forwardedToImrf), and
 * links.synthesisDocx (null until a synthesis is published).
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  try {
    const detail = await getCycle({ subject: anonymousSubject, cycleId: params.id });
    const db = getDb();
    const [syntheses, forwardings] = await readTogether(db, [
      () => publishedSyntheses(db, [detail.cycle.id]),
      () => listCycleForwardings(db, [detail.cycle.id]),
    ]);
    const synthesis = syntheses.get(detail.cycle.id);
    return apiJson(
      {
        data: presentCycleDetail(
          detail,
          { synthesisDocx: synthesis ? synthesisDocxPath(detail.cycle.id) : null },
          forwardings.get(detail.cycle.id) ?? [],
        ),
      },
      { headers: { 'Cache-Control': 'public, max-age=60' } },
    );
  } catch (error) {
    if (isAppError(error) && error.status === 404) return apiNotFound();
    throw error;
  }
}
