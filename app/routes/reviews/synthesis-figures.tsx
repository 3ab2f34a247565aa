import { readFile } from 'node:fs/promises';
import { data, Form, Link, redirect } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { trendIndicators } from '#db/schema/review-synthesis-types';
import {
  importTrendFigures,
  type TrendImportRefusal,
} from '~/modules/reviews/synthesis/trends/import-trend-figures.server';
import {
  correctTrendFigure,
  recordTrendFigure,
  removeTrendFigure,
} from '~/modules/reviews/synthesis/trends/trend-figures.server';
import { listTrendFigures, loadCycleStates } from '~/modules/reviews/synthesis/trends/trend-records.server';
import { trendCsvColumns, trendLimits } from '~/modules/reviews/synthesis/trends/trend-schema';
import { readTogether } from '~/platform/db.server';
import { attemptForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { sortByName } from '~/platform/i18n/collation';
import { getDb } from '~/platform/platform.server';
import { attemptUploadForm } from '~/platform/uploads/index.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import {
  CsrfInput,
  FormAlert,
  formAlertOf,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  TextField,
  useErrorText,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/synthesis-figures';
import { figuresCycle } from './synthesis-figures.server';

/**
 * /{lang}/reviews/cycles/:cycleId/synthesis/figures — whoever writes the cycle's synthesis records
 * the figures of its "migration patterns and trends" section: one by one (state, indicator, year,
 * value, source), corrected or removed per row (versioned), or many at once from a CSV posted to
 * …/figures/import (all or nothing, every refused line reported).
 */
const maxCsvBytes = 2 * 1024 * 1024;
const doneNotices = ['recorded', 'corrected', 'removed'] as const;

export async function loader({ request, params }: Route.LoaderArgs) {
  const { cycle } = await figuresCycle(request, params.cycleId);
  const locale = langOf(params);
  const db = getDb();
  const [states, figures] = await readTogether(db, [
    () => loadCycleStates(db, cycle.id),
    () => listTrendFigures(db, cycle.id),
  ]);
  const url = new URL(request.url);
  const imported = url.searchParams.get('imported')?.match(/^(\d+)-(\d+)$/);
  return {
    cycle: { id: cycle.id, title: cycle.title },
    states: sortByName(states, locale, (s) => s.name),
    figures: figures.map(({ figure, countryName }) => ({
      id: figure.id,
      version: figure.version,
      country: figure.countryIso3,
      countryName,
      indicator: figure.indicator,
      year: figure.year,
      value: figure.value,
      source: figure.source,
      sourceUrl: figure.sourceUrl,
      note: figure.note,
    })),
    done: doneNotices.find((d) => d === url.searchParams.get('done')) ?? null,
    imported: imported ? { created: Number(imported[1]), updated: Number(imported[2]) } : null,
  };
}

type FiguresActionData = SubmissionResult & { refused?: TrendImportRefusal[] };

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer, cycle } = await figuresCycle(request, params.cycleId);
  const base = `/${langOf(params)}/reviews/cycles/${cycle.id}/synthesis/figures`;
  if (new URL(request.url).pathname.endsWith('/import')) {
    const attempt = await attemptUploadForm(request, context, {
      field: 'file',
      maxBytes: maxCsvBytes,
      allowed: ['csv'],
    });
    if (attempt.refused) return attempt.refused;
    const upload = attempt.upload;
    let bytes: Buffer;
    try {
      bytes = await readFile(upload.file.tempPath);
    } finally {
      await upload.file.discard();
    }
    const result = await orErrorPage(() =>
      importTrendFigures({ subject: viewer.subject, cycleId: cycle.id, bytes, requestId: context.requestId }),
    );
    if (!result.ok) {
      const answer: FiguresActionData = {
        status: 'error',
        values: { intent: 'import' },
        fieldErrors: {},
        formError: { code: 'trendImportRefused', params: { count: result.refused.length } },
        refused: result.refused,
      };
      return data(answer, { status: 422 });
    }
    return redirect(`${base}?imported=${result.created}-${result.updated}#import`);
  }
  const form = await readForm(request, context);
  const intent = form.get('intent');
  const figureId = String(form.get('figureId') ?? '');
  const expectedVersion = Number(form.get('version'));
  const common = { subject: viewer.subject, cycleId: cycle.id, requestId: context.requestId };
  if (intent === 'remove') {
    const removed = await attemptForm(form, () =>
      removeTrendFigure({ ...common, figureId, expectedVersion }),
    );
    if (!removed.ok) return removed.response;
    return redirect(`${base}?done=removed`);
  }
  if (intent === 'correct') {
    const corrected = await attemptForm(form, {
      run: (input) => correctTrendFigure({ ...common, figureId, expectedVersion, input }),
    });
    if (!corrected.ok) return corrected.response;
    return redirect(`${base}?done=corrected#figure-${figureId}`);
  }
  const recorded = await attemptForm(form, { run: (input) => recordTrendFigure({ ...common, input }) });
  if (!recorded.ok) return recorded.response;
  return redirect(`${base}?done=recorded`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-synthesis.figures.title') }));

interface FigureValues {
  country: string;
  indicator: string;
  year: string;
  value: string;
  source: string;
  sourceUrl: string;
  note: string;
}

const emptyFigure: FigureValues = {
  country: '',
  indicator: 'migrant_stock',
  year: '',
  value: '',
  source: '',
  sourceUrl: '',
  note: '',
};

/** The fields of one figure, filled with the user's last submission when it was this form's. */
function FigureFields({
  states,
  initial,
  result,
}: {
  states: { iso3: string; name: Translated }[];
  initial: FigureValues;
  result: SubmissionResult | undefined;
}) {
  const { t, pick } = useI18n();
  const value = (name: keyof FigureValues) => submitted(result, name, initial[name]);
  const errors = (name: keyof FigureValues) => result?.fieldErrors?.[name];
  return (
    <>
      <div className="grid gap-x-4 md:grid-cols-2">
        <SelectField
          label={t('reviews-synthesis.figures.field.country')}
          name="country"
          defaultValue={value('country')}
          errors={errors('country')}
        >
          <option value="">{t('reviews-synthesis.figures.chooseState')}</option>
          {states.map((s) => (
            <option key={s.iso3} value={s.iso3}>
              {pick(s.name).text}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('reviews-synthesis.figures.field.indicator')}
          name="indicator"
          defaultValue={value('indicator')}
          errors={errors('indicator')}
        >
          {trendIndicators.map((i) => (
            <option key={i} value={i}>
              {t(`reviews-synthesis.trends.indicator.${i}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('reviews-synthesis.figures.field.year')}
          name="year"
          inputMode="numeric"
          defaultValue={value('year')}
          errors={errors('year')}
        />
        <TextField
          label={t('reviews-synthesis.figures.field.value')}
          hint={t('reviews-synthesis.figures.field.valueHint')}
          name="value"
          inputMode="decimal"
          dir="ltr"
          defaultValue={value('value')}
          errors={errors('value')}
        />
      </div>
      <TextField
        label={t('reviews-synthesis.figures.field.source')}
        hint={t('reviews-synthesis.figures.field.sourceHint')}
        name="source"
        dir="auto"
        maxLength={trendLimits.source}
        defaultValue={value('source')}
        errors={errors('source')}
      />
      <TextField
        label={t('reviews-synthesis.figures.field.sourceUrl')}
        name="sourceUrl"
        type="url"
        dir="ltr"
        defaultValue={value('sourceUrl')}
        errors={errors('sourceUrl')}
      />
      <TextArea
        label={t('reviews-synthesis.figures.field.note')}
        name="note"
        dir="auto"
        rows={2}
        maxLength={trendLimits.note}
        defaultValue={value('note')}
        errors={errors('note')}
      />
    </>
  );
}

export default function SynthesisFigures({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, number } = useI18n();
  const href = useHref();
  const { cycle, states, figures } = loaderData;
  const result = actionData as FiguresActionData | undefined;
  const intent = submitted(result, 'intent', 'record');
  const resultFor = (name: string, figureId?: string) =>
    intent === name && (figureId === undefined || submitted(result, 'figureId') === figureId)
      ? result
      : undefined;
  const base = `/reviews/cycles/${cycle.id}/synthesis/figures`;
  const errorText = useErrorText();
  const year = (y: number) => number(y, { useGrouping: false });
  const byIndicator = trendIndicators
    .map((indicator) => ({ indicator, rows: figures.filter((f) => f.indicator === indicator) }))
    .filter((group) => group.rows.length);
  const recordResult = resultFor('record');
  const importResult = resultFor('import');
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-4xl">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-synthesis.breadcrumb.reviews') },
          { to: href(`/reviews/cycles/${cycle.id}`), label: pick(cycle.title).text },
          {
            to: href(`/reviews/cycles/${cycle.id}/synthesis/edit`),
            label: t('reviews-synthesis.edit.title'),
          },
          { label: t('reviews-synthesis.figures.title') },
        ]}
      />
      <h1 id="page-title" className="text-2xl font-bold">
        {t('reviews-synthesis.figures.title')}
      </h1>
      <p className="mt-1 text-slate-700">
        <TranslatedText value={cycle.title} />
      </p>
      <p className="mt-3 max-w-3xl">{t('reviews-synthesis.figures.intro')}</p>
      <p className="mt-2 text-sm">
        <Link to={href(`/reviews/cycles/${cycle.id}/synthesis?draft=1#trends`)} className="underline">
          {t('reviews-synthesis.preview.link')}
        </Link>
      </p>
      <div className="mt-4">
        {loaderData.done ? (
          <FormAlert tone="success">{t(`reviews-synthesis.figures.done.${loaderData.done}`)}</FormAlert>
        ) : null}
        {loaderData.imported ? (
          <FormAlert tone="success">
            {t('reviews-synthesis.figures.imported', {
              created: loaderData.imported.created,
              updated: loaderData.imported.updated,
            })}
          </FormAlert>
        ) : null}
      </div>

      <section aria-labelledby="figures-title" className="mt-6">
        <h2 id="figures-title" className="text-xl font-semibold">
          {t('reviews-synthesis.figures.listTitle', { count: figures.length })}
        </h2>
        {byIndicator.length ? null : (
          <p className="mt-2 text-slate-700">{t('reviews-synthesis.figures.none')}</p>
        )}
        {byIndicator.map((group) => (
          <div key={group.indicator} className="mt-4">
            <h3 className="font-semibold">{t(`reviews-synthesis.trends.indicator.${group.indicator}`)}</h3>
            <ul className="mt-2 space-y-2">
              {group.rows.map((f) => {
                const rowResult = resultFor('correct', f.id) ?? resultFor('remove', f.id);
                return (
                  <li
                    key={f.id}
                    id={`figure-${f.id}`}
                    className="rounded border border-slate-200 bg-white p-3"
                  >
                    <p>
                      <span className="font-medium">
                        <bdi>{pick(f.countryName).text}</bdi>
                      </span>
                      {' · '}
                      {year(f.year)}
                      {' · '}
                      <span className="font-semibold tabular-nums">
                        {number(f.value, { maximumFractionDigits: 2 })}
                      </span>
                      {' · '}
                      <span className="text-sm text-slate-700">
                        <bdi>{f.source}</bdi>
                      </span>
                    </p>
                    {f.note ? (
                      <p className="text-sm text-slate-700">
                        <bdi>{f.note}</bdi>
                      </p>
                    ) : null}
                    <details open={Boolean(rowResult)} className="mt-2">
                      <summary className="cursor-pointer text-sm underline">
                        {t('reviews-synthesis.figures.correct')}
                      </summary>
                      <div className="mt-3">
                        <FormAlert error={formAlertOf(rowResult)} />
                        <Form method="post" action={href(base)} noValidate>
                          <CsrfInput />
                          <input type="hidden" name="intent" value="correct" />
                          <input type="hidden" name="figureId" value={f.id} />
                          <input type="hidden" name="version" value={f.version} />
                          <FigureFields
                            states={states}
                            initial={{
                              country: f.country,
                              indicator: f.indicator,
                              year: String(f.year),
                              value: String(f.value),
                              source: f.source,
                              sourceUrl: f.sourceUrl ?? '',
                              note: f.note ?? '',
                            }}
                            result={resultFor('correct', f.id)}
                          />
                          <SubmitButton>{t('reviews-synthesis.figures.save')}</SubmitButton>
                        </Form>
                        <Form method="post" action={href(base)} className="mt-3">
                          <CsrfInput />
                          <input type="hidden" name="intent" value="remove" />
                          <input type="hidden" name="figureId" value={f.id} />
                          <input type="hidden" name="version" value={f.version} />
                          <button
                            type="submit"
                            className="rounded border border-red-700 px-3 py-1 text-red-800"
                          >
                            {t('reviews-synthesis.figures.remove')}
                          </button>
                        </Form>
                      </div>
                    </details>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="add-title" className="mt-8">
        <h2 id="add-title" className="text-xl font-semibold">
          {t('reviews-synthesis.figures.addTitle')}
        </h2>
        <div className="mt-3">
          <FormAlert error={formAlertOf(recordResult)} />
        </div>
        <Form method="post" action={href(base)} noValidate className="mt-2">
          <CsrfInput />
          <input type="hidden" name="intent" value="record" />
          <FigureFields states={states} initial={emptyFigure} result={recordResult} />
          <SubmitButton>{t('reviews-synthesis.figures.add')}</SubmitButton>
        </Form>
      </section>

      <section id="import" aria-labelledby="import-title" className="mt-8">
        <h2 id="import-title" className="text-xl font-semibold">
          {t('reviews-synthesis.figures.importTitle')}
        </h2>
        <p className="mt-2 max-w-3xl">{t('reviews-synthesis.figures.importIntro')}</p>
        <p className="mt-2 text-sm">
          {t('reviews-synthesis.figures.columns')}{' '}
          <code dir="ltr" className="rounded bg-slate-100 px-1">
            {trendCsvColumns.map(([column]) => column).join(',')}
          </code>
        </p>
        <p className="mt-1 text-sm">
          {t('reviews-synthesis.figures.indicatorCodes')}{' '}
          <code dir="ltr" className="rounded bg-slate-100 px-1">
            {trendIndicators.join(', ')}
          </code>
        </p>
        <p className="mt-2">
          <a href={href(`${base}/template.csv`)} download className="underline">
            {t('reviews-synthesis.figures.template')}
          </a>
        </p>
        <div className="mt-3">
          <FormAlert error={importResult?.formError} />
        </div>
        {importResult?.refused?.length ? (
          <ul
            aria-label={t('reviews-synthesis.figures.refusedTitle')}
            className="mb-4 list-disc space-y-1 ps-6 text-sm"
          >
            {importResult.refused.map((r) => (
              <li key={`${r.line}-${r.column}-${r.code}`}>
                {t('reviews-synthesis.figures.refusedLine', {
                  line: number(r.line, { useGrouping: false }),
                  column: r.column ?? '—',
                  reason: errorText(r),
                })}
              </li>
            ))}
          </ul>
        ) : null}
        <Form method="post" action={href(`${base}/import`)} encType="multipart/form-data" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="import" />
          <TextField
            label={t('reviews-synthesis.figures.file')}
            hint={t('reviews-synthesis.figures.fileHint', { size: number(maxCsvBytes / (1024 * 1024)) })}
            name="file"
            type="file"
            accept=".csv,text/csv"
            errors={importResult?.fieldErrors?.file}
          />
          <SubmitButton>{t('reviews-synthesis.figures.import')}</SubmitButton>
        </Form>
      </section>
    </article>
  );
}
