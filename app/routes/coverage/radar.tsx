import { data, Form, Link } from 'react-router';
import { coverageFromUrl } from '~/modules/coverage/coverage-request.server';
import { regionKinds } from '~/modules/reference/constants';
import { guardPublic } from '~/permissions/guard.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/radar';
import { CoverageDefinitions, CoverageMatrixView } from './coverage-views';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  let matrix: Awaited<ReturnType<typeof coverageFromUrl>>;
  try {
    matrix = await coverageFromUrl(url);
  } catch (error) {
    // A bad filter in the address: the page, not a JSON error.
    if (error instanceof Response) throw data({ code: 'notFound' }, { status: 400 });
    throw error;
  }
  if (!matrix) throw data({ code: 'notFound' }, { status: 404 });
  return { matrix, kind: url.searchParams.get('kind') ?? 'regional_commission', search: url.search };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({ title: i18n.t('coverage.title'), description: i18n.t('coverage.intro') })
      : null,
  );

export default function CoverageRadar({ loaderData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const href = useHref();
  const { matrix, kind, search } = loaderData;
  return (
    <>
      <h1 className="text-3xl font-bold">{t('coverage.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('coverage.intro')}</p>
      <p className="mt-2 text-sm text-slate-600">
        {t('coverage.asOf', { date: date(matrix.asOf, { dateStyle: 'long', timeStyle: 'short' }) })}
      </p>
      <CoverageDefinitions />
      {matrix.by === 'region' ? (
        <Form method="get" className="mt-4 flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-sm">
            {t('coverage.kind')}
            <select name="kind" defaultValue={kind} className="mt-1 rounded border border-slate-300 p-1">
              {regionKinds
                .filter((k) => k !== 'm49_subregion')
                .map((k) => (
                  <option key={k} value={k}>
                    {t(`reference.regions.kind.${k}`)}
                  </option>
                ))}
            </select>
          </label>
          <button type="submit" className="rounded bg-blue-800 px-3 py-1 text-white">
            {t('coverage.show')}
          </button>
        </Form>
      ) : (
        <p className="mt-4">
          <Link to={href('/coverage')}>{t('coverage.back')}</Link>
        </p>
      )}
      <CoverageMatrixView matrix={matrix} csvHref={href(`/coverage.csv${search}`)} />
    </>
  );
}
