import { exportExpertData } from '~/modules/hub/experts/expert-data.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { contentDisposition } from '~/platform/http/content-disposition';
import { orErrorPage } from '~/platform/http/error-page';
import type { Route } from './+types/expert-export';

/** The expert's own data as a JSON download (profile with contact details, messages received). */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const data = await orErrorPage(() => exportExpertData({ subject: viewer.subject }));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': contentDisposition('marsad-expert-data.json'),
      'Cache-Control': 'private, no-store',
    },
  });
}
