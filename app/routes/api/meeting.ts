import { apiJson, apiNotFound } from '~/modules/api/responses';
import { getMeeting } from '~/modules/meetings/get-meeting.server';
import { presentMeeting } from '~/modules/meetings/meeting-presenter';
import { guardPublic } from '~/permissions/guard.server';
import { anonymousSubject } from '~/permissions/resolver';
import { AppError } from '~/platform/errors';
import type { Route } from './+types/meeting';

/** One published or cancelled meeting with its sessions and their objectives; drafts are 404. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  try {
    const view = await getMeeting({ subject: anonymousSubject, meetingId: params.id });
    return apiJson(
      { data: presentMeeting(view.meeting, view.sessions) },
      { headers: { 'Cache-Control': 'public, max-age=60' } },
    );
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return apiNotFound();
    throw error;
  }
}
