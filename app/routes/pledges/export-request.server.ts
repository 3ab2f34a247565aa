import { parsePledgeFilters } from '~/modules/pledges/list-pledges.server';
import { type PledgeExportContext, pledgeExportContext } from '~/modules/pledges/pledge-export';
import type { PledgeFilters } from '~/modules/pledges/pledge-filters';
import { guardPublic } from '~/permissions/guard.server';
import { readersDigits } from '~/platform/cookies.server';
import { contentDisposition } from '~/platform/http/content-disposition';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { isLocale } from '~/platform/i18n/locales';
import { choicesOf, registryReference } from './registry-reference.server';

export interface PledgeExportRequest {
  filters: PledgeFilters;
  ctx: PledgeExportContext;
  /** The day the export is made (UTC), for freshness and the file's name. */
  today: Date;
  /** Content-Disposition of `pledges-YYYY-MM-DD.<extension>`. */
  disposition(extension: 'csv' | 'xlsx'): string;
}

/**
 * What both reader's exports (`/{lang}/pledges/export.csv|xlsx`) start with: the public guard, the
 * reader's language and digits, and the registry page's filters. A filter the registry would drop
 * (an unknown value) refuses the download with 400 and says which, rather than export more than asked.
 */
export async function readPledgeExportRequest(
  request: Request,
  lang: string | undefined,
): Promise<PledgeExportRequest> {
  const viewer = await guardPublic(request);
  const locale = isLocale(lang) ? lang : 'ar';
  const i18n = serverI18n(locale, readersDigits(request, viewer.user?.digits));
  const reference = await registryReference();
  const parsed = parsePledgeFilters(new URL(request.url).searchParams, choicesOf(reference));
  if (!parsed.ok) {
    const field = i18n.t(`pledges-registry.filter.${parsed.field}`);
    throw new Response(i18n.t('pledges-registry.export.invalidFilter', { field }), {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const today = new Date();
  const day = today.toISOString().slice(0, 10);
  return {
    filters: parsed.filters,
    ctx: pledgeExportContext(i18n, reference, siteOrigin(request)),
    today,
    disposition: (extension) => contentDisposition(`pledges-${day}.${extension}`),
  };
}
