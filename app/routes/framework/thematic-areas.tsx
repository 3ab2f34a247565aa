import { Link } from 'react-router';
import { objectiveNumbers } from '~/modules/reference/constants';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { listThematicAreas } from '~/modules/reference/list-thematic-areas.server';
import { guardPublic } from '~/permissions/guard.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { ObjectiveBadge } from '~/ui/objective-badge';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/thematic-areas';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const [areas, { items }] = await Promise.all([listThematicAreas(), listObjectives({ withTitle: false })]);
  const labels = Object.fromEntries(items.map((o) => [o.number, o.shortLabel]));
  const mapped = new Set(areas.flatMap((a) => a.objectives));
  return {
    areas: areas.map((a) => ({
      id: a.id,
      name: a.name,
      verified: a.verified,
      objectives: a.objectives.map((n) => ({ number: n, shortLabel: labels[n] ?? {} })),
    })),
    unmapped: objectiveNumbers.filter((n) => !mapped.has(n)),
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('reference.thematicAreas.title'),
    description: i18n.t('reference.thematicAreas.intro'),
  }));

export default function ThematicAreas({ loaderData }: Route.ComponentProps) {
  const { t, list, number } = useI18n();
  const href = useHref();
  const { areas, unmapped } = loaderData;
  return (
    <>
      <h1 className="text-3xl font-bold">{t('reference.thematicAreas.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('reference.thematicAreas.intro')}</p>
      <div
        role="note"
        className="mt-4 max-w-3xl rounded border-s-4 border-amber-600 bg-amber-50 p-3 text-amber-950"
      >
        <p className="font-bold">{t('reference.status.unverified')}</p>
        <p>{t('reference.thematicAreas.unverifiedNote')}</p>
      </div>
      <ol className="mt-6 space-y-4">
        {areas.map((a) => (
          <li key={a.id} id={`area-${a.id}`} className="rounded border border-slate-200 bg-white p-4">
            <h2 className="text-lg font-bold">
              <TranslatedText value={a.name} />
              {a.verified ? null : (
                <small className="ms-2 rounded bg-amber-100 px-1.5 py-0.5 align-middle text-xs font-medium text-amber-900">
                  {t('reference.status.unverified')}
                </small>
              )}
            </h2>
            <ul className="mt-3 flex flex-wrap gap-2">
              {a.objectives.map((o) => (
                <li key={o.number}>
                  <Link
                    to={href(`/objectives/${o.number}`)}
                    className="inline-flex items-center gap-2 rounded-full border border-slate-300 py-1 pe-3 ps-1 text-sm text-slate-900 no-underline hover:border-brand-600"
                  >
                    <ObjectiveBadge number={o.number} size="sm" />
                    <TranslatedText value={o.shortLabel} />
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {unmapped.length ? (
        <p className="mt-4 text-slate-700">
          {t('reference.thematicAreas.unmapped', {
            count: unmapped.length,
            objectives: list(unmapped.map((n) => number(n))),
          })}
        </p>
      ) : null}
    </>
  );
}
