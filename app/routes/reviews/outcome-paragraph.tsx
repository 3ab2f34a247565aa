import { getOutcomeParagraph } from '~/modules/reviews/outcome/get-outcome.server';
import { guardPublic } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { ParagraphView, useParagraphHeading } from '~/ui/paragraph-view';
import type { Route } from './+types/outcome-paragraph';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('documents.paragraph.title', {
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
  const heading = useParagraphHeading(paragraph);
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
      <ParagraphView
        intro={
          <>
            {t('reviews-cycles.paragraph.of')}:{' '}
            <bdi>{pick(loaderData.title).text || t('reviews-cycles.outcome.defaultTitle')}</bdi> —{' '}
            <bdi>{pick(cycle.title).text}</bdi>.{' '}
            {t('documents.paragraph.versionNote', { number: loaderData.versionNumber })}
          </>
        }
        paragraph={paragraph}
        documentPath={`/reviews/cycles/${cycle.id}/outcome`}
        address={loaderData.address}
        citedBy={loaderData.citedBy}
      />
    </article>
  );
}
