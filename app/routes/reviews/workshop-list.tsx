import { Link } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { useHref, useI18n } from '~/ui/i18n';
import { TranslatedText } from '~/ui/translated-text';
import { DateRange } from './cycle-ui';

/** Focal-point workshops as the cycle's pages show them: when, where, who was invited and came. */
export function WorkshopList({
  workshops,
  states,
}: {
  workshops: {
    id: string;
    title: Translated;
    startsOn: string;
    endsOn: string | null;
    place: Translated;
    link: string | null;
    meetingId: string | null;
    invitedStates: string[];
    attendedStates: string[];
    participants: number | null;
  }[];
  states: { iso3: string; name: Translated }[];
}) {
  const { t, pick, list } = useI18n();
  const href = useHref();
  const names = new Map(states.map((s) => [s.iso3, s.name]));
  const stateList = (isos: string[]) => list(isos.map((iso) => pick(names.get(iso)).text || iso));
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`reviews-outreach.workshops.${key}`, values);
  return (
    <ul className="space-y-3">
      {workshops.map((w) => (
        <li key={w.id} className="rounded border border-slate-200 bg-white p-3">
          <p className="font-semibold">
            {w.meetingId ? (
              <Link to={href(`/meetings/${w.meetingId}`)}>
                <TranslatedText value={w.title} />
              </Link>
            ) : (
              <TranslatedText value={w.title} />
            )}
          </p>
          <p className="text-sm text-slate-700">
            <DateRange from={w.startsOn} to={w.endsOn} />
            {pick(w.place).text ? (
              <>
                {' — '}
                <TranslatedText value={w.place} />
              </>
            ) : null}
          </p>
          {w.link ? (
            <p className="text-sm">
              <a href={w.link} dir="ltr" rel="noopener noreferrer">
                {w.link}
              </a>
            </p>
          ) : null}
          {w.invitedStates.length ? (
            <p className="text-sm">
              {tt('invitedList', { count: w.invitedStates.length, states: stateList(w.invitedStates) })}
            </p>
          ) : null}
          {w.attendedStates.length ? (
            <p className="text-sm">
              {tt('attendedList', {
                count: w.attendedStates.length,
                invited: w.invitedStates.length,
                states: stateList(w.attendedStates),
              })}
            </p>
          ) : null}
          {w.participants !== null ? (
            <p className="text-sm">{tt('participants', { count: w.participants })}</p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
