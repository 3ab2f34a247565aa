import { apiJson, apiNotFound } from '~/modules/api/responses';
import { listBackgroundNotes } from '~/modules/meetings/background-note-records.server';
import { getMeeting } from '~/modules/meetings/get-meeting.server';
import { presentMeetingDetail } from '~/modules/meetings/meeting-presenter';
import { listMeetingDocuments } from '~/modules/meetings/outcome/get-documents.server';
import { listRegionalInputs } from '~/modules/reviews/forwarding/forwarding-records.server';
import { presentRegionalInput } from '~/modules/reviews/listing/review-presenters';
import { guardPublic } from '~/permissions/guard.server';
import { anonymousSubject } from '~/permissions/resolver';
import { readTogether } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { getDb } from '~/platform/platform.server';
import type { Route } from './+types/meeting';

/**
 * One published or cancelled meeting with its sessions (their objectives and background notes) and
 * its adopted documents; drafts are 404. An IMRF meeting also lists its regionalInputs (documents
 * regional reviews forwarded to it); null for other kinds.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  try {
    const view = await getMeeting({ subject: anonymousSubject, meetingId: params.id });
    const db = getDb();
    const [inputs, documents, notes] = await readTogether(db, [
      () =>
        view.meeting.kind === 'imrf'
          ? listRegionalInputs(db, view.meeting.id).then((rows) => rows.map(presentRegionalInput))
          : null,
      () => listMeetingDocuments({ db, subject: anonymousSubject, meetingId: view.meeting.id }),
      () =>
        listBackgroundNotes(
          db,
          view.sessions.map((s) => s.id),
        ),
    ]);
    const published = documents.published.map((d) => ({ ...d, path: d.path! }));
    const detail = presentMeetingDetail(view.meeting, view.sessions, { notes, documents: published });
    return apiJson(
      { data: { ...detail, regionalInputs: inputs } },
      { headers: { 'Cache-Control': 'public, max-age=60' } },
    );
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return apiNotFound();
    throw error;
  }
}
