import { data, Link, redirect } from 'react-router';
import { checkReportIndicatorValues } from '~/modules/indicators/indicator-policy';
import {
  countryNames,
  listIndicators,
  listIndicatorValues,
} from '~/modules/indicators/indicator-records.server';
import { dimensionsOf, latestReportingYear } from '~/modules/indicators/indicator-rules';
import { breakdownText, formatIndicatorValue } from '~/modules/indicators/indicator-tables';
import { recordIndicatorValue } from '~/modules/indicators/record-indicator-value.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/report';
import { IndicatorValueEditor } from './value-form';

/**
 * A state's indicator values, for its focal points: choose an indicator (a plain GET form, so no
 * script is needed to show its breakdowns), report a value for a year and breakdown with its source,
 * or correct one already reported (the same cell again is a correction of the first).
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const iso3 = params.iso3.toUpperCase();
  const viewer = await guard(request, 'indicators.report', { country: iso3 });
  checkReportIndicatorValues(viewer.subject, iso3);
  const [country] = await countryNames([iso3]);
  if (!country) throw data({ code: 'notFound' }, { status: 404 });
  const url = new URL(request.url);
  const catalogue = await listIndicators();
  const values = await listIndicatorValues({ countryIso3: iso3 });
  const chosen = catalogue.find((i) => i.code === url.searchParams.get('indicator')) ?? null;
  const editing = values.find((v) => v.id === url.searchParams.get('edit') && v.indicatorId === chosen?.id);
  const codeOf = new Map(catalogue.map((i) => [i.id, i]));
  return {
    country,
    latestYear: latestReportingYear(new Date()),
    catalogue: catalogue.map((i) => ({ code: i.code, name: i.name })),
    chosen: chosen
      ? {
          id: chosen.id,
          code: chosen.code,
          name: chosen.name,
          unit: chosen.unit,
          disaggregations: chosen.disaggregations.filter((d) => dimensionsOf(chosen).includes(d.dimension)),
        }
      : null,
    editing: editing
      ? {
          year: String(editing.year),
          value: String(editing.value),
          disaggregation: editing.disaggregation,
          sourceNote: editing.sourceNote,
          version: String(editing.version),
        }
      : null,
    values: values.map((v) => {
      const indicator = codeOf.get(v.indicatorId)!;
      return {
        id: v.id,
        code: indicator.code,
        name: indicator.name,
        unit: indicator.unit,
        year: v.year,
        disaggregation: v.disaggregation,
        value: v.value,
        sourceNote: v.sourceNote,
      };
    }),
    saved: url.searchParams.get('notice') === 'saved',
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const iso3 = params.iso3.toUpperCase();
  const viewer = await guard(request, 'indicators.report', { country: iso3 });
  let code = '';
  const done = await attemptForm(
    { request, context },
    {
      run: async (input) => {
        const result = await recordIndicatorValue({
          subject: viewer.subject,
          countryIso3: iso3,
          input,
          requestId: context.requestId,
        });
        code = (input as { indicatorCode?: string }).indicatorCode ?? '';
        return result;
      },
    },
  );
  if (!done.ok) return done.response;
  const query = new URLSearchParams({ notice: 'saved' });
  if (code) query.set('indicator', code);
  throw redirect(`/${langOf(params)}/indicators/report/${iso3}?${query}#values`);
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('indicators.report.title', { country: i18n.pick(loaderData.country.name).text }),
        })
      : null,
  );

export default function Report({ loaderData, actionData }: Route.ComponentProps) {
  const i18n = useI18n();
  const { t, number } = i18n;
  const href = useHref();
  const { country, chosen, editing, values } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  return (
    <>
      <p className="mb-2">
        <Link to={href('/indicators')}>{t('indicators.title')}</Link>
      </p>
      <h1 className="text-3xl font-bold">
        {t('indicators.report.title', { country: i18n.pick(country.name).text })}
      </h1>
      <p className="mt-3 max-w-3xl">{t('indicators.report.intro')}</p>
      {loaderData.saved ? <FormAlert tone="success">{t('indicators.report.saved')}</FormAlert> : null}

      <IndicatorValueEditor
        catalogue={loaderData.catalogue}
        chosen={chosen}
        editing={editing}
        result={result}
        latestYear={loaderData.latestYear}
      />

      <section aria-labelledby="values" className="mt-8">
        <h2 id="values" className="text-xl font-bold">
          {t('indicators.report.reported')}
        </h2>
        {values.length ? (
          <div className="mt-3 overflow-x-auto">
            <table className="min-w-full border-collapse text-sm">
              <thead>
                <tr>
                  <th scope="col" className="p-2 text-start">
                    {t('indicators.name')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('indicators.csv.year')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('indicators.page.breakdown')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('indicators.csv.value')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('indicators.report.actions')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {values.map((row) => (
                  <tr key={row.id} className="border-t border-slate-200">
                    <td className="p-2">
                      <bdi dir="ltr">{row.code}</bdi> <TranslatedText value={row.name} />
                    </td>
                    <td className="p-2">{number(row.year, { useGrouping: false })}</td>
                    <td className="p-2">{breakdownText(i18n, row.disaggregation)}</td>
                    <td className="p-2">{formatIndicatorValue(i18n, row.unit, row.value)}</td>
                    <td className="p-2">
                      <Link
                        to={`${href(`/indicators/report/${country.iso3}`)}?indicator=${encodeURIComponent(row.code)}&edit=${row.id}#value-form`}
                      >
                        {t('indicators.report.correct')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mt-3 text-slate-700">{t('indicators.report.none')}</p>
        )}
      </section>
    </>
  );
}
