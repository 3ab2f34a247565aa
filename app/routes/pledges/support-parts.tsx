import type { Locale, Translated } from '#db/schema/columns';
import type { SupportKind, SupportStatus } from '#db/schema/pledge-support-values';
import { useI18n } from '~/ui/i18n';
import { Paragraphs, PlainParagraphs } from '~/ui/paragraphs';

export interface SupportRequestView {
  id: string;
  kind: SupportKind;
  status: SupportStatus;
  description: Translated;
  objectives: number[];
  reply: string | null;
  replyLanguage: Locale | null;
  repliedAt: string | null;
  createdAt: string;
}

const statusTone: Record<SupportStatus, string> = {
  open: 'bg-sky-100 text-sky-900',
  needs_detail: 'bg-amber-100 text-amber-900',
  accepted: 'bg-sky-100 text-sky-900',
  in_progress: 'bg-amber-100 text-amber-900',
  answered: 'bg-green-100 text-green-900',
  closed: 'bg-slate-200 text-slate-800',
  declined: 'bg-red-100 text-red-900',
};

export function SupportStatusBadge({ status }: { status: SupportStatus }) {
  const { t } = useI18n();
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${statusTone[status]}`} data-status={status}>
      {t(`pledges-support.status.${status}`)}
    </span>
  );
}

/** One request as the requester's side and the secretariat read it: what was asked, and the answer. */
export function SupportRequestBody({ request }: { request: SupportRequestView }) {
  const { t, date, number, list } = useI18n();
  const day = (value: string) => date(value, { dateStyle: 'medium' });
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{t(`pledges-support.kind.${request.kind}`)}</span>
        <SupportStatusBadge status={request.status} />
        <span className="text-sm text-slate-700">
          {t('pledges-support.askedOn', { date: day(request.createdAt) })}
        </span>
      </p>
      <Paragraphs value={request.description} className="space-y-2" />
      {request.objectives.length ? (
        <p className="text-sm text-slate-700">
          {t('pledges-support.objectivesList', {
            list: list(request.objectives.map((n) => number(n))),
          })}
        </p>
      ) : null}
      {request.reply ? (
        <div className="rounded border-s-4 border-green-700 bg-green-50 p-3">
          <p className="font-medium">
            {request.repliedAt
              ? t('pledges-support.replyOn', { date: day(request.repliedAt) })
              : t('pledges-support.reply')}
          </p>
          <PlainParagraphs text={request.reply} lang={request.replyLanguage} />
        </div>
      ) : (
        <p className="text-sm text-slate-700">{t('pledges-support.noReplyYet')}</p>
      )}
    </div>
  );
}
