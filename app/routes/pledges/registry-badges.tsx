import type { Freshness } from '~/modules/pledges/freshness';
import { useI18n } from '~/ui/i18n';

const freshnessTones: Record<Freshness, string> = {
  green: 'bg-green-100 text-green-900 border-green-700',
  amber: 'bg-amber-100 text-amber-900 border-amber-700',
  red: 'bg-red-100 text-red-900 border-red-700',
};
const freshnessMarks: Record<Freshness, string> = { green: '●', amber: '◐', red: '○' };

/** How current the reporting is, in words (colour and mark only repeat it). */
export function FreshnessBadge({ freshness }: { freshness: Freshness }) {
  const { t } = useI18n();
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 text-xs font-medium ${freshnessTones[freshness]}`}
    >
      <span aria-hidden="true">{freshnessMarks[freshness]}</span>
      {t(`pledges-registry.freshness.badge.${freshness}`)}
    </span>
  );
}

export function PledgeStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const tone = status === 'published' ? 'bg-brand-50 text-brand-800' : 'bg-slate-100 text-slate-800';
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${tone}`}>
      {t(`pledges-registry.status.${status}`)}
    </span>
  );
}

/** An objective's number in a small round badge; the label says "Objective 7". */
export function ObjectiveNumber({ number }: { number: number }) {
  const { t, number: format } = useI18n();
  return (
    <span
      className="inline-flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white"
      role="img"
      aria-label={t('pledges-registry.objective.numbered', { number })}
    >
      {format(number)}
    </span>
  );
}
