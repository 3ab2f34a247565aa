import { guardPublic } from '~/permissions/guard.server';
import { glossarySource, glossaryTerms } from '~/platform/i18n/glossary';
import { staticPage } from '~/ui/hydration';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/glossary';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/** The Global Compact's terms in both languages, from the one glossary the i18n check enforces. */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  return null;
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('reference.glossary.title'),
    description: i18n.t('reference.glossary.intro'),
  }));

export default function Glossary() {
  const { t, locale } = useI18n();
  const other = locale === 'ar' ? 'en' : 'ar';
  return (
    <>
      <h1 className="text-3xl font-bold">{t('reference.glossary.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('reference.glossary.intro')}</p>
      <dl className="mt-6 grid max-w-4xl gap-3">
        {glossaryTerms.map((term) => (
          <div key={term.key} className="rounded border border-slate-200 bg-white p-4">
            <dt className="text-lg font-bold">{term[locale].term}</dt>
            <dd className="mt-1 text-slate-700">
              {term[locale].short ? (
                <p>{t('reference.glossary.short', { short: term[locale].short })}</p>
              ) : null}
              <p>
                {t('reference.glossary.otherLanguage')}{' '}
                <span lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'}>
                  {term[other].term}
                </span>
              </p>
              {term.banned[locale].length ? (
                <p className="text-sm">
                  {t('reference.glossary.notUsed', {
                    variants: term.banned[locale].map((v) => `«${v}»`).join(locale === 'ar' ? '، ' : ', '),
                  })}
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-6 text-sm text-slate-600">
        {t('reference.glossary.source')} <bdi dir="ltr">{glossarySource}</bdi>
      </p>
    </>
  );
}
