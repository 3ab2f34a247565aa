import type { Locale } from '#db/schema/columns';
import { getOutcomeParagraph } from '~/modules/reviews/outcome/get-outcome.server';
import { guardPublic } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/outcome-paragraph';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-cycles.paragraph.title', {
            part: loaderData.paragraph.part,
            number: loaderData.paragraph.number,
            document: i18n.pick(loaderData.title).text || i18n.t('reviews-cycles.outcome.defaultTitle'),
          }),
          description: i18n.pick(loaderData.paragraph).text.slice(0, 160),
        })
      : null,
  );

/**
 * One paragraph of a published outcome document, at an address that outlives new versions (its
 * stable identifier): its text in both languages, how to cite it, and what cites it.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const found = await orErrorPage(() =>
    getOutcomeParagraph({ subject: viewer.subject, cycleId: params.cycleId, eId: params.eId }),
  );
  const path = `/reviews/cycles/${found.cycle.id}/outcome/paragraphs/${found.paragraph.eId}`;
  return {
    cycle: { id: found.cycle.id, title: found.cycle.title },
    title: found.version.title,
    versionNumber: found.version.number,
    paragraph: found.paragraph,
    citedBy: found.citedBy,
    address: `${siteOrigin(request)}/${params.lang}${path}`,
  };
}

export default function OutcomeParagraph({ loaderData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const { cycle, paragraph } = loaderData;
  const heading = t('reviews-cycles.paragraph.heading', { part: paragraph.part, number: paragraph.number });
  const texts: { lang: Locale; label: string }[] = [
    { lang: 'ar', label: t('reviews-cycles.paragraph.inArabic') },
    { lang: 'en', label: t('reviews-cycles.paragraph.inEnglish') },
  ];
  return (
    <article aria-labelledby="page-title" className="max-w-3xl">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(`/reviews/cycles/${cycle.id}`), label: pick(cycle.title).text },
          { to: href(`/reviews/cycles/${cycle.id}/outcome`), label: t('reviews-cycles.tabs.outcome') },
          { label: heading },
        ]}
      />
      <h1 id="page-title" className="text-3xl font-bold">
        {heading}
      </h1>
      <p className="mb-4 text-slate-700">
        {t('reviews-cycles.paragraph.of')}:{' '}
        <bdi>{pick(loaderData.title).text || t('reviews-cycles.outcome.defaultTitle')}</bdi> —{' '}
        <bdi>{pick(cycle.title).text}</bdi>.{' '}
        {t('reviews-cycles.paragraph.versionNote', { number: loaderData.versionNumber })}
      </p>
      {texts.map(({ lang, label }) => (
        <section key={lang} aria-labelledby={`text-${lang}`} className="mb-4">
          <h2 id={`text-${lang}`} className="text-sm font-semibold text-slate-600">
            {label}
          </h2>
          {paragraph[lang].trim() ? (
            <p lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} className="whitespace-pre-line text-lg">
              {paragraph[lang]}
            </p>
          ) : (
            <p className="text-slate-600">{t('reviews-cycles.paragraph.noText')}</p>
          )}
        </section>
      ))}
      <p className="mb-6">
        <Link to={href(`/reviews/cycles/${cycle.id}/outcome#${paragraph.eId}`)}>
          {t('reviews-cycles.paragraph.inDocument')}
        </Link>
      </p>
      <section aria-labelledby="cite-title" className="mb-6 rounded border border-slate-300 p-3">
        <h2 id="cite-title" className="font-semibold">
          {t('reviews-cycles.paragraph.cite')}
        </h2>
        <p className="mb-2 text-sm text-slate-700">{t('reviews-cycles.paragraph.citeHelp')}</p>
        <label className="block text-sm font-medium" htmlFor="paragraph-address">
          {t('reviews-cycles.paragraph.citeLabel')}
        </label>
        <input
          id="paragraph-address"
          readOnly
          dir="ltr"
          value={loaderData.address}
          className="w-full rounded border border-slate-400 bg-slate-50 px-2 py-1 font-mono text-sm"
        />
        <p className="mt-2 text-sm">
          {t('reviews-cycles.paragraph.identifier')}: <code dir="ltr">{paragraph.eId}</code> —{' '}
          {t('reviews-cycles.paragraph.identifierHelp')}
        </p>
      </section>
      <section aria-labelledby="cited-title">
        <h2 id="cited-title" className="mb-2 text-xl font-semibold">
          {t('reviews-cycles.paragraph.citedBy')}
        </h2>
        {loaderData.citedBy.length ? (
          <ul className="list-disc space-y-1 ps-6">
            {loaderData.citedBy.map((item) => (
              <li key={`${item.type}:${item.id}`}>
                <span className="text-sm text-slate-600">{t(`content.type.${item.type}.one`)}:</span>{' '}
                <Link to={href(item.path)}>
                  <bdi>{pick(item.title).text}</bdi>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('reviews-cycles.paragraph.citedByNone')}</p>
        )}
      </section>
    </article>
  );
}
