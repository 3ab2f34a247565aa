import { getMeeting } from '~/modules/meetings/get-meeting.server';
import type { Subject } from '~/permissions/resolver';
import { orErrorPage } from '~/platform/http/error-page';

export { versionOf } from '../plans/plan-forms.server';

/** Fields a meeting form sends as lists (checkbox groups), whatever their count. */
const listFields = new Set(['languages', 'objectives', 'coChairs', 'participatingCountries']);

/** Every field of the form as the domain's input; checkbox groups as lists. */
export function inputOf(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (key === '_csrf' || key === 'intent' || key === 'version') continue;
    const all = form.getAll(key).filter((v): v is string => typeof v === 'string');
    out[key] = listFields.has(key) ? all : (all[0] ?? '');
  }
  return out;
}

/** The meeting for this reader, or the error page (404 for a draft that is not theirs). */
export const meetingFor = (subject: Subject, meetingId: string) =>
  orErrorPage(() => getMeeting({ subject, meetingId }));
