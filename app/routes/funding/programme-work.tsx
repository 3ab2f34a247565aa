import { Link, redirect } from 'react-router';
import { canManageFund } from '~/modules/funding/funding-policy';
import { getProgramme } from '~/modules/funding/list-programmes.server';
import { recordTransfer } from '~/modules/funding/record-transfer.server';
import { getProgrammeResults } from '~/modules/funding/results/get-programme-results.server';
import { canEditProgrammeResults } from '~/modules/funding/results/results-policy';
import { saveProgressReport } from '~/modules/funding/results/save-progress-report.server';
import { saveIndicator, savePeriod, saveResult } from '~/modules/funding/results/save-results.server';
import { guardSignedIn } from '~/permissions/guard.server';
import type { Subject } from '~/permissions/resolver';
import { forbidden, notFound } from '~/platform/errors';
import { attemptForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/programme-work';
import {
  IndicatorFields,
  PeriodFields,
  type Refusal,
  ReportFields,
  ResultFields,
  TransferFields,
  WorkspaceForm,
} from './results-fields';

/**
 * A joint programme's workspace: its people keep the results framework (results → indicators →
 * periods) and the progress reports; the fund's secretariat also records transfers here. The public
 * programme page shows what is kept here.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const {
    programme: ref,
    results,
    reports,
  } = await orErrorPage(() => getProgrammeResults({ programmeId: params.id }));
  const mayEdit = canEditProgrammeResults(viewer.subject, ref);
  const mayTransfer = canManageFund(viewer.subject);
  if (!mayEdit && !mayTransfer) await orErrorPage(() => Promise.reject(forbidden()));
  const programme = await getProgramme({ id: params.id });
  if (!programme) return orErrorPage(() => Promise.reject(notFound()));
  const str = (n: number | null) => (n === null ? '' : String(n));
  return {
    programme: {
      id: programme.id,
      title: programme.title,
      budget: programme.budgetUsd,
      startDate: programme.startDate,
      endDate: programme.endDate,
      transferred: programme.transfers.reduce((s, t) => s + t.amountUsd, 0),
    },
    mayEdit,
    mayTransfer,
    results: results.map((r) => ({
      id: r.id,
      type: r.type,
      title: r.title,
      values: {
        type: r.type,
        'title.ar': r.title.ar ?? '',
        'title.en': r.title.en ?? '',
        'description.ar': r.description.ar ?? '',
        'description.en': r.description.en ?? '',
        originalLanguage: r.originalLanguage,
        version: String(r.version),
      },
      indicators: r.indicators.map((i) => ({
        id: i.id,
        title: i.title,
        measure: i.measure,
        baselineValue: i.baselineValue,
        baselineDate: i.baselineDate,
        values: {
          'title.ar': i.title.ar ?? '',
          'title.en': i.title.en ?? '',
          originalLanguage: i.originalLanguage,
          measure: i.measure,
          ascending: i.ascending ? 'on' : '',
          baselineValue: String(i.baselineValue),
          baselineDate: i.baselineDate,
          version: String(i.version),
        },
        periods: i.periods.map((p) => ({
          id: p.id,
          periodStart: p.periodStart,
          periodEnd: p.periodEnd,
          targetValue: p.targetValue,
          actualValue: p.actualValue,
          values: {
            periodStart: p.periodStart,
            periodEnd: p.periodEnd,
            targetValue: String(p.targetValue),
            actualValue: str(p.actualValue),
            actualComment: p.actualComment ?? '',
            version: String(p.version),
          },
        })),
      })),
    })),
    reports: reports.map((r) => ({
      id: r.id,
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      version: r.version,
      values: {
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        'summary.ar': r.summary.ar ?? '',
        'summary.en': r.summary.en ?? '',
        originalLanguage: r.originalLanguage,
        documentUrl: r.documentUrl ?? '',
        version: String(r.version),
      },
    })),
    notice: new URL(request.url).searchParams.get('notice'),
  };
}

async function run(
  subject: Subject,
  programmeId: string,
  form: FormData,
  input: unknown,
  requestId: string,
): Promise<unknown> {
  const id = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' && v ? v : undefined;
  };
  const common = { subject, programmeId, input, requestId };
  switch (form.get('intent')) {
    case 'result':
      return saveResult({ ...common, resultId: id('resultId') });
    case 'indicator':
      return saveIndicator({ ...common, resultId: id('resultId') ?? '', indicatorId: id('indicatorId') });
    case 'period':
      return savePeriod({ ...common, indicatorId: id('indicatorId') ?? '', periodId: id('periodId') });
    case 'report':
      return saveProgressReport({ ...common, reportId: id('reportId') });
    case 'transfer':
      return recordTransfer({ subject, programmeId, input, requestId });
    default:
      return Promise.reject(notFound());
  }
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const form = await readForm(request, context);
  const done = await attemptForm(form, {
    run: (input) => run(viewer.subject, params.id, form, input, context.requestId),
    extra: (f) => ({ formKey: String(f.get('formKey') ?? '') }),
  });
  if (!done.ok) return done.response;
  throw redirect(
    `/${langOf(params)}/funding/programmes/${params.id}/work?notice=saved#${String(form.get('formKey'))}`,
  );
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('funding.work.title') }));

export default function ProgrammeWork({ loaderData, actionData }: Route.ComponentProps) {
  const { t, number, date } = useI18n();
  const href = useHref();
  const refused = actionData as Refusal;
  const p = loaderData.programme;
  const newIndicator = { ascending: 'on' };
  return (
    <>
      <p className="mb-2">
        <Link to={href(`/funding/programmes/${p.id}`)}>
          <TranslatedText value={p.title} />
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t('funding.work.title')}</h1>
      <p className="mt-3 max-w-3xl">
        {t('funding.work.intro', { start: date(p.startDate), end: date(p.endDate) })}
      </p>
      {loaderData.notice === 'saved' ? <FormAlert tone="success">{t('funding.work.saved')}</FormAlert> : null}

      {loaderData.mayTransfer ? (
        <section aria-labelledby="transfer" id="transfer" className="mt-8 max-w-3xl">
          <h2 id="transfer-h" className="text-2xl font-bold">
            {t('funding.work.transfer')}
          </h2>
          <p className="mt-2">
            {t('funding.work.transferred', {
              transferred: number(p.transferred),
              budget: number(p.budget),
            })}
          </p>
          <WorkspaceForm
            formKey="transfer"
            intent="transfer"
            refused={refused}
            submit={t('funding.work.saveTransfer')}
          >
            {(f) => <TransferFields f={f} />}
          </WorkspaceForm>
        </section>
      ) : null}

      {loaderData.mayEdit ? (
        <>
          <section aria-labelledby="results-h" className="mt-8">
            <h2 id="results-h" className="text-2xl font-bold">
              {t('funding.work.results')}
            </h2>
            {loaderData.results.length === 0 ? (
              <p className="mt-2 text-slate-700">{t('funding.results.empty')}</p>
            ) : null}
            {loaderData.results.map((r, ri) => (
              <article key={r.id} id={`result-${r.id}`} className="mt-4 rounded border border-slate-200 p-4">
                <h3 className="text-xl font-bold">
                  {t('funding.results.resultHeading', { n: ri + 1, type: t(`funding.resultType.${r.type}`) })}{' '}
                  <TranslatedText value={r.title} />
                </h3>
                <details className="mt-2">
                  <summary className="cursor-pointer text-brand-700">{t('funding.work.editResult')}</summary>
                  <WorkspaceForm
                    formKey={`result-${r.id}`}
                    intent="result"
                    refused={refused}
                    initial={r.values}
                    hidden={{ resultId: r.id, version: r.values.version }}
                    submit={t('funding.work.save')}
                  >
                    {(f) => <ResultFields f={f} />}
                  </WorkspaceForm>
                </details>
                {r.indicators.map((i) => (
                  <div key={i.id} id={`indicator-${i.id}`} className="mt-4 border-s-4 border-slate-200 ps-3">
                    <h4 className="font-bold">
                      <TranslatedText value={i.title} />
                    </h4>
                    <p className="text-sm text-slate-700">
                      {t('funding.results.baseline', {
                        value: number(i.baselineValue),
                        date: date(i.baselineDate),
                      })}
                    </p>
                    <details className="mt-1">
                      <summary className="cursor-pointer text-brand-700">
                        {t('funding.work.editIndicator')}
                      </summary>
                      <WorkspaceForm
                        formKey={`indicator-${i.id}`}
                        intent="indicator"
                        refused={refused}
                        initial={i.values}
                        hidden={{ resultId: r.id, indicatorId: i.id, version: i.values.version }}
                        submit={t('funding.work.save')}
                      >
                        {(f) => <IndicatorFields f={f} />}
                      </WorkspaceForm>
                    </details>
                    {i.periods.map((pe) => (
                      <details
                        key={pe.id}
                        id={`period-${pe.id}`}
                        className="mt-2"
                        open={refused?.formKey === `period-${pe.id}`}
                      >
                        <summary className="cursor-pointer">
                          {t('funding.results.periodLine', {
                            start: date(pe.periodStart),
                            end: date(pe.periodEnd),
                            target: number(pe.targetValue),
                            actual:
                              pe.actualValue === null
                                ? t('funding.results.noActual')
                                : number(pe.actualValue),
                          })}
                        </summary>
                        <WorkspaceForm
                          formKey={`period-${pe.id}`}
                          intent="period"
                          refused={refused}
                          initial={pe.values}
                          hidden={{ indicatorId: i.id, periodId: pe.id, version: pe.values.version }}
                          submit={t('funding.work.save')}
                        >
                          {(f) => <PeriodFields f={f} />}
                        </WorkspaceForm>
                      </details>
                    ))}
                    <details className="mt-2" open={refused?.formKey === `new-period-${i.id}`}>
                      <summary className="cursor-pointer text-brand-700">
                        {t('funding.work.addPeriod')}
                      </summary>
                      <WorkspaceForm
                        formKey={`new-period-${i.id}`}
                        intent="period"
                        refused={refused}
                        hidden={{ indicatorId: i.id }}
                        submit={t('funding.work.addPeriod')}
                      >
                        {(f) => <PeriodFields f={f} />}
                      </WorkspaceForm>
                    </details>
                  </div>
                ))}
                <details className="mt-3" open={refused?.formKey === `new-indicator-${r.id}`}>
                  <summary className="cursor-pointer text-brand-700">
                    {t('funding.work.addIndicator')}
                  </summary>
                  <WorkspaceForm
                    formKey={`new-indicator-${r.id}`}
                    intent="indicator"
                    refused={refused}
                    initial={newIndicator}
                    hidden={{ resultId: r.id }}
                    submit={t('funding.work.addIndicator')}
                  >
                    {(f) => <IndicatorFields f={f} />}
                  </WorkspaceForm>
                </details>
              </article>
            ))}
            <section aria-labelledby="new-result-h" id="new-result" className="mt-6 max-w-3xl">
              <h3 id="new-result-h" className="text-xl font-bold">
                {t('funding.work.addResult')}
              </h3>
              <WorkspaceForm
                formKey="new-result"
                intent="result"
                refused={refused}
                submit={t('funding.work.addResult')}
              >
                {(f) => <ResultFields f={f} />}
              </WorkspaceForm>
            </section>
          </section>

          <section aria-labelledby="reports-h" className="mt-8 max-w-3xl">
            <h2 id="reports-h" className="text-2xl font-bold">
              {t('funding.results.reports')}
            </h2>
            {loaderData.reports.map((r) => (
              <details
                key={r.id}
                id={`report-${r.id}`}
                className="mt-2"
                open={refused?.formKey === `report-${r.id}`}
              >
                <summary className="cursor-pointer">
                  {t('funding.results.reportLine', {
                    start: date(r.periodStart),
                    end: date(r.periodEnd),
                    version: r.version,
                  })}
                </summary>
                <WorkspaceForm
                  formKey={`report-${r.id}`}
                  intent="report"
                  refused={refused}
                  initial={r.values}
                  hidden={{ reportId: r.id, version: r.values.version }}
                  submit={t('funding.work.save')}
                >
                  {(f) => <ReportFields f={f} />}
                </WorkspaceForm>
              </details>
            ))}
            <h3 id="new-report" className="mt-4 text-xl font-bold">
              {t('funding.work.addReport')}
            </h3>
            <WorkspaceForm
              formKey="new-report"
              intent="report"
              refused={refused}
              submit={t('funding.work.addReport')}
            >
              {(f) => <ReportFields f={f} />}
            </WorkspaceForm>
          </section>
        </>
      ) : null}
    </>
  );
}
