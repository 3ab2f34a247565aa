import { Link } from 'react-router';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { needsCaution } from '~/modules/reference/translation-status';
import { guardPublic } from '~/permissions/guard.server';
import { isLocale } from '~/platform/i18n/locales';
import { FormAlert } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { ObjectiveBadge } from '~/ui/objective-badge';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/objectives';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const locale = isLocale(params.lang) ? params.lang : 'ar';
  const { items } = await listObjectives({ withStatus: true });
  return {
    objectives: items.map((o) => ({
      number: o.number,
      code: o.code,
      title: o.title,
      shortLabel: o.shortLabel,
      working: needsCaution(o.status?.[`title.${locale}`]),
    })),
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('reference.objectives.title'),
    description: i18n.t('reference.objectives.metaDescription'),
  }));

export default function Objectives({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { objectives } = loaderData;
  const working = objectives.filter((o) => o.working).length;
  return (
    <>
      <h1 className="text-3xl font-bold">{t('reference.objectives.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('reference.objectives.intro')}</p>
      {working ? (
        <div className="mt-4 max-w-3xl">
          <FormAlert tone="info">{t('reference.objectives.workingTitles', { count: working })}</FormAlert>
        </div>
      ) : null}
      <ol className="mt-6 space-y-3">
        {objectives.map((o) => (
          <li key={o.number} className="flex gap-4 rounded border border-slate-200 bg-white p-4">
            <ObjectiveBadge number={o.number} />
            <div>
              <h2 className="text-lg font-bold">
                <Link to={href(`/objectives/${o.number}`)}>
                  <TranslatedText value={o.title} />
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-600">
                <TranslatedText value={o.shortLabel} /> · <bdi dir="ltr">{o.code}</bdi>
              </p>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
