import { data } from 'react-router';
import { loadSynthesisCycle } from '~/modules/reviews/synthesis/load-synthesis-input.server';
import { canEditSynthesis } from '~/modules/reviews/synthesis/synthesis-policy';
import { guard } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';

/** The cycle whose synthesis figures the viewer edits (those who may edit its synthesis), else 403/404. */
export async function figuresCycle(request: Request, cycleId: string) {
  const viewer = await guard(request, 'reviews.moderate');
  const cycle = await orErrorPage(() => loadSynthesisCycle(getDb(), cycleId));
  if (!canEditSynthesis(viewer.subject, cycle)) throw data({ code: 'forbidden' }, { status: 403 });
  return { viewer, cycle };
}
