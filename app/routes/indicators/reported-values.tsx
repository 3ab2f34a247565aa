import { Form, Link } from 'react-router';
import type { Translated } from '#db/schema/columns';
import type { Disaggregation, IndicatorUnit } from '#db/schema/indicator-values';
import { breakdownText, formatIndicatorValue } from '~/modules/indicators/indicator-tables';
import type { SubmissionResult } from '~/platform/forms.server';
import { CsrfInput, FormAlert } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { TableScroll } from '~/ui/table-scroll';
import { TranslatedText } from '~/ui/translated-text';

/** A reported value as the table shows it; `inReview` on the state's page for a review's value. */
export interface ReportedValueRow {
  id: string;
  code: string;
  name: Translated;
  unit: IndicatorUnit;
  year: number;
  disaggregation: Disaggregation;
  value: number;
  version: number;
  inReview?: boolean;
}

/**
 * The values reported, shared by the state's page and the national review's panel: each with a link
 * to correct it in the form above and a button to delete it at the version shown (the delete posts
 * `intent=delete` to `page`, whose refusal is shown above the table).
 */
export function ReportedValues({
  heading,
  rows,
  page,
  canEdit,
  result,
}: {
  heading: string;
  rows: ReportedValueRow[];
  /** The page's address without its query: the edit links and the delete form go there. */
  page: string;
  canEdit: boolean;
  result?: SubmissionResult;
}) {
  const i18n = useI18n();
  const { t, number } = i18n;
  return (
    <section aria-labelledby="values" className="mt-8">
      <h2 id="values" className="text-xl font-bold">
        {heading}
      </h2>
      {result?.values.intent === 'delete' ? <FormAlert error={result.formError} /> : null}
      {rows.length ? (
        <TableScroll className="mt-3">
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
                {canEdit ? (
                  <th scope="col" className="p-2 text-start">
                    {t('indicators.report.actions')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-slate-200">
                  <td className="p-2">
                    <bdi dir="ltr">{row.code}</bdi> <TranslatedText value={row.name} />
                  </td>
                  <td className="p-2">{number(row.year, { useGrouping: false })}</td>
                  <td className="p-2">{breakdownText(i18n, row.disaggregation)}</td>
                  <td className="p-2">{formatIndicatorValue(i18n, row.unit, row.value)}</td>
                  {canEdit ? (
                    <td className="p-2">
                      {row.inReview ? (
                        t('indicators.report.inReview')
                      ) : (
                        <div className="flex flex-wrap items-baseline gap-x-4">
                          <Link
                            to={`${page}?indicator=${encodeURIComponent(row.code)}&edit=${row.id}#value-form`}
                          >
                            {t('indicators.report.correct')}
                          </Link>
                          <Form method="post" action={page}>
                            <CsrfInput />
                            <input type="hidden" name="intent" value="delete" />
                            <input type="hidden" name="valueId" value={row.id} />
                            <input type="hidden" name="version" value={row.version} />
                            <button type="submit" className="text-red-800 underline">
                              {t('indicators.report.delete')}
                              <span className="sr-only">
                                {' '}
                                {t('indicators.report.deleteWhich', {
                                  code: row.code,
                                  year: number(row.year, { useGrouping: false }),
                                })}
                              </span>
                            </button>
                          </Form>
                        </div>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="mt-3 text-slate-700">{t('indicators.report.none')}</p>
      )}
    </section>
  );
}
