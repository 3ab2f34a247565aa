import { Form, Link } from 'react-router';
import type { ForwardedDocument } from '#db/schema/review-forwarding-values';
import { exampleForumYear } from '~/modules/reviews/forwarding/forwarding-schema';
import {
  CsrfInput,
  ErrorList,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  TextField,
  valuesOf,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { TranslatedText } from '~/ui/translated-text';
import type { RefusedForm } from './cycle-form-state';

type Translated = { ar?: string; en?: string };

export interface ForwardingView {
  id: string;
  document: ForwardedDocument;
  documentVersion: number;
  forwardedOn: string;
  note: Translated;
  forum: { meetingId: string | null; meetingTitle: Translated | null; name: string };
}

/** "Forwarded to IMRF 2026 on 3 March 2026: the synthesis report (version 2)", with a withdraw button for the secretariat. */
export function ForwardingList({
  forwardings,
  canWithdraw,
}: {
  forwardings: ForwardingView[];
  canWithdraw: boolean;
}) {
  const { t, pick, date } = useI18n();
  const href = useHref();
  if (!forwardings.length) return <p>{t('reviews-cycles.forwarding.none')}</p>;
  return (
    <ul className="space-y-3">
      {forwardings.map((f) => {
        const forum =
          f.forum.meetingId && f.forum.meetingTitle ? pick(f.forum.meetingTitle).text : f.forum.name;
        const line = t('reviews-cycles.forwarding.item', {
          document: f.document,
          version: f.documentVersion,
          date: date(f.forwardedOn, { dateStyle: 'long', timeZone: 'UTC' }),
        });
        return (
          <li key={f.id} className="border-b border-slate-100 pb-2">
            <p>
              {t('reviews-cycles.forwarding.to')}{' '}
              {f.forum.meetingId ? (
                <Link to={href(`/meetings/${f.forum.meetingId}`)} className="underline">
                  <bdi>{forum}</bdi>
                </Link>
              ) : (
                <bdi>{forum}</bdi>
              )}{' '}
              {line}
            </p>
            {f.note.ar || f.note.en ? (
              <p className="text-sm text-slate-700">
                <TranslatedText value={f.note} />
              </p>
            ) : null}
            {canWithdraw ? (
              <Form method="post" className="mt-1">
                <CsrfInput />
                <input type="hidden" name="forwardingId" value={f.id} />
                <button type="submit" name="intent" value="withdrawForwarding" className="text-sm underline">
                  {t('reviews-cycles.forwarding.withdraw')}
                </button>
              </Form>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The secretariat's "Forward to the IMRF" form: the published documents, the IMRF meeting or the forum's name, the day, a note. */
export function ForwardForm({
  published,
  meetings,
  refused,
  today,
}: {
  published: Record<ForwardedDocument, number | null>;
  meetings: { id: string; title: Translated; startsOn: string }[];
  refused: RefusedForm | undefined;
  today: string;
}) {
  const { t, pick } = useI18n();
  const mine = refused?.intent === 'forward' ? refused : undefined;
  const errors = (name: string) => mine?.fieldErrors[name];
  const available = (['synthesis', 'outcome'] as const).filter((d) => published[d]);
  if (!available.length) return <p className="mt-3">{t('reviews-cycles.forwarding.nothingPublished')}</p>;
  const chosen = new Set(valuesOf(mine, 'documents', available));
  return (
    <Form method="post" className="mt-4 max-w-2xl rounded border border-slate-200 bg-white p-4" noValidate>
      <h3 className="mb-3 font-semibold">{t('reviews-cycles.forwarding.formTitle')}</h3>
      <CsrfInput />
      <fieldset className="mb-4" aria-describedby={errors('documents') ? 'forward-documents-err' : undefined}>
        <legend className="font-medium">{t('reviews-cycles.forwarding.documents')}</legend>
        {available.map((d) => (
          <label key={d} className="flex items-center gap-2 py-0.5">
            <input type="checkbox" name="documents" value={d} defaultChecked={chosen.has(d)} />
            {t('reviews-cycles.forwarding.documentOption', { document: d, version: published[d] ?? 0 })}
          </label>
        ))}
        <ErrorList id="forward-documents-err" errors={errors('documents')} />
      </fieldset>
      {meetings.length ? (
        <SelectField
          label={t('reviews-cycles.forwarding.meeting')}
          name="meetingId"
          defaultValue={submitted(mine, 'meetingId')}
          errors={errors('meetingId')}
        >
          <option value="">{t('reviews-cycles.forwarding.meetingNone')}</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {pick(m.title).text}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField
        label={t('reviews-cycles.forwarding.forumName')}
        hint={t(
          meetings.length
            ? 'reviews-cycles.forwarding.forumNameHint'
            : 'reviews-cycles.forwarding.noImrfMeeting',
          { year: exampleForumYear },
        )}
        name="forumName"
        defaultValue={submitted(mine, 'forumName')}
        errors={errors('forumName')}
      />
      <TextField
        label={t('reviews-cycles.forwarding.date')}
        name="forwardedOn"
        type="date"
        required
        defaultValue={submitted(mine, 'forwardedOn', today)}
        errors={errors('forwardedOn')}
      />
      <TextArea
        label={t('reviews-cycles.forwarding.noteAr')}
        name="note.ar"
        lang="ar"
        rows={2}
        defaultValue={submitted(mine, 'note.ar')}
        errors={errors('note.ar')}
      />
      <TextArea
        label={t('reviews-cycles.forwarding.noteEn')}
        name="note.en"
        lang="en"
        rows={2}
        defaultValue={submitted(mine, 'note.en')}
        errors={errors('note.en')}
      />
      <SubmitButton name="intent" value="forward">
        {t('reviews-cycles.forwarding.submit')}
      </SubmitButton>
    </Form>
  );
}
