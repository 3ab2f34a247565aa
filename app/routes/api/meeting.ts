import { apiJson, apiNotFound } from '~/modules/api/responses';
import { getMeeting } from '~/modules/meetings/get-meeting.server';
import { presentMeeting } from '~/modules/meetings/meeting-presenter';
import { listRegionalInputs } from '~/modules/reviews/forwarding/forwarding-records.server';
import { presentRegionalInput } from '~/modules/reviews/listing/review-presenters';
import { guardPublic } from '~/permissions/guard.server';
import { anonymousSubject } from '~/permissions/resolver';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import type { Route } from './+types/meeting';

/**
 * One published or cancelled meeting with its sessions and their objectives; drafts are 404. An
 * IMRF meeting also lists its regionalInputs (documents regional reviews forwarded to it); null for
 * other kinds.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  try {
    const view = await getMeeting({ subject: anonymousSubject, meetingId: params.id });
    const inputs =
      view.meeting.kind === 'imrf'
        ? (await listRegionalInputs(getDb(), view.meeting.id)).map(presentRegionalInput)
        : null;
    return apiJson(
      { data: { ...presentMeeting(view.meeting, view.sessions), regionalInputs: inputs } },
      { headers: { 'Cache-Control': 'public, max-age=60' } },
    );
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return apiNotFound();
    throw error;
  }
}
