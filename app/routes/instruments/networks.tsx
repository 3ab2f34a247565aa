import { Form, redirect } from 'react-router';
import { networkLevels } from '#db/schema/instrument-values';
import { canManageInstruments } from '~/modules/instruments/instruments-policy';
import { listNetworks } from '~/modules/instruments/networks/network-records.server';
import { addCountryNetwork } from '~/modules/instruments/networks/save-network.server';
import { guard, guardPublic } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { CsrfInput, FormAlert, SelectField, SubmitButton, TextField } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/networks';
import { stateOptions } from './country-names.server';
import {
  LinesField,
  RecordBadges,
  Sources,
  StatusField,
  TranslatedFields,
  useFields,
} from './instrument-fields';

/** No widgets: sent without React's JavaScript (app/ui/hydration.ts); its form works as plain HTML. */
export const handle = staticPage;

/** The UN networks on migration: the global Network, regional networks and country networks. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const mayManage = canManageInstruments(viewer.subject);
  const [networks, states] = await Promise.all([
    listNetworks({ subject: viewer.subject }),
    mayManage ? stateOptions() : Promise.resolve([]),
  ]);
  const taken = new Set(networks.map((n) => n.countryIso3));
  return {
    networks: networks.map((n) => ({
      slug: n.slug,
      level: n.level,
      name: n.name,
      countryIso3: n.countryIso3,
      regionName: n.regionName,
      establishedYear: n.establishedYear,
      lead: n.lead,
      members: n.members,
      executiveCommittee: n.executiveCommittee,
      confirmation: n.confirmation,
      status: n.status,
      sources: n.sources,
      groups: n.groups.map((g) => ({ id: g.id, kind: g.kind, code: g.code, name: g.name, leads: g.leads })),
    })),
    states: states.filter((s) => !taken.has(s.iso3)),
    mayManage,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'instruments.manage');
  const done = await attemptForm(
    { request, context },
    { run: (input) => addCountryNetwork({ subject: viewer.subject, input, requestId: context.requestId }) },
  );
  if (!done.ok) return done.response;
  throw redirect(`/${langOf(params)}/networks?notice=added#network-${done.value.slug}`);
}

/** The years the introduction names, in the reader's digits (no literal digits in a message). */
const networkYears = { networkSince: 2018, arabNetworkSince: 2020 };

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('instruments.networks.title'),
    description: i18n.t('instruments.networks.intro', networkYears),
  }));

export default function Networks({ loaderData, actionData }: Route.ComponentProps) {
  const { t, number, list, pick } = useI18n();
  const href = useHref();
  const result = actionData as SubmissionResult | undefined;
  const { v, errors } = useFields(result);
  return (
    <>
      <h1 className="text-3xl font-bold">{t('instruments.networks.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('instruments.networks.intro', networkYears)}</p>
      {networkLevels.map((level) => {
        const items = loaderData.networks.filter((n) => n.level === level);
        if (!items.length) return null;
        return (
          <section key={level} aria-labelledby={`level-${level}`} className="mt-8">
            <h2 id={`level-${level}`} className="text-xl font-bold">
              {t(`instruments.networkLevel.${level}`)}
            </h2>
            <ul className="mt-3 space-y-4">
              {items.map((n) => (
                <li
                  key={n.slug}
                  id={`network-${n.slug}`}
                  className="rounded border border-slate-200 bg-white p-4"
                >
                  <h3 className="font-bold">
                    <TranslatedText value={n.name} />
                    <RecordBadges confirmation={n.confirmation} status={n.status} />
                  </h3>
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                    {n.countryIso3 ? (
                      <>
                        <dt className="font-medium">{t('instruments.networks.country')}</dt>
                        <dd>
                          <Link to={href(`/countries/${n.countryIso3}`)}>
                            <bdi dir="ltr">{n.countryIso3}</bdi>
                          </Link>
                        </dd>
                      </>
                    ) : null}
                    {n.regionName ? (
                      <>
                        <dt className="font-medium">{t('instruments.networks.region')}</dt>
                        <dd>{pick(n.regionName).text}</dd>
                      </>
                    ) : null}
                    <dt className="font-medium">{t('instruments.networks.established')}</dt>
                    <dd>
                      {n.establishedYear
                        ? number(n.establishedYear, { useGrouping: false })
                        : t('instruments.notRecorded')}
                    </dd>
                    <dt className="font-medium">{t('instruments.networks.lead')}</dt>
                    <dd>{n.lead ? <bdi>{n.lead}</bdi> : t('instruments.notRecorded')}</dd>
                    {n.executiveCommittee.length ? (
                      <>
                        <dt className="font-medium">{t('instruments.networks.executiveCommittee')}</dt>
                        <dd>
                          <bdi>{list(n.executiveCommittee)}</bdi>
                        </dd>
                      </>
                    ) : null}
                    {n.members.length ? (
                      <>
                        <dt className="font-medium">{t('instruments.networks.members')}</dt>
                        <dd>
                          <bdi>{list(n.members)}</bdi>
                        </dd>
                      </>
                    ) : null}
                  </dl>
                  {n.groups.length ? (
                    <>
                      <h4 className="mt-3 font-bold">{t('instruments.networks.groups')}</h4>
                      <ul className="mt-1 space-y-1 text-sm">
                        {n.groups.map((g) => (
                          <li key={g.id}>
                            {g.code ? <bdi dir="ltr">{g.code}</bdi> : null} <TranslatedText value={g.name} />{' '}
                            — {t(`instruments.groupKind.${g.kind}`)}
                            {g.leads.length ? (
                              <>
                                {' · '}
                                {t('instruments.networks.leads', { list: list(g.leads) })}
                              </>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                  <Sources sources={n.sources} />
                  {loaderData.mayManage ? (
                    <p className="mt-2">
                      <Link to={href(`/networks/${n.slug}/edit`)}>{t('instruments.networks.edit')}</Link>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {loaderData.mayManage ? (
        <section aria-labelledby="add-network" className="mt-10 max-w-3xl">
          <h2 id="add-network" className="text-xl font-bold">
            {t('instruments.networks.add')}
          </h2>
          <Form method="post" className="mt-4" noValidate>
            <CsrfInput />
            <FormAlert error={result?.formError} />
            <SelectField
              label={t('instruments.networks.country')}
              name="countryIso3"
              defaultValue={v('countryIso3')}
              errors={errors('countryIso3')}
            >
              <option value="">{t('instruments.form.choose')}</option>
              {loaderData.states.map((c) => (
                <option key={c.iso3} value={c.iso3}>
                  {pick(c.name).text}
                </option>
              ))}
            </SelectField>
            <TranslatedFields
              name="name"
              label={{ ar: t('instruments.networks.nameAr'), en: t('instruments.networks.nameEn') }}
              result={result}
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
            <LinesField name="members" label={t('instruments.networks.members')} result={result} />
            <StatusField result={result} />
            <SubmitButton>{t('instruments.networks.addSubmit')}</SubmitButton>
          </Form>
        </section>
      ) : null}
    </>
  );
}
