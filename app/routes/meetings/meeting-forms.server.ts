import { getMeeting } from '~/modules/meetings/get-meeting.server';
import type { Subject } from '~/permissions/resolver';
import { formInput } from '~/platform/forms/paths';
import { orErrorPage } from '~/platform/http/error-page';

export { versionOf } from '../plans/plan-forms.server';

/** Every field of the form as the domain's input (checkbox groups become lists in the schema). */
export const inputOf = (form: FormData) => formInput(form, { omit: ['intent', 'version'] });

/** The meeting for this reader, or the error page (404 for a draft that is not theirs). */
export const meetingFor = (subject: Subject, meetingId: string) =>
  orErrorPage(() => getMeeting({ subject, meetingId }));
