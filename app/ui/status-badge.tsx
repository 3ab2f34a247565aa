import { needsCaution, statusKind } from '~/modules/reference/translation-status';
import { useI18n } from './i18n';

const tones = {
  official: 'bg-green-100 text-green-900',
  verified: 'bg-green-50 text-green-900',
  sourced: 'bg-slate-100 text-slate-800',
  working: 'bg-amber-100 text-amber-900',
  unverified: 'bg-amber-100 text-amber-900',
  missing: 'bg-red-100 text-red-900',
} as const;

/**
 * How far a reference label was verified ("working translation", "not verified", "official text").
 * `onlyCaution` shows nothing for authoritative texts (public pages); admins see every status, with the note.
 */
export function StatusBadge({
  note,
  onlyCaution = false,
  showNote = false,
}: {
  note: string | null | undefined;
  onlyCaution?: boolean;
  showNote?: boolean;
}) {
  const { t } = useI18n();
  if (onlyCaution && !needsCaution(note)) return null;
  const kind = statusKind(note);
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <small className={`rounded px-1.5 py-0.5 text-xs font-medium ${tones[kind]}`}>
        {t(`reference.status.${kind}`)}
      </small>
      {showNote && note ? (
        <small className="text-xs text-slate-600">
          <bdi dir="ltr" lang="en">
            {note}
          </bdi>
        </small>
      ) : null}
    </span>
  );
}
