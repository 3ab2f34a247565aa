import type { ActionStatus, PlanStatus } from '#db/schema/plan-values';
import { useI18n } from '~/ui/i18n';

const actionTones: Record<ActionStatus, string> = {
  planned: 'bg-slate-100 text-slate-800',
  in_progress: 'bg-sky-100 text-sky-900',
  completed: 'bg-green-100 text-green-900',
  delayed: 'bg-amber-100 text-amber-900',
  cancelled: 'bg-red-100 text-red-900',
};

/** Where an action stands, in words (the colour only repeats it). */
export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useI18n();
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${actionTones[status]}`}>
      {t(`plans.actionStatus.${status}`)}
    </span>
  );
}

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useI18n();
  const tone = status === 'published' ? 'bg-brand-50 text-brand-800' : 'bg-amber-100 text-amber-900';
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${tone}`}>
      {t(`plans.planStatus.${status}`)}
    </span>
  );
}

/** Progress toward the target as text ("45 %"), or "no indicator data". */
export function useProgressText() {
  const { t, number } = useI18n();
  return (progress: number | null) =>
    progress === null
      ? t('plans.progress.noData')
      : number(progress / 100, { style: 'percent', maximumFractionDigits: 0 });
}

/** A small bar with the percentage beside it; the text carries the meaning (the bar is decoration). */
export function ProgressMeter({ progress }: { progress: number | null }) {
  const { dir } = useI18n();
  const text = useProgressText();
  const w = progress === null ? 0 : Math.round(progress);
  return (
    <span className="inline-flex items-center gap-2">
      {progress !== null ? (
        <svg aria-hidden="true" viewBox="0 0 100 8" className="h-2 w-24" preserveAspectRatio="none">
          <rect width="100" height="8" rx="2" className="fill-slate-200" />
          <rect x={dir === 'rtl' ? 100 - w : 0} width={w} height="8" rx="2" className="fill-brand-600" />
        </svg>
      ) : null}
      <span className="text-sm">{text(progress)}</span>
    </span>
  );
}
