import { Link } from 'react-router';
import type { Translated } from '#db/schema/columns';
import type { ActionStatus } from '#db/schema/plan-values';
import { useHref, useI18n } from '~/ui/i18n';
import { ObjectiveBadge } from '~/ui/objective-badge';
import { TranslatedText } from '~/ui/translated-text';
import { ActionStatusBadge, ProgressMeter } from './plan-badges';
import { type TimelineUpdate, UpdateTimeline } from './update-timeline';

export interface ActionSummary {
  id: string;
  position: number;
  title: Translated;
  status: ActionStatus;
  leadEntity: Translated;
  partners: Translated;
  startDate: string;
  endDate: string;
  budgetAmount: number | null;
  budgetCurrency: string | null;
  objectives: number[];
  sdgTargets: string[];
  indicator: { name: Translated; unit: Translated; baseline: number; target: number } | null;
  latest: { value: number; on: string } | null;
  progress: number | null;
  updates: TimelineUpdate[];
}

/** One action of the plan in the list: who, when, how much, which objectives, progress, and its updates. */
export function ActionCard({ action, iso3 }: { action: ActionSummary; iso3: string }) {
  const { t, date, number } = useI18n();
  const href = useHref();
  const day = (d: string) => date(d, { dateStyle: 'medium', timeZone: 'UTC' });
  const a = action;
  return (
    <li className="rounded border border-slate-200 bg-white p-4">
      <h3 className="text-lg font-semibold">
        <span className="me-2 text-slate-600">{t('plans.action.number', { number: a.position })}</span>
        <Link to={href(`/plans/${iso3}/actions/${a.id}`)}>
          <TranslatedText value={a.title} />
        </Link>
      </h3>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <ActionStatusBadge status={a.status} />
        <span className="sr-only">{t('plans.action.objectives')}</span>
        {a.objectives.map((n) => (
          <ObjectiveBadge key={n} number={n} size="sm" />
        ))}
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
        <div>
          <dt className="inline font-medium">{t('plans.action.lead')}</dt>{' '}
          <TranslatedText as="dd" value={a.leadEntity} className="inline" />
        </div>
        {a.partners.ar || a.partners.en ? (
          <div>
            <dt className="inline font-medium">{t('plans.action.partners')}</dt>{' '}
            <TranslatedText as="dd" value={a.partners} className="inline" />
          </div>
        ) : null}
        <div>
          <dt className="inline font-medium">{t('plans.action.dates')}</dt>{' '}
          <dd className="inline">
            {t('plans.periodRange', { start: day(a.startDate), end: day(a.endDate) })}
          </dd>
        </div>
        {a.budgetAmount !== null && a.budgetCurrency ? (
          <div>
            <dt className="inline font-medium">{t('plans.action.budget')}</dt>{' '}
            <dd className="inline">
              <bdi>{number(a.budgetAmount, { style: 'currency', currency: a.budgetCurrency })}</bdi>
            </dd>
          </div>
        ) : null}
        <div className="sm:col-span-2">
          <dt className="inline font-medium">{t('plans.action.indicator')}</dt>{' '}
          <dd className="inline">
            {a.indicator ? (
              <>
                <TranslatedText value={a.indicator.name} />{' '}
                {t('plans.action.baselineTarget', {
                  baseline: number(a.indicator.baseline),
                  target: number(a.indicator.target),
                })}{' '}
                <TranslatedText value={a.indicator.unit} />
                {a.latest ? (
                  <span className="ms-2">
                    {t('plans.action.latest', { value: number(a.latest.value), date: day(a.latest.on) })}
                  </span>
                ) : null}
              </>
            ) : (
              t('plans.action.noIndicator')
            )}
          </dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="inline font-medium">{t('plans.action.progress')}</dt>{' '}
          <dd className="inline">
            <ProgressMeter progress={a.progress} />
          </dd>
        </div>
      </dl>
      <details className="mt-3">
        <summary className="cursor-pointer font-medium text-brand-700">
          {t('plans.action.updates', { count: a.updates.length })}
        </summary>
        <div className="mt-2">
          <UpdateTimeline updates={a.updates} unit={a.indicator?.unit ?? null} />
        </div>
      </details>
    </li>
  );
}
