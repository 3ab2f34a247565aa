import { Form, Link } from 'react-router';
import { CsrfInput, FormAlert, SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';

/** What the tracker shows of the secretariat's outreach to one state, with its "remind now" button. */
export function StateOutreachCell({
  state,
  iso3,
  outreach,
  canRemind,
}: {
  state: string;
  iso3: string;
  outreach: {
    contacts: { id: string; name: string; kind: string }[];
    lastSignedInAt: string | null;
    invitedAt: string | null;
    lastReminderAt: string | null;
  };
  canRemind: boolean;
}) {
  const { t, date } = useI18n();
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`reviews-outreach.tracker.${key}`, values);
  const day = (iso: string) => date(iso, { dateStyle: 'medium' });
  return (
    <div className="space-y-1 text-xs">
      {outreach.contacts.length ? (
        <p>
          {outreach.contacts.map((c, i) => (
            <span key={c.id}>
              {i ? '، ' : ''}
              <bdi>{c.name}</bdi>
            </span>
          ))}
        </p>
      ) : (
        <p className="font-medium text-red-800">{tt('noContact')}</p>
      )}
      <p>
        {outreach.lastSignedInAt
          ? tt('signedIn', { date: day(outreach.lastSignedInAt) })
          : tt('neverSignedIn')}
      </p>
      <p>{outreach.invitedAt ? tt('invited', { date: day(outreach.invitedAt) }) : tt('notInvited')}</p>
      <p>
        {outreach.lastReminderAt ? tt('reminded', { date: day(outreach.lastReminderAt) }) : tt('notReminded')}
      </p>
      {canRemind ? (
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="intent" value="preview" />
          <input type="hidden" name="target" value={iso3} />
          <button type="submit" className="mt-1 rounded border border-brand-700 px-2 py-1 text-brand-800">
            {tt('remind', { state })}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

interface Preview {
  target: string;
  states: {
    iso3: string;
    name: { ar?: string; en?: string };
    recipients: {
      email: string;
      name: string;
      locale: 'ar' | 'en';
      message: { subject: string; text: string };
    }[];
  }[];
  unreachable: { iso3: string; name: { ar?: string; en?: string } }[];
}

/** The reminder as it will go: recipients and message per state, unreachable states, then confirm. */
export function RemindPreview({ preview, cycleId }: { preview: Preview; cycleId: string }) {
  const { t, pick, list } = useI18n();
  const href = useHref();
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`reviews-outreach.remind.${key}`, values);
  const recipients = preview.states.reduce((n, s) => n + s.recipients.length, 0);
  return (
    <section aria-labelledby="remind-title" className="mb-6 rounded border-s-4 border-brand-700 bg-white p-4">
      <h2 id="remind-title" className="text-lg font-semibold">
        {tt('previewTitle')}
      </h2>
      <p className="mt-1">{tt('previewSummary', { recipients, states: preview.states.length })}</p>
      {preview.unreachable.length ? (
        <FormAlert tone="info">
          {tt('unreachable', {
            count: preview.unreachable.length,
            states: list(preview.unreachable.map((s) => pick(s.name).text)),
          })}
        </FormAlert>
      ) : null}
      {preview.states.map((s) => {
        return (
          <div key={s.iso3} className="mt-3 rounded border border-slate-200 p-3">
            <h3 className="font-semibold">
              <bdi>{pick(s.name).text}</bdi>
            </h3>
            <p className="text-sm text-slate-700">
              {tt('to')}{' '}
              {s.recipients.map((r, i) => (
                <span key={r.email}>
                  {i ? '، ' : ''}
                  <bdi>{r.name}</bdi> (<span dir="ltr">{r.email}</span>,{' '}
                  {t(`reviews-outreach.language.${r.locale}`)})
                </span>
              ))}
            </p>
            {[...new Map(s.recipients.map((r) => [r.locale, r])).values()].map((r) => (
              <blockquote
                key={r.locale}
                lang={r.locale}
                dir={r.locale === 'ar' ? 'rtl' : 'ltr'}
                className="mt-2 border-s-2 border-slate-300 ps-3 text-sm"
              >
                <p className="font-medium">{r.message.subject}</p>
                <p className="mt-1 whitespace-pre-line">{r.message.text}</p>
              </blockquote>
            ))}
          </div>
        );
      })}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        {recipients ? (
          <Form method="post">
            <CsrfInput />
            <input type="hidden" name="intent" value="send" />
            <input type="hidden" name="target" value={preview.target} />
            <SubmitButton>{tt('confirm', { count: recipients })}</SubmitButton>
          </Form>
        ) : null}
        <Link to={href(`/reviews/cycles/${cycleId}/tracker`)}>{tt('cancel')}</Link>
      </div>
    </section>
  );
}
