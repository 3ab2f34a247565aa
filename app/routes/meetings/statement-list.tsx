import type { Translated } from '#db/schema/columns';
import { useHref, useI18n } from '~/ui/i18n';
import { TranslatedText } from '~/ui/translated-text';

export interface StatementItem {
  id: string;
  speakerKind: string;
  country: string | null;
  speakerName: string;
  language: string;
  deliveredOn: string;
  title: Translated;
  objectives: number[];
  meeting?: { id: string; title: Translated };
}

/** Statements as a list: who delivered it, when, in which language, which objectives. */
export function StatementList({ items, empty }: { items: StatementItem[]; empty: string }) {
  const { t, date, number } = useI18n();
  const href = useHref();
  if (!items.length) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="space-y-2">
      {items.map((s) => (
        <li key={s.id} className="rounded border border-slate-300 p-3">
          <p className="font-semibold">
            <a className="underline" href={href(`/statements/${s.id}`)}>
              <bdi>{s.country ?? s.speakerName}</bdi>
              {Object.keys(s.title).length ? (
                <>
                  {' — '}
                  <TranslatedText value={s.title} />
                </>
              ) : null}
            </a>
          </p>
          <p className="text-sm text-slate-700">
            {t(`meetings.speakerKind.${s.speakerKind}`)} ·{' '}
            {date(s.deliveredOn, { dateStyle: 'medium', timeZone: 'UTC' })} ·{' '}
            {t(`meetings.unLanguage.${s.language}`)}
            {s.objectives.length
              ? ` · ${s.objectives.map((n) => t('meetings.objectiveNumber', { number: number(n) })).join('، ')}`
              : ''}
          </p>
          {s.meeting ? (
            <p className="text-sm">
              <a className="underline" href={href(`/meetings/${s.meeting.id}`)}>
                <TranslatedText value={s.meeting.title} />
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
