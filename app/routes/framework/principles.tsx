import { Link } from 'react-router';
import { guidingPrinciplesParagraph } from '~/modules/reference/constants';
import { listPrinciples } from '~/modules/reference/list-principles.server';
import { guardPublic } from '~/permissions/guard.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/principles';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const principles = await listPrinciples();
  return { principles: principles.map((p) => ({ key: p.key, paragraph: p.paragraph, name: p.name })) };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('reference.principles.title'),
    description: i18n.t('reference.principles.intro', { paragraph: guidingPrinciplesParagraph }),
  }));

export default function Principles({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <>
      <h1 className="text-3xl font-bold">{t('reference.principles.title')}</h1>
      <p className="mt-3 max-w-3xl">
        {t('reference.principles.intro', { paragraph: guidingPrinciplesParagraph })}
      </p>
      <p className="mt-2">
        <Link to={href('/glossary')}>{t('reference.glossary.link')}</Link>
      </p>
      <ol className="mt-6 grid gap-3 sm:grid-cols-2">
        {loaderData.principles.map((p) => (
          <li key={p.key} className="rounded border border-slate-200 bg-white p-4">
            <p className="text-sm text-slate-600">
              {t('reference.principle.paragraph', { paragraph: p.paragraph })}
            </p>
            <h2 className="mt-1 text-lg font-bold">
              <Link to={href(`/principles/${p.key}`)}>
                <TranslatedText value={p.name} />
              </Link>
            </h2>
          </li>
        ))}
      </ol>
    </>
  );
}
