import { data, Form, Link, redirect } from 'react-router';
import { getContribution } from '~/modules/funding/list-contributions.server';
import { updateContribution } from '~/modules/funding/update-contribution.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { CsrfInput, FormAlert, SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/contribution';
import { ContributionFields } from './contribution-fields';
import { fundingNames } from './funding-names.server';

/** The fund's secretariat corrects a contribution; the save names the version it read. */
export async function loader({ request, params }: Route.LoaderArgs) {
  await guard(request, 'funding.manage');
  const [c, names] = await Promise.all([getContribution({ id: params.id }), fundingNames()]);
  if (!c) throw data({ code: 'notFound' }, { status: 404 });
  return {
    id: c.id,
    version: c.version,
    initial: {
      donor: c.donor,
      donorCountryIso3: c.donorCountryIso3 ?? '',
      receivedOn: c.receivedOn,
      amount: String(c.amount),
      currency: c.currency,
      usdRate: String(c.usdRate),
      rateDate: c.rateDate,
      earmarkedThematicAreaId: c.earmarkedThematicAreaId === null ? '' : String(c.earmarkedThematicAreaId),
    },
    countries: names.countries,
    areas: names.areas,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'funding.manage');
  const done = await attemptForm(
    { request, context },
    {
      run: (input, form) =>
        updateContribution({
          subject: viewer.subject,
          contributionId: params.id,
          expectedVersion: Number(form.get('version')),
          input,
          requestId: context.requestId,
        }),
    },
  );
  if (!done.ok) return done.response;
  throw redirect(`/${langOf(params)}/funding/contributions?notice=saved`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('funding.contributions.edit') }));

export default function ContributionEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const result = actionData as SubmissionResult | undefined;
  return (
    <>
      <p className="mb-2">
        <Link to={href('/funding/contributions')}>{t('funding.contributions.title')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('funding.contributions.edit')}</h1>
      <Form method="post" className="mt-6 max-w-3xl" noValidate>
        <CsrfInput />
        <input type="hidden" name="version" value={loaderData.version} />
        <FormAlert error={result?.formError} />
        <ContributionFields
          result={result}
          initial={loaderData.initial}
          countries={loaderData.countries}
          areas={loaderData.areas}
        />
        <SubmitButton>{t('funding.contributions.save')}</SubmitButton>
      </Form>
    </>
  );
}
