import { data, Form, redirect } from 'react-router';
import { networkGroupKinds } from '#db/schema/instrument-values';
import { GROUP_CODE_MAX, ITEMS_MAX, NAME_MAX } from '~/modules/instruments/instruments-schema';
import { findNetwork } from '~/modules/instruments/networks/network-records.server';
import { updateNetwork } from '~/modules/instruments/networks/save-network.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import {
  CsrfInput,
  ErrorList,
  FormAlert,
  formAlertOf,
  SelectField,
  SubmitButton,
  TextField,
} from '~/ui/forms';
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
      ...Object.fromEntries(
        n.groups.flatMap((g, i) => [
          [`groups[${i}].kind`, g.kind],
          [`groups[${i}].code`, g.code ?? ''],
          [`groups[${i}].name.ar`, g.name.ar ?? ''],
          [`groups[${i}].name.en`, g.name.en ?? ''],
          [`groups[${i}].leads`, g.leads.join('\n')],
        ]),
      ),
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
        <FormAlert error={formAlertOf(result)} />
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
        <GroupRows result={result} values={values} />
        <LinesField name="sources" label={t('instruments.sources')} result={result} values={values} ltr />
        <StatusField result={result} values={values} />
        <SubmitButton>{t('instruments.form.save')}</SubmitButton>
      </Form>
    </>
  );
}

/** Blank rows offered below the filled ones. */
const spareGroups = 2;

/**
 * The working groups and workstreams as rows (`groups[0].kind`, …): the stored ones, or the ones just
 * typed after a refusal, and two blank rows to add more.
 */
function GroupRows({ result, values }: { result?: SubmissionResult; values: FormValues }) {
  const { t, number } = useI18n();
  const { v, errors } = useFields(result, values);
  const filled = Object.keys({ ...values, ...(result?.values ?? {}) })
    .map((k) => /^groups\[(\d+)\]/.exec(k)?.[1])
    .filter((i): i is string => i !== undefined)
    .map(Number);
  const count = Math.min(ITEMS_MAX, (filled.length ? Math.max(...filled) + 1 : 0) + spareGroups);
  return (
    <fieldset className="mb-4 rounded border border-slate-300 p-3">
      <legend className="px-1 font-medium">{t('instruments.networks.groups')}</legend>
      <p className="mb-2 text-sm text-slate-600">{t('instruments.networks.groupsHint')}</p>
      {Array.from({ length: count }, (_, i) => {
        const path = (field: string) => `groups[${i}].${field}`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; the form names them by index
          <fieldset key={i} className="mb-3 border-t border-slate-200 pt-2">
            <legend className="font-medium">
              {t('instruments.networks.groupRow', { n: number(i + 1) })}
            </legend>
            <SelectField
              label={t('instruments.networks.groupKind')}
              name={path('kind')}
              defaultValue={v(path('kind'))}
              errors={errors(path('kind'))}
            >
              <option value="">{t('instruments.networks.groupKindNone')}</option>
              {networkGroupKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`instruments.groupKind.${k}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('instruments.networks.groupCode')}
              name={path('code')}
              dir="ltr"
              maxLength={GROUP_CODE_MAX}
              defaultValue={v(path('code'))}
              errors={errors(path('code'))}
            />
            <TranslatedFields
              name={path('name')}
              label={{ ar: t('instruments.networks.groupNameAr'), en: t('instruments.networks.groupNameEn') }}
              maxLength={NAME_MAX}
              result={result}
              values={values}
            />
            <ErrorList errors={result?.fieldErrors?.[path('name')]} />
            <LinesField
              name={path('leads')}
              label={t('instruments.networks.groupLeads')}
              result={result}
              values={values}
            />
          </fieldset>
        );
      })}
    </fieldset>
  );
}
