import { data, Form, redirect } from 'react-router';
import { NAME_MAX } from '~/modules/instruments/instruments-schema';
import { findNetwork } from '~/modules/instruments/networks/network-records.server';
import { updateNetwork } from '~/modules/instruments/networks/save-network.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SubmitButton, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/network-edit';
import {
  type FormValues,
  LinesField,
  StatusField,
  TranslatedFields,
  translatedValues,
  useFields,
} from './instrument-fields';

/** The Network secretariat keeps a network's entry. */
async function load(request: Request, slug: string) {
  const viewer = await guard(request, 'instruments.manage');
  const network = await findNetwork({ subject: viewer.subject, slug });
  if (!network) throw data({ code: 'notFound' }, { status: 404 });
  return { viewer, network };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { network: n } = await load(request, params.slug);
  return {
    network: { slug: n.slug, name: n.name, version: n.version },
    values: {
      establishedYear: n.establishedYear ? String(n.establishedYear) : '',
      lead: n.lead ?? '',
      status: n.status,
      members: n.members.join('\n'),
      executiveCommittee: n.executiveCommittee.join('\n'),
      sources: n.sources.join('\n'),
      ...translatedValues('name', n.name),
    } satisfies FormValues,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer, network } = await load(request, params.slug);
  const done = await attemptForm(
    { request, context },
    {
      run: (input) =>
        updateNetwork({
          subject: viewer.subject,
          networkId: network.id,
          input,
          requestId: context.requestId,
        }),
    },
  );
  if (!done.ok) return done.response;
  throw redirect(`/${langOf(params)}/networks?notice=saved#network-${network.slug}`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('instruments.networks.edit') }));

export default function NetworkEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { network: n, values } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const { v, errors } = useFields(result, values);
  return (
    <>
      <Breadcrumbs
        items={[
          { to: href('/networks'), label: t('instruments.networks.title') },
          { label: t('instruments.networks.edit') },
        ]}
      />
      <h1 className="text-3xl font-bold">
        <TranslatedText value={n.name} />
      </h1>
      <Form method="post" className="mt-4 max-w-3xl" noValidate>
        <CsrfInput />
        <input type="hidden" name="version" value={n.version} />
        <FormAlert error={result?.formError} />
        <TranslatedFields
          name="name"
          label={{ ar: t('instruments.networks.nameAr'), en: t('instruments.networks.nameEn') }}
          maxLength={NAME_MAX}
          result={result}
          values={values}
        />
        <TextField
          label={t('instruments.networks.established')}
          name="establishedYear"
          inputMode="numeric"
          defaultValue={v('establishedYear')}
          errors={errors('establishedYear')}
        />
        <TextField
          label={t('instruments.networks.lead')}
          name="lead"
          defaultValue={v('lead')}
          errors={errors('lead')}
        />
        <LinesField
          name="executiveCommittee"
          label={t('instruments.networks.executiveCommittee')}
          result={result}
          values={values}
        />
        <LinesField
          name="members"
          label={t('instruments.networks.members')}
          result={result}
          values={values}
        />
        <LinesField name="sources" label={t('instruments.sources')} result={result} values={values} ltr />
        <StatusField result={result} values={values} />
        <SubmitButton>{t('instruments.form.save')}</SubmitButton>
      </Form>
    </>
  );
}
