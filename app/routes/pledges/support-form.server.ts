import { getPledge } from '~/modules/pledges/get-pledge.server';
import { isPledger } from '~/modules/pledges/pledge-policy';
import { guard } from '~/permissions/guard.server';
import { forbidden } from '~/platform/errors';
import { orErrorPage } from '~/platform/http/error-page';

/** The pledge for a page only its pledger may use (ask for support, attach files); others get the error page. */
export async function pledgeForPledger(request: Request, pledgeId: string) {
  const viewer = await guard(request, 'pledges.edit');
  const detail = await orErrorPage(async () => {
    const found = await getPledge({ subject: viewer.subject, pledgeId });
    if (!isPledger(viewer.subject, found.pledge)) throw forbidden();
    return found;
  });
  return { viewer, detail };
}
