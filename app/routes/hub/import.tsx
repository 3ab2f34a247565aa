import fs from 'node:fs';
import { data, Form, Link } from 'react-router';
import { zipFiles } from '~/modules/hub/import/import-files.server';
import { importResources } from '~/modules/hub/import/import-resources.server';
import {
  type ImportProblem,
  MAX_IMPORT_UNZIPPED_BYTES,
  MAX_IMPORT_ZIP_BYTES,
  MAX_MANIFEST_ROWS,
  manifestColumns,
  problemMessageKey,
} from '~/modules/hub/import/manifest-columns';
import { manifestKindOf } from '~/modules/hub/import/read-manifest.server';
import { RESOURCE_FILE_MAX_BYTES } from '~/modules/hub/resources/resource-schema';
import { guard } from '~/permissions/guard.server';
import { isAppError } from '~/platform/errors';
import { formResult } from '~/platform/forms.server';
import { attemptUploadForm } from '~/platform/uploads/index.server';
import { CsrfInput, FormAlert, SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TableScroll } from '~/ui/table-scroll';
import { submission } from '../accounts/shared';
import type { Route } from './+types/import';

/**
 * Bulk import of resources by a Hub editor (docs/hub-import.md): one ZIP with the manifest
 * (manifest.csv or manifest.json at its root) and the files it names. The upload is sniffed and capped
 * by the upload platform (the path contains "import"); the domain checks every row and imports all or
 * nothing, then the page shows the counts or the refused rows. Posting the same ZIP again is harmless:
 * unchanged rows are skipped.
 */
const shownProblems = 300;
const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub.import.title') }));

export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'hub.curate');
  return {
    limits: {
      zip: mb(MAX_IMPORT_ZIP_BYTES),
      unzipped: mb(MAX_IMPORT_UNZIPPED_BYTES),
      perFile: mb(RESOURCE_FILE_MAX_BYTES),
      rows: MAX_MANIFEST_ROWS,
    },
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'hub.curate');
  const attempt = await attemptUploadForm(request, context, {
    field: 'file',
    maxBytes: MAX_IMPORT_ZIP_BYTES,
    allowed: ['zip'],
  });
  if (attempt.refused) return attempt.refused;
  const { file, fields } = attempt.upload;
  const refuse = (code: string, status: number, params?: Record<string, string | number>) =>
    data(formResult(fields, { file: [{ code, params }] }, { code, params }), { status });
  try {
    const opened = await zipFiles(await fs.promises.readFile(file.tempPath));
    if (!opened.ok) return refuse(opened.code, 400);
    if (!opened.manifest) return refuse('hubImportNoManifest', 400);
    const result = await importResources({
      actor: { subject: viewer.subject },
      manifest: { ...opened.manifest, kind: manifestKindOf(opened.manifest.name) },
      files: opened.files,
      requestId: context.requestId,
    });
    const { runId: _runId, ...shown } = result;
    return data(
      {
        result: {
          ...shown,
          reasons: shown.problems.length,
          problems: shown.problems.slice(0, shownProblems),
        },
      },
      { status: result.outcome === 'refused' ? 400 : 200 },
    );
  } catch (error) {
    if (isAppError(error)) return refuse(error.code, error.status, error.params as Record<string, string>);
    throw error;
  } finally {
    await file.discard();
  }
}

function ProblemTable({ problems }: { problems: ImportProblem[] }) {
  const { t, number } = useI18n();
  return (
    <TableScroll>
      <table className="w-full border-collapse text-start text-sm">
        <caption className="sr-only">{t('hub.import.report.caption')}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="p-2 text-start">
              {t('hub.import.report.row')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t('hub.import.report.externalId')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t('hub.import.report.column')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t('hub.import.report.reason')}
            </th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p) => (
            <tr
              key={`${p.row}|${p.column}|${p.code}|${JSON.stringify(p.params ?? {})}`}
              className="border-b border-slate-200 align-top"
            >
              <td className="p-2">{number(p.row, { useGrouping: false })}</td>
              <td className="p-2">
                <bdi>{p.externalId ?? ''}</bdi>
              </td>
              <td className="p-2">
                {p.column ? <code dir="ltr">{p.column}</code> : t('hub.import.report.wholeFile')}
              </td>
              <td className="p-2">{t(problemMessageKey(p), p.params)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

export default function ImportResources({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { limits } = loaderData;
  const result = actionData && 'result' in actionData ? actionData.result : null;
  const form = submission(actionData && !('result' in actionData) ? actionData : undefined);
  const fileError = form?.fieldErrors.file?.[0] ?? form?.formError;
  return (
    <article aria-labelledby="import-title" className="max-w-5xl">
      <p>
        <Link to={href('/hub/editor')}>{t('hub.queue.title')}</Link>
      </p>
      <h1 id="import-title" className="mt-2 text-2xl font-bold sm:text-3xl">
        {t('hub.import.title')}
      </h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('hub.import.intro')}</p>
      <ul className="mt-3 list-disc space-y-1 ps-6 text-slate-700">
        <li>
          {t('hub.import.rule.zip', {
            megabytes: limits.zip,
            unzipped: limits.unzipped,
            perFile: limits.perFile,
          })}
        </li>
        <li>{t('hub.import.rule.allOrNothing')}</li>
        <li>{t('hub.import.rule.idempotent')}</li>
        <li>{t('hub.import.rule.published')}</li>
        <li>{t('hub.import.rule.cli', { rows: limits.rows })}</li>
      </ul>
      <details className="mt-4 rounded border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-medium">{t('hub.import.columns.summary')}</summary>
        <p className="mt-2 text-sm text-slate-700">{t('hub.import.columns.rules')}</p>
        <ul className="mt-2 flex flex-wrap gap-2 text-sm" dir="ltr">
          {manifestColumns.map((c) => (
            <li key={c.name}>
              <code>{c.name}</code>
              {c.required ? <span className="sr-only">{t('hub.import.columns.required')}</span> : null}
              {c.required ? <span aria-hidden="true">*</span> : null}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-slate-700">{t('hub.import.columns.requiredNote')}</p>
      </details>

      <section aria-labelledby="upload-title" className="mt-6 rounded border border-slate-200 bg-white p-4">
        <h2 id="upload-title" className="text-xl font-semibold">
          {t('hub.import.upload.title')}
        </h2>
        <Form method="post" encType="multipart/form-data" noValidate className="mt-3">
          <CsrfInput />
          <FormAlert error={fileError} />
          <div className="mb-4">
            <label htmlFor="import-archive" className="block font-medium">
              {t('hub.import.upload.file')}
            </label>
            <p id="import-archive-hint" className="text-sm text-slate-600">
              {t('hub.import.upload.fileHint', { megabytes: limits.zip })}
            </p>
            <input
              id="import-archive"
              type="file"
              name="file"
              required
              accept=".zip,application/zip"
              aria-describedby="import-archive-hint"
              aria-invalid={fileError ? true : undefined}
              className="mt-1 block max-w-full"
            />
          </div>
          <SubmitButton>{t('hub.import.upload.submit')}</SubmitButton>
        </Form>
      </section>

      {result ? (
        <section aria-labelledby="result-title" className="mt-8">
          <h2 id="result-title" className="text-xl font-semibold">
            {t('hub.import.result.title')}
          </h2>
          {result.outcome === 'imported' ? (
            <>
              <FormAlert tone="success">
                {t('hub.import.result.imported', {
                  created: result.created,
                  updated: result.updated,
                  unchanged: result.unchanged,
                })}
              </FormAlert>
              {result.unreadable ? (
                <p>{t('hub.import.result.unreadable', { count: result.unreadable })}</p>
              ) : null}
              <p>
                <Link to={href('/hub/resources')}>{t('hub.resources.title')}</Link>
              </p>
            </>
          ) : (
            <>
              <div role="alert" className="mb-4 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900">
                {result.rowCount
                  ? t('hub.import.result.refusedRows', { count: result.refusedRows, rows: result.rowCount })
                  : t('hub.import.result.refusedFile')}
              </div>
              {result.reasons > result.problems.length || result.problemsTruncated ? (
                <p className="mb-2 text-sm">
                  {t('hub.import.report.partial', { shown: result.problems.length })}
                </p>
              ) : null}
              <ProblemTable problems={result.problems} />
            </>
          )}
        </section>
      ) : null}
    </article>
  );
}
