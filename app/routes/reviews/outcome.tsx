import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import { getPublishedOutcome } from '~/modules/reviews/outcome/get-outcome.server';
import { guardPublic } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { DocumentText } from '~/ui/document-text';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/outcome';
import { CycleTabs, DateRange } from './cycle-ui';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-cycles.outcome.title', { title: i18n.pick(loaderData.cycle.title).text }),
          description: i18n.pick(loaderData.body).text.slice(0, 160),
        })
      : null,
  );

/** The published outcome document (key messages) of a cycle; not found until one is published. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const [outcome, detail] = await orErrorPage(() =>
    Promise.all([
      getPublishedOutcome({ subject: viewer.subject, cycleId: params.cycleId }),
      getCycle({ subject: viewer.subject, cycleId: params.cycleId }),
    ]),
  );
  return {
    cycle: { id: detail.cycle.id, title: detail.cycle.title, partners: detail.cycle.partners },
    title: outcome.version.title,
    body: outcome.version.body,
    paragraphs: outcome.paragraphs,
    number: outcome.version.number,
    publishedAt: outcome.outcome.publishedAt ? outcome.outcome.publishedAt.toISOString().slice(0, 10) : null,
    isSample: outcome.outcome.isSample,
    tabs: {
      outcome: true,
      synthesis: detail.synthesisPublished,
      tracker: detail.canTrack,
      edit: detail.canManage,
      outcomeEdit: detail.canTrack || detail.canManage,
    },
  };
}

export default function Outcome({ loaderData }: Route.ComponentProps) {
  const { t, pick, locale } = useI18n();
  const href = useHref();
  const { cycle, title, body } = loaderData;
  const other = locale === 'ar' ? 'en' : 'ar';
  const shown = body[locale]?.trim() ? locale : other;
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(`/reviews/cycles/${cycle.id}`), label: pick(cycle.title).text },
          { label: t('reviews-cycles.tabs.outcome') },
        ]}
      />
      <p className="text-sm text-slate-600">
        <TranslatedText value={cycle.title} />
      </p>
      <h1 id="page-title" className="mb-2 text-3xl font-bold">
        {title.ar || title.en ? <TranslatedText value={title} /> : t('reviews-cycles.outcome.defaultTitle')}
      </h1>
      <p className="mb-4 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span>{t('reviews-cycles.outcome.by')}</span> <TranslatedText value={cycle.partners} />
        {loaderData.publishedAt ? (
          <span>
            {t('reviews-cycles.outcome.publishedOn')} <DateRange from={loaderData.publishedAt} />
          </span>
        ) : null}
        <span>{t('reviews-cycles.outcome.versionLabel', { number: loaderData.number })}</span>
        {loaderData.isSample ? <SampleBadge /> : null}
      </p>
      <CycleTabs cycleId={cycle.id} current="outcome" show={loaderData.tabs} />
      {body[locale]?.trim() ? null : (
        <p className="mb-2 text-sm text-amber-900">
          {t(other === 'en' ? 'common.onlyInEnglish' : 'common.onlyInArabic')}
        </p>
      )}
      <DocumentText
        documentPath={`/reviews/cycles/${cycle.id}/outcome`}
        paragraphs={loaderData.paragraphs}
        lang={shown}
      />
      {body[locale]?.trim() && body[other]?.trim() ? (
        <details className="mt-6">
          <summary className="cursor-pointer text-brand-800">
            {t(`reviews-cycles.outcome.otherLanguage.${other}`)}
          </summary>
          <div className="mt-3">
            <DocumentText
              documentPath={`/reviews/cycles/${cycle.id}/outcome`}
              paragraphs={loaderData.paragraphs}
              lang={other}
              anchors={false}
            />
          </div>
        </details>
      ) : null}
      <p className="mt-8 text-sm">
        <Link to={href(`/reviews/cycles/${cycle.id}/contributions`)}>
          {t('reviews-cycles.tabs.contributions')}
        </Link>
      </p>
    </article>
  );
}
