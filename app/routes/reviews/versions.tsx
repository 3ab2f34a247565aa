import { Link } from 'react-router';
import { objectiveTitles } from '~/modules/reviews/authoring/review-outline.server';
import { sectionDefinitions } from '~/modules/reviews/authoring/review-structure.server';
import { canModerateReview, canReadDraft } from '~/modules/reviews/review-policy';
import type { DiffPart, FieldChange } from '~/modules/reviews/workflow/compare-snapshots';
import { getReviewVersions } from '~/modules/reviews/workflow/review-versions.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TableScroll } from '~/ui/table-scroll';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/versions';
import { ReviewTabs, useSectionTitle } from './authoring-ui';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-edit.versions.title') }));

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const asked = Number(new URL(request.url).searchParams.get('compare'));
  const found = await orErrorPage(() =>
    getReviewVersions({
      subject: viewer.subject,
      reviewId: params.reviewId,
      compare: Number.isInteger(asked) && asked > 0 ? asked : undefined,
    }),
  );
  const { review, cycle, ref, coEditorIds } = found.loaded;
  const [definitions, titles] = await Promise.all([
    sectionDefinitions(getDb(), review, cycle),
    objectiveTitles(getDb()),
  ]);
  const heads = new Map(
    definitions.map((d) => [
      d.key,
      {
        key: d.key,
        kind: d.kind,
        objective: d.objective,
        title: d.title,
        objectiveTitle: d.objective ? (titles.get(d.objective) ?? null) : null,
      },
    ]),
  );
  return {
    review: { id: review.id, title: review.title, kind: review.kind },
    versions: found.versions,
    comparison: found.comparison
      ? {
          number: found.comparison.number,
          previousNumber: found.comparison.previousNumber,
          result: found.comparison.result,
        }
      : null,
    heads: Object.fromEntries(heads),
    can: {
      readDraft: canReadDraft(viewer.subject, ref, coEditorIds),
      versions: true,
      moderate: ref.submittedVersions > 0 && canModerateReview(viewer.subject, ref),
    },
  };
}

/** Word-level differences: insertions and deletions marked, with words for screen readers. */
function Diff({ parts, lang }: { parts: DiffPart[]; lang: 'ar' | 'en' | null }) {
  const { t } = useI18n();
  return (
    <p
      className="whitespace-pre-wrap rounded border border-slate-200 bg-white p-3 leading-relaxed"
      lang={lang ?? undefined}
      dir={lang === 'ar' ? 'rtl' : lang === 'en' ? 'ltr' : 'auto'}
    >
      {parts.map((p, i) =>
        p.kind === 'same' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed sequence of one comparison
          <bdi key={i}>{p.text}</bdi>
        ) : p.kind === 'added' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed sequence of one comparison
          <ins key={i} className="bg-green-100 text-green-950 underline decoration-green-700">
            <span className="sr-only">{t('reviews-edit.versions.inserted')}</span>
            <bdi>{p.text}</bdi>
            <span className="sr-only">{t('reviews-edit.versions.end')}</span>
          </ins>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed sequence of one comparison
          <del key={i} className="bg-red-100 text-red-950 line-through decoration-red-700">
            <span className="sr-only">{t('reviews-edit.versions.deleted')}</span>
            <bdi>{p.text}</bdi>
            <span className="sr-only">{t('reviews-edit.versions.end')}</span>
          </del>
        ),
      )}
    </p>
  );
}

function FieldDiff({ change }: { change: FieldChange }) {
  const { t } = useI18n();
  const label =
    change.field === 'title'
      ? t('reviews-edit.versions.field.title')
      : change.field === 'body'
        ? t('reviews-edit.versions.field.body')
        : t(`reviews.field.${change.field}`);
  return (
    <div className="mt-3">
      <h4 className="text-sm font-medium">
        {change.lang
          ? t('reviews-edit.field.inLanguage', {
              field: label,
              language: t(`reviews-edit.lang.${change.lang}`),
            })
          : label}
      </h4>
      <Diff parts={change.parts} lang={change.lang} />
    </div>
  );
}

export default function ReviewVersions({ loaderData }: Route.ComponentProps) {
  const { t, date, number } = useI18n();
  const href = useHref();
  const sectionTitle = useSectionTitle();
  const { review, versions, comparison, heads } = loaderData;
  const status = (s: string | null) =>
    s ? t(`reviews.objectiveStatus.${s}`) : t('reviews-edit.field.notSet');
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-4xl">
      <p className="text-sm text-slate-700">
        <TranslatedText value={review.title} />
      </p>
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-edit.versions.title')}
      </h1>
      <ReviewTabs
        reviewId={review.id}
        current="versions"
        can={loaderData.can}
        national={review.kind === 'national'}
      />
      {versions.length ? (
        <TableScroll>
          <table className="mb-8 w-full border-collapse bg-white text-start text-sm">
            <caption className="sr-only">{t('reviews-edit.versions.title')}</caption>
            <thead>
              <tr className="border-b border-slate-400">
                {(['number', 'submittedAt', 'submittedBy', 'compare'] as const).map((c) => (
                  <th key={c} scope="col" className="p-2 text-start">
                    {t(`reviews-edit.versions.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.number} className="border-b border-slate-200">
                  <th scope="row" className="p-2 text-start font-normal">
                    {t('reviews-edit.versions.versionN', { number: number(v.number) })}
                  </th>
                  <td className="p-2">{date(v.submittedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td className="p-2">
                    <bdi>{v.submittedByName ?? t('reviews-edit.unknownPerson')}</bdi>
                  </td>
                  <td className="p-2">
                    {comparison?.number === v.number ? (
                      <span aria-current="true">{t('reviews-edit.versions.shown')}</span>
                    ) : (
                      <Link to={href(`/reviews/${review.id}/versions?compare=${v.number}`)}>
                        {v.number > 1
                          ? t('reviews-edit.versions.compareWith', {
                              number: number(v.number),
                              previous: number(v.number - 1),
                            })
                          : t('reviews-edit.versions.showFirst')}
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>{t('reviews-edit.versions.none')}</p>
      )}

      {comparison ? (
        <section aria-labelledby="compare-title">
          <h2 id="compare-title" className="mb-1 text-xl font-semibold">
            {comparison.previousNumber
              ? t('reviews-edit.versions.comparing', {
                  number: number(comparison.number),
                  previous: number(comparison.previousNumber),
                })
              : t('reviews-edit.versions.first')}
          </h2>
          <p className="mb-4 text-sm text-slate-700">{t('reviews-edit.versions.legend')}</p>
          {!comparison.result.changed ? <p>{t('reviews-edit.versions.noChanges')}</p> : null}
          {comparison.result.title.map((c) => (
            <FieldDiff key={`title-${c.lang}`} change={c} />
          ))}
          <ol className="mt-4 space-y-6">
            {comparison.result.sections.map((s) => {
              const head = heads[s.key] ?? {
                key: s.key,
                kind: 'other' as const,
                objective: null,
                title: {},
                objectiveTitle: null,
              };
              return (
                <li key={s.key}>
                  <h3 className="font-semibold">
                    <bdi>{sectionTitle(head)}</bdi>
                  </h3>
                  {!s.changed ? (
                    <p className="text-sm text-slate-600">{t('reviews-edit.versions.sectionUnchanged')}</p>
                  ) : null}
                  {s.status ? (
                    <p className="mt-2 text-sm">
                      {t('reviews-edit.versions.statusChanged', {
                        from: status(s.status.from),
                        to: status(s.status.to),
                      })}
                    </p>
                  ) : null}
                  {s.fields.map((c) => (
                    <FieldDiff key={`${c.field}-${c.lang}`} change={c} />
                  ))}
                </li>
              );
            })}
          </ol>
          {comparison.result.attachments.added.length || comparison.result.attachments.removed.length ? (
            <div className="mt-6">
              <h3 className="font-semibold">{t('reviews-edit.attachments.title')}</h3>
              <ul className="list-disc ps-6 text-sm">
                {comparison.result.attachments.added.map((n) => (
                  <li key={`a-${n}`}>
                    {t('reviews-edit.versions.fileAdded')} <bdi>{n}</bdi>
                  </li>
                ))}
                {comparison.result.attachments.removed.map((n) => (
                  <li key={`r-${n}`}>
                    {t('reviews-edit.versions.fileRemoved')} <bdi>{n}</bdi>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}
