import type { Translated } from '#db/schema/columns';
import type { ActionStatus } from '#db/schema/plan-values';
import { useI18n } from '~/ui/i18n';
import { Paragraphs } from '~/ui/paragraphs';
import { ActionStatusBadge } from './plan-badges';

export interface TimelineUpdate {
  id: string;
  reportedOn: string;
  status: ActionStatus;
  value: number | null;
  narrative: Translated;
}

/** An action's progress updates, newest first, as a timeline. */
export function UpdateTimeline({ updates, unit }: { updates: TimelineUpdate[]; unit: Translated | null }) {
  const { t, date, number, pick } = useI18n();
  if (!updates.length) return <p className="text-sm text-slate-700">{t('plans.updates.none')}</p>;
  return (
    <ol className="space-y-4 border-s-2 border-slate-200 ps-4">
      {updates.map((u) => (
        <li key={u.id}>
          <p className="flex flex-wrap items-center gap-2 font-medium">
            <time dateTime={u.reportedOn}>
              {date(u.reportedOn, { dateStyle: 'medium', timeZone: 'UTC' })}
            </time>
            <ActionStatusBadge status={u.status} />
            {u.value !== null ? (
              <span className="text-sm font-normal">
                {t('plans.updates.value', { value: number(u.value) })} <bdi>{pick(unit).text}</bdi>
              </span>
            ) : null}
          </p>
          <Paragraphs value={u.narrative} className="mt-1 space-y-2" />
        </li>
      ))}
    </ol>
  );
}
