import { Form, redirect } from 'react-router';
import { listChampions } from '~/modules/instruments/champions/champion-records.server';
import { saveChampion } from '~/modules/instruments/champions/save-champion.server';
import { canManageInstruments } from '~/modules/instruments/instruments-policy';
import { listCountries } from '~/modules/reference/list-countries.server';
import { guard, guardPublic } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { sortByName } from '~/platform/i18n/collation';
import { isLocale } from '~/platform/i18n/locales';
import { CsrfInput, FormAlert, SelectField, SubmitButton, TextField } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/champions';
import { OriginalLanguageField, RecordBadges, StatusField, useFields } from './instrument-fields';

/** No widgets: sent without React's JavaScript (app/ui/hydration.ts); its form works as plain HTML. */
export const handle = staticPage;

/** The roster of champion countries; the Network secretariat adds a state to it. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const mayManage = canManageInstruments(viewer.subject);
  const locale = isLocale(params.lang) ? params.lang : 'ar';
  const [champions, states] = await Promise.all([
    listChampions({ subject: viewer.subject }),
    mayManage ? listCountries({ limit: 500, locale }) : Promise.resolve({ items: [] }),
  ]);
  return {
    champions: sortByName(
      champions.map((c) => ({
        iso3: c.countryIso3,
        name: c.countryName,
        joinedOn: c.joinedOn,
        confirmation: c.confirmation,
        status: c.status,
      })),
      locale,
      (c) => c.name,
    ),
    states: states.items.filter((c) => c.unStatus !== 'other').map((c) => ({ iso3: c.iso3, name: c.name })),
    mayManage,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'instruments.manage');
  const done = await attemptForm(
    { request, context },
    { run: (input) => saveChampion({ subject: viewer.subject, input, requestId: context.requestId }) },
  );
  if (!done.ok) return done.response;
  throw redirect(`/${langOf(params)}/champions/${done.value.countryIso3}?notice=saved`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('instruments.champions.title'),
    description: i18n.t('instruments.champions.intro'),
  }));

export default function Champions({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date, pick } = useI18n();
  const href = useHref();
  const result = actionData as SubmissionResult | undefined;
  const { v, errors } = useFields(result);
  return (
    <>
      <h1 className="text-3xl font-bold">{t('instruments.champions.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('instruments.champions.intro')}</p>
      <p className="mt-2 max-w-3xl text-slate-700">{t('instruments.champions.partial')}</p>
      <p className="mt-2">{t('instruments.champions.count', { count: loaderData.champions.length })}</p>
      <ul className="mt-6 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {loaderData.champions.map((c) => (
          <li key={c.iso3} className="rounded border border-slate-200 bg-white p-3">
            <Link to={href(`/champions/${c.iso3}`)} className="font-bold">
              <TranslatedText value={c.name} />
            </Link>
            <RecordBadges confirmation={c.confirmation} status={c.status} />
            <p className="text-sm text-slate-700">
              {c.joinedOn
                ? t('instruments.champions.joinedOn', { date: date(c.joinedOn) })
                : t('instruments.champions.joinedUnknown')}
            </p>
          </li>
        ))}
      </ul>
      {loaderData.mayManage ? (
        <section aria-labelledby="add-champion" className="mt-8 max-w-xl">
          <h2 id="add-champion" className="text-xl font-bold">
            {t('instruments.champions.add')}
          </h2>
          <Form method="post" className="mt-4" noValidate>
            <CsrfInput />
            <FormAlert error={result?.formError} />
            <SelectField
              label={t('instruments.champions.country')}
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
            <TextField
              label={t('instruments.champions.joined')}
              name="joinedOn"
              type="date"
              defaultValue={v('joinedOn')}
              errors={errors('joinedOn')}
            />
            <OriginalLanguageField result={result} />
            <StatusField result={result} />
            <SubmitButton>{t('instruments.champions.addSubmit')}</SubmitButton>
          </Form>
          <p className="mt-2 text-sm text-slate-600">{t('instruments.champions.addHint')}</p>
        </section>
      ) : null}
    </>
  );
}
