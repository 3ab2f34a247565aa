import { Form } from 'react-router';
import type { Translated } from '#db/schema/columns';
import type { ObjectiveCoverage } from '~/modules/meetings/coverage';
import { CsrfInput } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { TranslatedText } from '~/ui/translated-text';

export interface AgendaSession {
  id: string;
  kind: string;
  title: Translated;
  summary: Translated;
  startsAt: string;
  endsAt: string;
  room: string;
  coChairs: string[];
  objectives: number[];
  version: number;
  speakers: { id: string; name: string; affiliation: string; role: string }[];
  /** Background notes: a file (href /files/:id, with its name) or a link. */
  notes: { id: string; title: Translated; href: string; fileName: string | null }[];
}

/** The agenda by day, each session with its time (in the meeting's zone), room, objectives and speakers. */
export function Agenda({
  meetingId,
  sessions,
  timeZone,
  canManage,
}: {
  meetingId: string;
  sessions: AgendaSession[];
  timeZone: string;
  canManage: boolean;
}) {
  const { t, date } = useI18n();
  const href = useHref();
  if (!sessions.length) return <p className="text-slate-700">{t('meetings.agenda.empty')}</p>;
  const dayOf = (iso: string) => date(iso, { dateStyle: 'full', timeZone });
  const days = [...new Set(sessions.map((s) => dayOf(s.startsAt)))];
  const time = (iso: string) => date(iso, { timeStyle: 'short', timeZone });
  return (
    <div>
      {days.map((day) => (
        <section key={day} className="mb-6">
          <h3 className="mb-2 text-lg font-semibold">{day}</h3>
          <ol className="space-y-3">
            {sessions
              .filter((s) => dayOf(s.startsAt) === day)
              .map((s) => (
                <li key={s.id} id={`session-${s.id}`} className="rounded border border-slate-300 p-3">
                  <p className="text-sm text-slate-700">
                    {t('meetings.agenda.time', { start: time(s.startsAt), end: time(s.endsAt) })}
                    {s.room ? (
                      <>
                        {' · '}
                        <bdi>{s.room}</bdi>
                      </>
                    ) : null}
                    {' · '}
                    {t(`meetings.sessionKind.${s.kind}`)}
                  </p>
                  <h4 className="font-semibold">
                    <TranslatedText value={s.title} />
                  </h4>
                  <TranslatedText value={s.summary} as="p" className="text-sm" />
                  {s.objectives.length ? (
                    <p className="mt-1 text-sm">
                      {t('meetings.agenda.objectives')}{' '}
                      {s.objectives.map((n, i) => (
                        <span key={n}>
                          {i ? '، ' : ''}
                          <a className="underline" href={href(`/objectives/${n}`)}>
                            {t('meetings.objectiveNumber', { number: n })}
                          </a>
                        </span>
                      ))}
                    </p>
                  ) : null}
                  {s.coChairs.length ? (
                    <p className="text-sm">
                      {t('meetings.agenda.coChairs', { states: s.coChairs.join('، ') })}
                    </p>
                  ) : null}
                  {s.speakers.length ? (
                    <ul className="mt-1 text-sm">
                      {s.speakers.map((sp) => (
                        <li key={sp.id}>
                          {t(`meetings.role.${sp.role}`)}: <bdi>{sp.name}</bdi>
                          {sp.affiliation ? (
                            <>
                              {' — '}
                              <bdi>{sp.affiliation}</bdi>
                            </>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {s.notes.length ? (
                    <div className="mt-1 text-sm">
                      <h5 className="font-medium">{t('meetings.agenda.notes')}</h5>
                      <ul className="list-disc ps-5">
                        {s.notes.map((n) => (
                          <li key={n.id}>
                            {n.fileName !== null ? (
                              <a className="underline" href={href(n.href)} download>
                                <TranslatedText value={n.title} />
                              </a>
                            ) : (
                              <>
                                <a className="underline" href={n.href} rel="noopener noreferrer">
                                  <TranslatedText value={n.title} />
                                </a>{' '}
                                {t('meetings.notes.external')}
                              </>
                            )}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                  {canManage ? (
                    <p className="mt-2 text-sm">
                      <a
                        className="underline"
                        href={href(`/meetings/${meetingId}/sessions/${s.id}/notes/upload`)}
                      >
                        {t('meetings.agenda.manageNotes')}
                      </a>
                    </p>
                  ) : null}
                  {canManage ? (
                    <Form method="post" className="mt-2">
                      <CsrfInput />
                      <input type="hidden" name="intent" value="removeSession" />
                      <input type="hidden" name="sessionId" value={s.id} />
                      <input type="hidden" name="version" value={s.version} />
                      <button type="submit" className="text-sm text-red-800 underline">
                        {t('meetings.agenda.remove')}
                      </button>
                    </Form>
                  ) : null}
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

/** Which of the 23 objectives the agenda covers, which none covers, which two or more do. */
export function CoveragePanel({ coverage }: { coverage: ObjectiveCoverage }) {
  const { t, number } = useI18n();
  const list = (ns: number[]) => ns.map((n) => number(n)).join('، ');
  return (
    <section
      aria-labelledby="coverage-title"
      className="mb-6 rounded border border-slate-300 bg-slate-50 p-3"
    >
      <h2 id="coverage-title" className="text-lg font-semibold">
        {t('meetings.coverage.title')}
      </h2>
      <p className="text-xl font-bold" data-testid="coverage-count">
        {t('meetings.coverage.count', { covered: coverage.covered.length, total: 23 })}
      </p>
      {coverage.missing.length ? (
        <p>{t('meetings.coverage.missing', { list: list(coverage.missing) })}</p>
      ) : (
        <p>{t('meetings.coverage.complete')}</p>
      )}
      {coverage.repeated.length ? (
        <p>{t('meetings.coverage.repeated', { list: list(coverage.repeated.map((r) => r.objective)) })}</p>
      ) : null}
    </section>
  );
}
