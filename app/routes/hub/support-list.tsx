import { Link } from 'react-router';
import type { Translated } from '#db/schema/columns';
import type { SupportKind, SupportStatus } from '#db/schema/pledge-support-values';
import { useHref, useI18n } from '~/ui/i18n';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import { SupportStatusBadge } from '../pledges/support-parts';

export interface SupportListRow {
  id: string;
  subjectType: string;
  kind: SupportKind;
  status: SupportStatus;
  topic: Translated;
  pledgeTitle: Translated | null;
  countryName: Translated | null;
  deadline: string | null;
  createdAt: string;
  isSample: boolean;
}

/** Requests for support as a list (the secretariat's queue, one's own requests). */
export function SupportList({ rows }: { rows: SupportListRow[] }) {
  const { t, date } = useI18n();
  const href = useHref();
  const origin = (type: string) =>
    type === 'pledge'
      ? t('hub-support.queue.pledge')
      : type === 'review'
        ? t('hub-support.queue.review')
        : t('hub-support.queue.hub');
  return (
    <ul className="mt-4 space-y-3">
      {rows.map((r) => (
        <li key={r.id} className="rounded border border-slate-200 p-3">
          <Link to={href(`/hub/support/${r.id}`)} className="font-medium">
            <TranslatedText value={r.pledgeTitle && !r.topic.ar && !r.topic.en ? r.pledgeTitle : r.topic} />
          </Link>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <SupportStatusBadge status={r.status} />
            <span>{origin(r.subjectType)}</span>
            <span>{t(`pledges-support.kind.${r.kind}`)}</span>
            {r.countryName ? <TranslatedText value={r.countryName} /> : null}
            <span>{t('hub-support.queue.since', { date: date(r.createdAt, { dateStyle: 'medium' }) })}</span>
            {r.deadline ? (
              <span>
                {t('hub-support.queue.deadline', { date: date(r.deadline, { dateStyle: 'medium' }) })}
              </span>
            ) : null}
            {r.isSample ? <SampleBadge /> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** The serialisable row of a list item from the domain's list functions. */
export const supportListRow = (r: {
  id: string;
  subjectType: string;
  kind: SupportKind;
  status: SupportStatus;
  topic: Translated;
  pledgeTitle: Translated | null;
  countryName: Translated | null;
  deadline: string | null;
  createdAt: Date;
  isSample: boolean;
}): SupportListRow => ({
  id: r.id,
  subjectType: r.subjectType,
  kind: r.kind,
  status: r.status,
  topic: r.topic,
  pledgeTitle: r.pledgeTitle,
  countryName: r.countryName,
  deadline: r.deadline,
  createdAt: r.createdAt.toISOString(),
  isSample: r.isSample,
});
