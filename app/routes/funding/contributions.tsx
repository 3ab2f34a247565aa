import { Form, Link, redirect } from 'react-router';
import { canManageFund } from '~/modules/funding/funding-policy';
import { listContributions } from '~/modules/funding/list-contributions.server';
import { recordContribution } from '~/modules/funding/record-contribution.server';
import { guard, guardPublic } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { CsrfInput, FormAlert, SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TableScroll } from '~/ui/table-scroll';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/contributions';
import { ContributionFields } from './contribution-fields';
import { fundingNames } from './funding-names.server';

const PAGE = 100;

/**
 * Donors' contributions (public facts of the fund, as the dashboard counts them): amount in its
 * currency, the USD value with the rate and its date, earmarking. The fund's secretariat records them
 * here and corrects them on each contribution's page.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const page = Math.max(1, Number(new URL(request.url).searchParams.get('page')) || 1);
  const [list, names] = await Promise.all([
    listContributions({ limit: PAGE, offset: (page - 1) * PAGE }),
    fundingNames(),
  ]);
  const mayRecord = canManageFund(viewer.subject);
  return {
    contributions: list.items.map((c) => ({
      id: c.id,
      donor: c.donor,
      receivedOn: c.receivedOn,
      amount: c.amount,
      currency: c.currency,
      usdRate: c.usdRate,
      rateDate: c.rateDate,
      usdValue: c.usdValue,
      area: c.earmarkedThematicAreaId === null ? null : (names.areaNames[c.earmarkedThematicAreaId] ?? null),
    })),
    total: list.total,
    totalUsd: list.totalUsd,
    page,
    pages: Math.max(1, Math.ceil(list.total / PAGE)),
    mayRecord,
    countries: mayRecord ? names.countries : [],
    areas: mayRecord ? names.areas : [],
    saved: new URL(request.url).searchParams.get('notice') === 'saved',
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'funding.manage');
  const done = await attemptForm(
    { request, context },
    { run: (input) => recordContribution({ subject: viewer.subject, input, requestId: context.requestId }) },
  );
  if (!done.ok) return done.response;
  throw redirect(`/${langOf(params)}/funding/contributions?notice=saved`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('funding.contributions.title') }));

export default function Contributions({ loaderData, actionData }: Route.ComponentProps) {
  const { t, number, date } = useI18n();
  const href = useHref();
  const result = actionData as SubmissionResult | undefined;
  const d = loaderData;
  return (
    <>
      <p className="mb-2">
        <Link to={href('/funding')}>{t('funding.title')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('funding.contributions.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('funding.contributions.intro')}</p>
      {d.saved ? <FormAlert tone="success">{t('funding.contributions.saved')}</FormAlert> : null}
      <p className="mt-3 font-medium" data-figure="contributions-total">
        {t('funding.contributions.total', { count: d.total, amount: number(d.totalUsd) })}
      </p>
      {d.contributions.length ? (
        <TableScroll>
          <table className="mt-3 min-w-full text-sm">
            <thead>
              <tr>
                {(['receivedOn', 'donor', 'amount', 'usdRate', 'usdValue', 'earmark'] as const).map((c) => (
                  <th key={c} scope="col" className="border-b border-slate-300 p-2 text-start">
                    {t(`funding.contributions.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.contributions.map((c) => (
                <tr key={c.id} className="border-b border-slate-100">
                  <td className="p-2">{date(c.receivedOn)}</td>
                  <th scope="row" className="p-2 text-start font-normal">
                    {d.mayRecord ? (
                      <Link to={href(`/funding/contributions/${c.id}`)}>
                        <bdi>{c.donor}</bdi>
                      </Link>
                    ) : (
                      <bdi>{c.donor}</bdi>
                    )}
                  </th>
                  <td className="p-2 tabular-nums">
                    {number(c.amount)} <span dir="ltr">{c.currency}</span>
                  </td>
                  <td className="p-2">
                    {t('funding.contributions.rateOn', {
                      rate: number(c.usdRate, { maximumFractionDigits: 8 }),
                      date: date(c.rateDate),
                    })}
                  </td>
                  <td className="p-2 tabular-nums">{number(c.usdValue)}</td>
                  <td className="p-2">
                    {c.area ? <TranslatedText value={c.area} /> : t('funding.contributions.unearmarked')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="mt-3 text-slate-700">{t('funding.contributions.empty')}</p>
      )}
      {d.pages > 1 ? (
        <nav className="mt-3 flex gap-4" aria-label={t('funding.contributions.pages')}>
          {d.page > 1 ? (
            <Link to={href(`/funding/contributions?page=${d.page - 1}`)}>
              {t('funding.contributions.previous')}
            </Link>
          ) : null}
          {d.page < d.pages ? (
            <Link to={href(`/funding/contributions?page=${d.page + 1}`)}>
              {t('funding.contributions.next')}
            </Link>
          ) : null}
        </nav>
      ) : null}
      {d.mayRecord ? (
        <section aria-labelledby="new-contribution" className="mt-8 max-w-3xl">
          <h2 id="new-contribution" className="text-xl font-bold">
            {t('funding.contributions.new')}
          </h2>
          <Form method="post" className="mt-4" noValidate>
            <CsrfInput />
            <FormAlert error={result?.formError} />
            <ContributionFields result={result} countries={d.countries} areas={d.areas} />
            <SubmitButton>{t('funding.contributions.save')}</SubmitButton>
          </Form>
        </section>
      ) : null}
    </>
  );
}
