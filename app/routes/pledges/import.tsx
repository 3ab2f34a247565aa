import fs from 'node:fs';
import { data, Form, Link, redirect } from 'react-router';
import type { PledgeImportReportEntry } from '#db/schema/pledge-imports';
import { getPledgeImport, listPledgeImports } from '~/modules/pledges/import/get-pledge-import.server';
import { importColumnRuleValues } from '~/modules/pledges/import/import-column-rules';
import {
  importColumnGroups,
  importColumns,
  indicatorParts,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
} from '~/modules/pledges/import/import-columns';
import { importPledges } from '~/modules/pledges/import/import-pledges.server';
import { guard } from '~/permissions/guard.server';
import { isAppError } from '~/platform/errors';
import { formResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { attemptUploadForm } from '~/platform/uploads/index.server';
import { CsrfInput, FormAlert, SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/import';

/**
 * Import of pledges from a CSV or XLSX file by the Network secretariat (docs/pledges-import.md).
 * The upload is sniffed and capped by the upload platform (the path contains "import"); the domain
 * validates every row and imports all or nothing; the page then shows the stored import with its
 * report (post/redirect/get, so a reload never imports twice).
 */
const shownReportRows = 200;

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('pledges-import.title'),
    description: i18n.t('pledges-import.intro'),
  }));

export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guard(request, 'pledges.review');
  const importId = new URL(request.url).searchParams.get('import');
  const current = importId
    ? await orErrorPage(() => getPledgeImport({ subject: viewer.subject, importId }))
    : null;
  const recent = await listPledgeImports({ subject: viewer.subject, limit: 10 });
  return {
    current: current && {
      id: current.id,
      fileName: current.fileName,
      createdAt: current.createdAt.toISOString(),
      checkOnly: current.checkOnly,
      outcome: current.outcome,
      rowCount: current.rowCount,
      createdCount: current.createdCount,
      updatedCount: current.updatedCount,
      unchangedCount: current.unchangedCount,
      refusedCount: current.refusedCount,
      reasons: current.report.length,
      reportTruncated: current.reportTruncated,
      report: current.report.slice(0, shownReportRows),
    },
    recent: recent.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    limits: {
      megabytes: MAX_IMPORT_BYTES / (1024 * 1024),
      rows: MAX_IMPORT_ROWS,
    },
    columnRules: importColumnRuleValues,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'pledges.review');
  const attempt = await attemptUploadForm(request, context, {
    field: 'file',
    maxBytes: MAX_IMPORT_BYTES,
    allowed: ['csv', 'xlsx'],
  });
  if (attempt.refused) return attempt.refused;
  const parsed = attempt.upload;
  const { file, fields } = parsed;
  let record: Awaited<ReturnType<typeof importPledges>>;
  try {
    const bytes = await fs.promises.readFile(file.tempPath);
    record = await importPledges({
      subject: viewer.subject,
      file: { name: file.originalName, kind: file.kind === 'xlsx' ? 'xlsx' : 'csv', bytes },
      checkOnly: fields.get('checkOnly') === 'on',
      requestId: context.requestId,
    });
  } catch (error) {
    if (isAppError(error)) {
      return data(formResult(fields, {}, { code: error.code, params: error.params }), {
        status: error.status,
      });
    }
    throw error;
  } finally {
    await file.discard();
  }
  return redirect(`/${langOf(params)}/pledges/import?import=${record.id}`);
}

type Current = NonNullable<Route.ComponentProps['loaderData']['current']>;

function Outcome({ current }: { current: Current }) {
  const { t } = useI18n();
  const counts = {
    created: current.createdCount,
    updated: current.updatedCount,
    unchanged: current.unchangedCount,
  };
  if (current.outcome === 'imported') {
    return <FormAlert tone="success">{t('pledges-import.outcome.imported', counts)}</FormAlert>;
  }
  if (current.outcome === 'checked') {
    return <FormAlert tone="info">{t('pledges-import.outcome.checked', counts)}</FormAlert>;
  }
  return (
    <div role="alert" className="mb-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
      {current.rowCount
        ? t('pledges-import.outcome.refusedRows', { count: current.refusedCount, rows: current.rowCount })
        : t('pledges-import.outcome.refusedFile')}
    </div>
  );
}

function ReportTable({ report }: { report: PledgeImportReportEntry[] }) {
  const { t, number } = useI18n();
  const columnOf = (e: PledgeImportReportEntry) =>
    e.column ??
    t(e.row === 1 && !e.externalId ? 'pledges-import.report.wholeFile' : 'pledges-import.report.wholeRow');
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm">
        <caption className="sr-only">{t('pledges-import.report.caption')}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="p-2 text-start">
              {t('pledges-import.report.row')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t('pledges-import.report.externalId')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t('pledges-import.report.column')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t('pledges-import.report.reason')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.map((e) => (
            <tr
              key={`${e.row}|${e.column}|${e.key}|${JSON.stringify(e.params ?? {})}`}
              className="border-b border-slate-200 align-top"
            >
              <td className="p-2">{number(e.row, { useGrouping: false })}</td>
              <td className="p-2">
                <bdi>{e.externalId ?? ''}</bdi>
              </td>
              <td className="p-2">{e.column ? <code dir="ltr">{e.column}</code> : columnOf(e)}</td>
              <td className="p-2">{t(e.key, e.params)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ColumnReference({ rules }: { rules: Record<string, number> }) {
  const { t } = useI18n();
  return (
    <details className="mt-4 rounded border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer font-medium">{t('pledges-import.columns.summary')}</summary>
      <p className="mt-2 text-sm text-slate-700">{t('pledges-import.columns.rules', rules)}</p>
      <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
        {importColumnGroups.map((group) => {
          const names = importColumns.filter((c) => c.group === group);
          // The indicator columns repeat for N = 1 … MAX_IMPORT_INDICATORS: shown once, with N.
          const shown =
            group === 'indicators' ? indicatorParts.map((p) => `indicator_N_${p}`) : names.map((c) => c.name);
          return (
            <div key={group} className="contents">
              <dt className="font-mono" dir="ltr">
                {shown.join(' ')}
                {names.some((c) => c.required) ? (
                  <span className="ms-1 font-sans text-red-800">{t('pledges-import.columns.required')}</span>
                ) : null}
              </dt>
              <dd className="mb-2">{t(`pledges-import.columns.${group}`, rules)}</dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}

export default function ImportPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date, number } = useI18n();
  const href = useHref();
  const { current, recent, limits } = loaderData;
  const result = submission(actionData);
  const fileError = result?.fieldErrors.file?.[0] ?? result?.formError;
  return (
    <article aria-labelledby="import-title" className="max-w-5xl">
      <h1 id="import-title" className="text-2xl font-bold sm:text-3xl">
        {t('pledges-import.title')}
      </h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('pledges-import.intro')}</p>
      <ul className="mt-3 list-disc space-y-1 ps-6 text-slate-700">
        <li>{t('pledges-import.rule.allOrNothing')}</li>
        <li>{t('pledges-import.rule.idempotent')}</li>
        <li>{t('pledges-import.rule.limits', { megabytes: limits.megabytes, rows: limits.rows })}</li>
      </ul>
      <p className="mt-3">
        <a href={href('/pledges/import/template.csv')} download>
          {t('pledges-import.template')}
        </a>
      </p>
      <ColumnReference rules={loaderData.columnRules} />

      <section aria-labelledby="upload-title" className="mt-6 rounded border border-slate-200 bg-white p-4">
        <h2 id="upload-title" className="text-xl font-semibold">
          {t('pledges-import.upload.title')}
        </h2>
        <Form method="post" encType="multipart/form-data" noValidate className="mt-3">
          <CsrfInput />
          <FormAlert error={fileError} />
          <div className="mb-4">
            <label htmlFor="import-file" className="block font-medium">
              {t('pledges-import.upload.file')}
            </label>
            <p id="import-file-hint" className="text-sm text-slate-600">
              {t('pledges-import.upload.fileHint', { megabytes: limits.megabytes })}
            </p>
            <input
              id="import-file"
              type="file"
              name="file"
              required
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby="import-file-hint"
              aria-invalid={fileError ? true : undefined}
              className="mt-1 block"
            />
          </div>
          <div className="mb-4 flex items-center gap-2">
            <input id="import-check-only" type="checkbox" name="checkOnly" className="size-4" />
            <label htmlFor="import-check-only">{t('pledges-import.upload.checkOnly')}</label>
          </div>
          <SubmitButton>{t('pledges-import.upload.submit')}</SubmitButton>
        </Form>
      </section>

      {current ? (
        <section aria-labelledby="result-title" className="mt-8">
          <h2 id="result-title" className="text-xl font-semibold">
            {t('pledges-import.result.title')}
          </h2>
          <p className="mt-1 mb-3 text-sm text-slate-700">
            {t('pledges-import.result.file')} <bdi>{current.fileName}</bdi>
            <span className="ms-2">
              {date(current.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
            </span>
          </p>
          <Outcome current={current} />
          {current.outcome === 'imported' ? (
            <p>
              <Link to={href('/pledges')}>{t('pledges-import.result.registry')}</Link>
            </p>
          ) : null}
          {current.report.length ? (
            <>
              <h3 className="mt-4 mb-2 text-lg font-semibold">
                {t('pledges-import.report.title', { count: current.reasons })}
              </h3>
              {current.reasons > current.report.length || current.reportTruncated ? (
                <p className="mb-2 text-sm">
                  {t('pledges-import.report.partial', { shown: current.report.length })}
                </p>
              ) : null}
              <ReportTable report={current.report} />
              <p className="mt-3">
                <a href={href(`/pledges/imports/${current.id}/report.csv`)} download>
                  {t('pledges-import.report.download')}
                </a>
              </p>
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="recent-title" className="mt-8">
        <h2 id="recent-title" className="text-xl font-semibold">
          {t('pledges-import.recent.title')}
        </h2>
        {recent.length ? (
          <div className="relative overflow-x-auto">
            <table className="mt-2 w-full border-collapse text-start text-sm">
              <caption className="sr-only">{t('pledges-import.recent.title')}</caption>
              <thead>
                <tr className="border-b border-slate-400">
                  <th scope="col" className="p-2 text-start">
                    {t('pledges-import.recent.when')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('pledges-import.recent.file')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('pledges-import.recent.by')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('pledges-import.recent.outcome')}
                  </th>
                  <th scope="col" className="p-2 text-start">
                    {t('pledges-import.recent.rows')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {recent.map((r) => (
                  <tr key={r.id} className="border-b border-slate-200">
                    <td className="p-2">
                      <Link to={`${href('/pledges/import')}?import=${r.id}`}>
                        {date(r.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                      </Link>
                    </td>
                    <td className="p-2">
                      <bdi>{r.fileName}</bdi>
                    </td>
                    <td className="p-2">
                      <bdi>{r.byName ?? ''}</bdi>
                    </td>
                    <td className="p-2">{t(`pledges-import.recent.outcome.${r.outcome}`)}</td>
                    <td className="p-2">{number(r.rowCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="mt-2">{t('pledges-import.recent.none')}</p>
        )}
      </section>
    </article>
  );
}
