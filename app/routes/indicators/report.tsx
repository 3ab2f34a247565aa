import { data, Link, redirect } from 'react-router';
import { deleteIndicatorValue } from '~/modules/indicators/delete-indicator-value.server';
import { checkReportIndicatorValues } from '~/modules/indicators/indicator-policy';
import {
  countryNames,
  listIndicators,
  listIndicatorValues,
} from '~/modules/indicators/indicator-records.server';
import { dimensionsOf, latestReportingYear } from '~/modules/indicators/indicator-rules';
import { recordIndicatorValue } from '~/modules/indicators/record-indicator-value.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/report';
import { ReportedValues } from './reported-values';
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
        version: v.version,
        inReview: v.reviewId !== null,
      };
    }),
    notice: url.searchParams.get('notice'),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const iso3 = params.iso3.toUpperCase();
  const viewer = await guard(request, 'indicators.report', { country: iso3 });
  const form = await readForm(request, context);
  const page = `/${langOf(params)}/indicators/report/${iso3}`;
  if (form.get('intent') === 'delete') {
    const deleted = await attemptForm(form, {
      run: (input) =>
        deleteIndicatorValue({
          subject: viewer.subject,
          countryIso3: iso3,
          input,
          requestId: context.requestId,
        }),
    });
    if (!deleted.ok) return deleted.response;
    throw redirect(`${page}?notice=deleted#values`);
  }
  const done = await attemptForm(form, {
    run: (input) =>
      recordIndicatorValue({
        subject: viewer.subject,
        countryIso3: iso3,
        input,
        requestId: context.requestId,
      }),
  });
  if (!done.ok) return done.response;
  const query = new URLSearchParams({ notice: 'saved' });
  const code = form.get('indicatorCode');
  if (typeof code === 'string' && code) query.set('indicator', code);
  throw redirect(`${page}?${query}#values`);
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
  const { t } = i18n;
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
      {loaderData.notice === 'saved' ? (
        <FormAlert tone="success">{t('indicators.report.saved')}</FormAlert>
      ) : loaderData.notice === 'deleted' ? (
        <FormAlert tone="success">{t('indicators.report.deleted')}</FormAlert>
      ) : null}

      <IndicatorValueEditor
        catalogue={loaderData.catalogue}
        chosen={chosen}
        editing={editing}
        result={result}
        latestYear={loaderData.latestYear}
      />

      <ReportedValues
        heading={t('indicators.report.reported')}
        rows={values}
        page={href(`/indicators/report/${country.iso3}`)}
        canEdit={true}
        result={result}
      />
    </>
  );
}
