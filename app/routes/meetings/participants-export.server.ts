import { isRegistrationStatus } from '#db/schema/meeting-registration-values';
import { type ParticipantExportContext, withPositions } from '~/modules/meetings/registration-export';
import { listParticipants } from '~/modules/meetings/registration-view.server';
import { listCountries } from '~/modules/reference/list-countries.server';
import { listStakeholderCategories } from '~/modules/reference/list-stakeholder-categories.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { readersDigits } from '~/platform/cookies.server';
import { contentDisposition } from '~/platform/http/content-disposition';
import { orErrorPage } from '~/platform/http/error-page';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { isLocale } from '~/platform/i18n/locales';

/**
 * What both participant exports start with: signed in, the meeting's organisers only (the same
 * check as the page: 404 to anyone else), the status filter of the page (an unknown status is
 * refused with 400 rather than exporting more than asked), the reader's language and digits.
 */
export async function readParticipantExport(request: Request, params: { lang?: string; id: string }) {
  const viewer = await guardSignedIn(request);
  const locale = isLocale(params.lang) ? params.lang : 'ar';
  const i18n = serverI18n(locale, readersDigits(request, viewer.user?.digits));
  const raw = new URL(request.url).searchParams.get('status') || null;
  if (raw !== null && !isRegistrationStatus(raw)) {
    throw new Response(i18n.t('registration.export.invalidStatus'), {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const list = await orErrorPage(() =>
    listParticipants({ subject: viewer.subject, meetingId: params.id, status: raw }),
  );
  const [countries, categories] = await Promise.all([
    listCountries({ locale }).then((r) => r.items),
    listStakeholderCategories(),
  ]);
  const ctx: ParticipantExportContext = {
    i18n,
    countries: new Map(countries.map((c) => [c.iso3, c.name])),
    categories: new Map(categories.map((c) => [c.key, c.label])),
    attendanceDays: list.attendanceDays,
  };
  const day = new Date().toISOString().slice(0, 10);
  return {
    ctx,
    rows: withPositions(list.rows),
    sheetName: i18n.t('registration.export.sheet'),
    disposition: (extension: 'csv' | 'xlsx') =>
      contentDisposition(`participants-${params.id.slice(0, 8)}-${day}.${extension}`),
  };
}
