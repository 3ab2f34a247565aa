import { getMeeting } from '~/modules/meetings/get-meeting.server';
import type { Subject } from '~/permissions/resolver';
import { orErrorPage } from '~/platform/http/error-page';

export { versionOf } from '../plans/plan-forms.server';

/** The meeting for this reader, or the error page (404 for a draft that is not theirs). */
export const meetingFor = (subject: Subject, meetingId: string) =>
  orErrorPage(() => getMeeting({ subject, meetingId }));
