import { data } from 'react-router';
import { canRecordActivity } from '~/modules/instruments/instruments-policy';
import { findMechanism, mechanismScope } from '~/modules/instruments/mechanisms/mechanism-records.server';
import { guard } from '~/permissions/guard.server';
import { getDb } from '~/platform/platform.server';

/**
 * The mechanism of a page where activities are recorded, for a viewer who may record them: 404 for an
 * unknown mechanism, 403 for one outside the viewer's regions.
 */
export async function mechanismForRecorder(request: Request, slug: string) {
  const viewer = await guard(request, 'mechanisms.activities.record');
  const mechanism = await findMechanism({ subject: viewer.subject, key: slug });
  if (!mechanism) throw data({ code: 'notFound' }, { status: 404 });
  if (!canRecordActivity(viewer.subject, await mechanismScope(getDb(), mechanism)))
    throw data({ code: 'forbidden' }, { status: 403 });
  return { viewer, mechanism };
}
