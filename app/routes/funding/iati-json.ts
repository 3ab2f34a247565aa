import { iatiActivities } from '~/modules/funding/iati/iati-activity';
import { readIatiProgrammes } from '~/modules/funding/iati/iati-export.server';
import { guardPublic } from '~/permissions/guard.server';
import { contentDisposition } from '~/platform/http/content-disposition';
import { getPlatform } from '~/platform/platform.server';

/**
 * The fund's joint programmes as IATI activities in JSON (docs/iati-export.md): budgets, transactions,
 * results. Public, like the programmes; the same in both languages (narratives carry their language).
 */
export async function loader({ request }: { request: Request }) {
  await guardPublic(request);
  const body = iatiActivities(await readIatiProgrammes(), new Date(), getPlatform().config.IATI_ORG_REF);
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': contentDisposition('marsad-mptf-iati-activities.json'),
      'cache-control': 'no-store',
    },
  });
}
