import { Form, Link, redirect } from 'react-router';
import { createOrganisation } from '~/modules/organisations/create-organisation.server';
import { myOrganisations, organisationFormOptions } from '~/modules/organisations/queries.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { CsrfInput, FormAlert, SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/organisations';
import { OrganisationFields } from './organisation-fields';
import { linkClass, submission } from './shared';
import { langOf } from './shared.server';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('accounts.organisations.title') }));

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guard(request, 'organisations.create');
  const [mine, options] = await Promise.all([myOrganisations(viewer.user!.id), organisationFormOptions()]);
  return { mine, options };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'organisations.create');
  const result = await attemptForm(
    { request, context },
    { run: (input) => createOrganisation({ input, actorId: viewer.user!.id, requestId: context.requestId }) },
  );
  if (!result.ok) return result.response;
  return redirect(`/${langOf(params)}/organisations/${result.value.id}?created=1`);
}

export default function Organisations({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const result = submission(actionData);
  return (
    <section aria-labelledby="page-title" className="mx-auto max-w-3xl">
      <h1 id="page-title" className="mb-4 text-2xl font-bold">
        {t('accounts.organisations.title')}
      </h1>
      <section aria-labelledby="mine-title" className="mb-10">
        <h2 id="mine-title" className="mb-3 text-xl font-semibold">
          {t('accounts.organisations.mineTitle')}
        </h2>
        {loaderData.mine.length === 0 ? (
          <p className="text-slate-700">{t('accounts.organisations.noneYet')}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200">
            {loaderData.mine.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3">
                <Link to={href(`/organisations/${o.id}`)} className={linkClass}>
                  <TranslatedText value={o.name} />
                </Link>
                <span className="text-sm text-slate-600">{t(`accounts.organisations.role.${o.role}`)}</span>
                {o.verified ? (
                  <span className="rounded bg-green-100 px-2 text-xs text-green-900">
                    {t('accounts.organisations.verified')}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="create-title">
        <h2 id="create-title" className="mb-1 text-xl font-semibold">
          {t('accounts.organisations.createTitle')}
        </h2>
        <p className="mb-4 text-sm text-slate-700">{t('accounts.organisations.createIntro')}</p>
        <FormAlert error={result?.formError} />
        <Form method="post" noValidate className="max-w-xl">
          <CsrfInput />
          <OrganisationFields options={loaderData.options} result={result} />
          <SubmitButton>{t('accounts.organisations.createSubmit')}</SubmitButton>
        </Form>
      </section>
    </section>
  );
}
