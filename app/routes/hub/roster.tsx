import { data, Form, Link, redirect } from 'react-router';
import { documentLanguages, reviewerGenders } from '#db/schema/hub-values';
import { loadRoster, rosterBalance, saveReviewerByEmail } from '~/modules/hub/review/roster.server';
import { rosterEntrySchema } from '~/modules/hub/review/roster-schema';
import { objectiveNumbers } from '~/modules/reference/constants';
import { guard } from '~/permissions/guard.server';
import { attemptForm, parseForm, readForm } from '~/platform/forms.server';
import {
  CsrfInput,
  FormAlert,
  formAlertOf,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextField,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/roster';
import { hubReference } from './hub-routes.server';

/**
 * The roster of peer reviewers: how balanced it is (regions, gender, languages, objectives covered),
 * who is on it, and a form to add or update a reviewer.
 */
export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'hub.curate');
  const [roster, reference] = await Promise.all([loadRoster(), hubReference()]);
  return {
    roster: roster.map((r) => ({
      userId: r.userId,
      name: r.name,
      internal: r.internal,
      regionId: r.regionId,
      load: r.load,
    })),
    balance: rosterBalance(roster, objectiveNumbers),
    regions: reference.regions.filter((r) => r.kind === 'm49_region'),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'hub.curate');
  const form = await readForm(request, context);
  const parsed = parseForm(form, rosterEntrySchema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const { email, ...input } = parsed.data;
  const saved = await attemptForm(form, () =>
    saveReviewerByEmail({
      subject: viewer.subject,
      email,
      input: { ...input, organisationId: null },
      requestId: context.requestId,
    }),
  );
  if (!saved.ok) return saved.response;
  return redirect(`/${langOf(params)}/hub/roster`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub.roster.title') }));

export default function Roster({ loaderData, actionData }: Route.ComponentProps) {
  const { t, number, pick } = useI18n();
  const href = useHref();
  const { roster, balance, regions } = loaderData;
  const result = submission(actionData);
  const errors = (name: string) => result?.fieldErrors?.[name];
  const regionName = (id: string) => pick(regions.find((r) => r.key === id)?.name ?? {}).text || id;
  const tally = (caption: string, entries: [string, number][]) => (
    <table className="mt-2 w-full max-w-md">
      <caption className="text-start font-medium">{caption}</caption>
      <tbody>
        {entries.map(([label, n]) => (
          <tr key={label} className="border-t border-slate-200">
            <th scope="row" className="py-1 text-start font-normal">
              {label}
            </th>
            <td className="text-end">{number(n)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <div>
      <p>
        <Link to={href('/hub')}>{t('hub.home.title')}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('hub.roster.title')}</h1>
      <p className="mt-1">
        {t('hub.roster.summary', {
          total: number(balance.reviewers),
          internal: number(balance.internal),
          external: number(balance.external),
        })}
      </p>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        {tally(
          t('hub.roster.byRegion'),
          Object.entries(balance.byRegion).map(([k, n]) => [regionName(k), n]),
        )}
        {tally(
          t('hub.roster.byGender'),
          Object.entries(balance.byGender).map(([k, n]) => [t(`hub.gender.${k}`), n]),
        )}
        {tally(
          t('hub.roster.byLanguage'),
          Object.entries(balance.byLanguage).map(([k, n]) => [t(`hub.lang.${k}`), n]),
        )}
        {tally(
          t('hub.roster.byObjective'),
          Object.entries(balance.byObjective).map(([k, n]) => [
            t('hub.objectiveShort', { number: number(Number(k)) }),
            n,
          ]),
        )}
      </div>
      <h2 className="mt-6 text-xl font-semibold">{t('hub.roster.members')}</h2>
      <ul className="mt-2 list-disc ps-6">
        {roster.map((r) => (
          <li key={r.userId}>
            <bdi>{r.name}</bdi> — {t(r.internal ? 'hub.panel.internal' : 'hub.panel.external')}
            {t('hub.listSeparator')}
            {regionName(r.regionId)}
            {t('hub.listSeparator')}
            {t('hub.roster.load', { count: r.load })}
          </li>
        ))}
      </ul>
      <Form method="post" className="mt-6 max-w-xl rounded border border-slate-300 p-3" noValidate>
        <CsrfInput />
        <h2 className="text-xl font-semibold">{t('hub.roster.add')}</h2>
        <FormAlert error={formAlertOf(result)} />
        <TextField
          label={t('hub.roster.email')}
          name="email"
          type="email"
          dir="ltr"
          required
          defaultValue={submitted(result, 'email')}
          errors={errors('email')}
        />
        <SelectField
          label={t('hub.roster.kind')}
          name="internal"
          defaultValue={submitted(result, 'internal', 'external')}
          errors={errors('internal')}
        >
          <option value="internal">{t('hub.panel.internal')}</option>
          <option value="external">{t('hub.panel.external')}</option>
        </SelectField>
        <SelectField
          label={t('hub.roster.region')}
          name="regionId"
          defaultValue={submitted(result, 'regionId')}
          errors={errors('regionId')}
        >
          {regions.map((r) => (
            <option key={r.key} value={r.key}>
              {pick(r.name).text}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('hub.roster.gender')}
          name="gender"
          defaultValue={submitted(result, 'gender', 'undisclosed')}
          errors={errors('gender')}
        >
          {reviewerGenders.map((g) => (
            <option key={g} value={g}>
              {t(`hub.gender.${g}`)}
            </option>
          ))}
        </SelectField>
        <fieldset className="mb-4">
          <legend className="font-medium">{t('hub.roster.languages')}</legend>
          <div className="flex flex-wrap gap-4">
            {documentLanguages.map((l) => (
              <label key={l} className="flex items-center gap-1">
                <input type="checkbox" name="languages" value={l} />
                <span>{t(`hub.lang.${l}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="mb-4">
          <legend className="font-medium">{t('hub.roster.objectives')}</legend>
          <div className="flex flex-wrap gap-3">
            {objectiveNumbers.map((o) => (
              <label key={o} className="flex items-center gap-1">
                <input type="checkbox" name="objectives" value={o} />
                <span>{t('hub.objectiveShort', { number: number(o) })}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <SubmitButton>{t('hub.roster.save')}</SubmitButton>
      </Form>
    </div>
  );
}
