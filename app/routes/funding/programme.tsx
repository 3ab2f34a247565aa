import { data, Link } from 'react-router';
import { getProgramme } from '~/modules/funding/list-programmes.server';
import { guardPublic } from '~/permissions/guard.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { ObjectiveBadge } from '~/ui/objective-badge';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/programme';
import { fundingNames } from './funding-names.server';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/** A joint programme (public): budget, period, place, objectives, transfers to participating organisations. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guardPublic(request);
  const programme = await getProgramme({ id: params.id });
  if (!programme) throw data({ code: 'notFound' }, { status: 404 });
  const names = await fundingNames();
  return {
    programme: {
      id: programme.id,
      title: programme.title,
      summary: programme.summary,
      status: programme.status,
      budget: programme.budgetUsd,
      startDate: programme.startDate,
      endDate: programme.endDate,
      place: names.places[programme.countryIso3 ?? programme.regionId ?? ''] ?? {},
      area: names.areaNames[programme.thematicAreaId] ?? {},
      objectives: programme.objectives,
      transfers: programme.transfers,
      conceptNoteId: programme.conceptNoteId,
    },
  };
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({ title: i18n.pick(loaderData.programme.title).text || i18n.t('funding.programme.title') })
      : null,
  );

export default function Programme({ loaderData }: Route.ComponentProps) {
  const { t, number, date } = useI18n();
  const href = useHref();
  const p = loaderData.programme;
  return (
    <>
      <p className="mb-2">
        <Link to={href('/funding')}>{t('funding.title')}</Link>
      </p>
      <p className="text-sm text-slate-700">{t('funding.programme.title')}</p>
      <TranslatedText as="h1" value={p.title} className="text-3xl font-bold" />
      <p className="mt-2">
        <strong>{t(`funding.programmeStatus.${p.status}`)}</strong> — <TranslatedText value={p.place} /> —{' '}
        {t('funding.programme.period', { start: date(p.startDate), end: date(p.endDate) })}
      </p>
      <TranslatedText as="p" value={p.summary} className="mt-4 max-w-3xl" />
      <dl className="mt-6 grid max-w-3xl gap-3 sm:grid-cols-2">
        <div>
          <dt className="font-bold">{t('funding.programme.budget')}</dt>
          <dd>{t('funding.dashboard.usd', { amount: number(p.budget) })}</dd>
        </div>
        <div>
          <dt className="font-bold">{t('funding.form.thematicArea')}</dt>
          <dd>
            <TranslatedText value={p.area} />
          </dd>
        </div>
        <div>
          <dt className="font-bold">{t('funding.form.objectives')}</dt>
          <dd className="flex flex-wrap gap-1">
            {p.objectives.map((n) => (
              <Link
                key={n}
                to={href(`/objectives/${n}`)}
                aria-label={t('reference.objective.numbered', { number: n })}
              >
                <ObjectiveBadge number={n} size="sm" />
              </Link>
            ))}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="transfers" className="mt-6">
        <h2 id="transfers" className="text-xl font-bold">
          {t('funding.programme.transfers')}
        </h2>
        {p.transfers.length ? (
          <table className="mt-2">
            <thead>
              <tr>
                <th scope="col" className="p-2 text-start">
                  {t('funding.programme.organisation')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('funding.programme.date')}
                </th>
                <th scope="col" className="p-2 text-start">
                  {t('funding.dashboard.amountUsd')}
                </th>
              </tr>
            </thead>
            <tbody>
              {p.transfers.map((tr, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: transfers are listed in date order, without ids here
                <tr key={i}>
                  <td className="p-2">
                    <bdi>{tr.organisation}</bdi>
                  </td>
                  <td className="p-2">{date(tr.transferredOn)}</td>
                  <td className="p-2">{number(tr.amountUsd)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="mt-2 text-slate-700">{t('funding.programme.noTransfers')}</p>
        )}
      </section>
      {p.conceptNoteId ? (
        <p className="mt-4">
          <Link to={href(`/funding/concept-notes/${p.conceptNoteId}`)}>
            {t('funding.programme.fromNote')}
          </Link>
        </p>
      ) : null}
    </>
  );
}
