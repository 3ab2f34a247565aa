import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CycleStatus } from '#db/schema/review-values';
import type { SubmissionResult } from '~/platform/forms.server';
import { FormAlert, SelectField, useErrorText } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { problemsOf } from './cycle-form-state';

/** Pieces shared by the review-cycle pages (cycles, templates, tracker, contributions, outcome). */

const cycleTones: Record<CycleStatus, string> = {
  draft: 'bg-slate-200 text-slate-900',
  open: 'bg-green-100 text-green-900',
  closed: 'bg-sky-100 text-sky-900',
};

export function CycleStatusBadge({ status }: { status: CycleStatus }) {
  const { t } = useI18n();
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${cycleTones[status]}`}>
      {t(`reviews.cycleStatus.${status}`)}
    </span>
  );
}

/** A date or a range of dates (YYYY-MM-DD), long form in the reader's language. */
export function DateRange({ from, to }: { from: string | null; to?: string | null }) {
  const { date } = useI18n();
  if (!from) return null;
  const format = (d: string) => date(d, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <>
      <time dateTime={from}>{format(from)}</time>
      {to && to !== from ? (
        <>
          {' – '}
          <time dateTime={to}>{format(to)}</time>
        </>
      ) : null}
    </>
  );
}

/** Every reason a form was refused, above it. */
export function ProblemSummary({ refused }: { refused: SubmissionResult | undefined }) {
  const { t } = useI18n();
  const text = useErrorText();
  const problems = problemsOf(refused);
  if (!problems.length) return null;
  return (
    <FormAlert>
      <p className="font-semibold">{t('reviews-cycles.form.refused', { count: problems.length })}</p>
      <ul className="mt-1 list-disc ps-5">
        {problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same reason may repeat for several rows
          <li key={i}>{text(p)}</li>
        ))}
      </ul>
    </FormAlert>
  );
}

export type CycleTab =
  | 'cycle'
  | 'contributions'
  | 'outcome'
  | 'tracker'
  | 'outreach'
  | 'edit'
  | 'outcomeEdit';

/** Links between the pages of one cycle; the current page is marked. */
export function CycleTabs({
  cycleId,
  current,
  show,
}: {
  cycleId: string;
  current: CycleTab;
  show: {
    outcome?: boolean;
    synthesis?: boolean;
    tracker?: boolean;
    outreach?: boolean;
    edit?: boolean;
    outcomeEdit?: boolean;
  };
}) {
  const { t } = useI18n();
  const href = useHref();
  const base = `/reviews/cycles/${cycleId}`;
  const tabs: { key: CycleTab | 'synthesis'; to: string; visible: boolean }[] = [
    { key: 'cycle', to: base, visible: true },
    { key: 'contributions', to: `${base}/contributions`, visible: true },
    { key: 'synthesis', to: `${base}/synthesis`, visible: Boolean(show.synthesis) },
    { key: 'outcome', to: `${base}/outcome`, visible: Boolean(show.outcome) },
    { key: 'tracker', to: `${base}/tracker`, visible: Boolean(show.tracker) },
    { key: 'outreach', to: `${base}/outreach`, visible: Boolean(show.outreach) },
    { key: 'outcomeEdit', to: `${base}/outcome/edit`, visible: Boolean(show.outcomeEdit) },
    { key: 'edit', to: `${base}/edit`, visible: Boolean(show.edit) },
  ];
  return (
    <nav aria-label={t('reviews-cycles.tabs.label')} className="mb-6 border-b border-slate-200">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {tabs
          .filter((tab) => tab.visible)
          .map((tab) => (
            <li key={tab.key}>
              <Link
                to={href(tab.to)}
                aria-current={tab.key === current ? 'page' : undefined}
                className={`inline-block pb-2 ${tab.key === current ? 'border-b-2 border-brand-700 font-semibold text-brand-800' : 'text-slate-700'}`}
              >
                {t(`reviews-cycles.tabs.${tab.key}`)}
              </Link>
            </li>
          ))}
      </ul>
    </nav>
  );
}

/** A titled part of a page. */
export function PageSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** A choice in a GET filter form: "any" first, then the options, the current filter selected. */
export function FilterSelect({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string | number | undefined;
  options: { value: string; label: string }[];
}) {
  const { t } = useI18n();
  return (
    <SelectField label={label} name={name} defaultValue={value === undefined ? '' : String(value)}>
      <option value="">{t('reviews-cycles.filter.any')}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}
