import { useEffect, useRef, useState } from 'react';
import { Form, useFetcher } from 'react-router';
import type { Locale, Translated } from '#db/schema/columns';
import { objectiveStatuses, type SectionField } from '#db/schema/review-values';
import { sdgTargets } from '~/modules/reference/sdg-targets';
import {
  type SectionContent,
  type SectionTextField,
  sectionLimits,
  textFieldsOf,
} from '~/modules/reviews/authoring/section-content';
import type { FieldError, SubmissionResult } from '~/platform/forms.server';
import { ChoicePicker } from '~/ui/choice-picker';
import { CsrfInput, FormAlert, SelectField, SubmitButton, TextArea, useErrorText } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { SdgTargetList } from './authoring-ui';

/** What the section action can answer (see section.tsx), including the browser-side `offline`. */
export type SectionActionResult =
  | { status: 'saved'; version: number; savedAt: string }
  | { status: 'offline' }
  | (SubmissionResult & { conflict?: SectionConflictView; autosave?: boolean });

export interface SectionConflictView {
  current: SectionContent;
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
}

type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'retrying' | 'refused' | 'conflict';

const autosaveDelay = 2000;
const firstRetryDelay = 5000;
const maxRetryDelay = 60_000;

const isSubmission = (
  r: SectionActionResult | undefined,
): r is SubmissionResult & { conflict?: SectionConflictView } => Boolean(r && 'values' in r);

/**
 * One section's form in one language. A plain form: without JavaScript it posts, the server saves
 * and redirects with a notice. With JavaScript it also saves by itself two seconds after typing
 * stops (a fetcher posting intent=autosave to the same action) and says so in a live region; a
 * request that fails is retried with growing pauses and the text stays in the form. Every save
 * carries the section's version: a stale one comes back as a conflict, shown beside the form with
 * the other person's text, and autosave pauses until the person saves (over the newer version) or
 * takes the other text.
 */
export function SectionForm({
  reviewId,
  sectionKey,
  language,
  fields,
  content,
  loaderVersion,
  result,
}: {
  reviewId: string;
  sectionKey: string;
  language: Locale;
  fields: SectionField[];
  content: SectionContent;
  loaderVersion: number;
  result: SectionActionResult | undefined;
}) {
  const { t, date, number, pick } = useI18n();
  const errorText = useErrorText();
  const fetcher = useFetcher<SectionActionResult>({ key: `autosave:${reviewId}:${sectionKey}:${language}` });
  const formRef = useRef<HTMLFormElement>(null);
  const submitted = isSubmission(result) ? result : undefined;
  const [version, setVersion] = useState(submitted?.conflict?.version ?? loaderVersion);
  const [state, setState] = useState<SaveState>(submitted?.conflict ? 'conflict' : 'idle');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [conflict, setConflict] = useState<SectionConflictView | null>(submitted?.conflict ?? null);
  const [refusal, setRefusal] = useState<FieldError | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryDelay = useRef(firstRetryDelay);
  const changedWhileSaving = useRef(false);
  const handled = useRef<unknown>(null);
  const pendingSubmit = useRef<HTMLElement | null | false>(false);
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;

  const send = () => {
    const form = formRef.current;
    if (!form) return;
    const body = new FormData(form);
    body.set('intent', 'autosave');
    changedWhileSaving.current = false;
    setState('saving');
    fetcherRef.current.submit(body, { method: 'post' });
  };
  const schedule = (ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(send, ms);
  };

  // An explicit save answered with a conflict (or could not reach the server).
  useEffect(() => {
    if (!result) return;
    if (isSubmission(result) && result.conflict) {
      setConflict(result.conflict);
      setVersion(result.conflict.version);
      setState('conflict');
    } else if ('status' in result && result.status === 'offline') {
      setState('retrying');
    }
  }, [result]);

  // An autosave came back.
  useEffect(() => {
    const answer = fetcher.data;
    if (fetcher.state !== 'idle' || !answer || handled.current === answer) return;
    handled.current = answer;
    if ('status' in answer && answer.status === 'saved') {
      setVersion(answer.version);
      setSavedAt(answer.savedAt);
      setRefusal(null);
      retryDelay.current = firstRetryDelay;
      if (changedWhileSaving.current) {
        setState('dirty');
        schedule(autosaveDelay);
      } else setState('saved');
    } else if ('status' in answer && answer.status === 'offline') {
      setState('retrying');
      schedule(retryDelay.current);
      retryDelay.current = Math.min(retryDelay.current * 2, maxRetryDelay);
    } else if (isSubmission(answer) && answer.conflict) {
      clearTimeout(timer.current);
      pendingSubmit.current = false;
      setConflict(answer.conflict);
      setVersion(answer.conflict.version);
      setState('conflict');
    } else if (isSubmission(answer)) {
      const first = answer.formError ?? Object.values(answer.fieldErrors)[0]?.[0] ?? { code: 'badForm' };
      setRefusal(first);
      setState('refused');
    }
  });

  // A save button pressed while an autosave was on its way: send it once the new version is in the form.
  useEffect(() => {
    if (pendingSubmit.current === false || fetcher.state !== 'idle' || state === 'saving') return;
    const submitter = pendingSubmit.current;
    pendingSubmit.current = false;
    formRef.current?.requestSubmit(submitter ?? undefined);
  });

  // Leaving with text not yet saved asks first.
  useEffect(() => {
    if (!['dirty', 'saving', 'retrying', 'refused', 'conflict'].includes(state)) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [state]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onInput = () => {
    if (state === 'conflict') return;
    if (fetcher.state !== 'idle') changedWhileSaving.current = true;
    else {
      setState('dirty');
      schedule(autosaveDelay);
    }
  };

  const value = (field: SectionTextField | 'objectiveStatus' | 'sdgTargetsNote', fallback: string) => {
    const v = submitted?.values?.[field];
    return v === undefined ? fallback : Array.isArray(v) ? (v[0] ?? '') : v;
  };
  const errors = (field: string) => submitted?.fieldErrors?.[field];
  const sentTargets = submitted?.values?.sdgTargets;
  const chosenTargets =
    sentTargets === undefined
      ? content.sdgTargets
      : (Array.isArray(sentTargets) ? sentTargets : [sentTargets]).filter(Boolean);
  const sdgOptions = sdgTargets.map((s) => ({
    value: s.code,
    label: t('reviews.sdgTarget', { code: s.code, title: pick(s.title).text }),
    aliases: [s.title.ar ?? '', s.title.en ?? ''],
  }));
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  const languageName = t(`reviews-edit.lang.${language}`);
  const fieldLabel = (field: SectionTextField) =>
    field === 'body'
      ? t('reviews-edit.field.bodyIn', { language: languageName })
      : t('reviews-edit.field.inLanguage', { field: t(`reviews.field.${field}`), language: languageName });
  const textOf = (v: Translated) => v[language] ?? '';
  const status = (() => {
    switch (state) {
      case 'saving':
        return t('reviews-edit.autosave.saving');
      case 'saved':
        return savedAt
          ? t('reviews-edit.autosave.savedAt', {
              time: date(savedAt, { hour: '2-digit', minute: '2-digit' }),
            })
          : '';
      case 'retrying':
        return t('reviews-edit.autosave.retrying');
      case 'refused':
        return refusal ? t('reviews-edit.autosave.refused', { reason: errorText(refusal) }) : '';
      case 'conflict':
        return t('reviews-edit.autosave.paused');
      default:
        return '';
    }
  })();

  return (
    <>
      {conflict ? (
        <section
          aria-labelledby="conflict-title"
          className="mb-6 rounded border-2 border-amber-600 bg-amber-50 p-4"
          role="alert"
        >
          <h2 id="conflict-title" className="text-lg font-semibold">
            {t('reviews-edit.conflict.title')}
          </h2>
          <p className="mt-1">
            {conflict.updatedAt
              ? t('reviews-edit.conflict.who', {
                  name: conflict.updatedByName ?? t('reviews-edit.unknownPerson'),
                  date: date(conflict.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                })
              : t('reviews-edit.conflict.whoUnknown')}
          </p>
          <p className="mt-1">{t('reviews-edit.conflict.intro')}</p>
          <h3 className="mt-3 font-semibold">{t('reviews-edit.conflict.theirs')}</h3>
          <dl className="mt-1 space-y-2 rounded bg-white p-3">
            {fields.includes('implementationStatus') ? (
              <div>
                <dt className="font-medium">{t('reviews.field.implementationStatus')}</dt>
                <dd>
                  {conflict.current.objectiveStatus
                    ? t(`reviews.objectiveStatus.${conflict.current.objectiveStatus}`)
                    : t('reviews-edit.field.notSet')}
                </dd>
              </div>
            ) : null}
            {textFieldsOf(fields).map((field) => (
              <div key={field}>
                <dt className="font-medium">{fieldLabel(field)}</dt>
                <dd className="whitespace-pre-line" lang={language} dir={dir}>
                  <bdi>{textOf(conflict.current[field]) || t('reviews-edit.field.empty')}</bdi>
                </dd>
              </div>
            ))}
            {fields.includes('sdgTargets') ? (
              <div>
                <dt className="font-medium">{t('reviews.field.sdgTargets')}</dt>
                <dd>
                  {conflict.current.sdgTargets.length ? (
                    <SdgTargetList codes={conflict.current.sdgTargets} lang={language} />
                  ) : (
                    t('reviews-edit.field.empty')
                  )}
                </dd>
              </div>
            ) : null}
            {fields.includes('sdgTargets') && conflict.current.sdgTargetsNote !== null ? (
              <div>
                <dt className="font-medium">{t('reviews.field.sdgTargetsNote')}</dt>
                <dd className="whitespace-pre-line">
                  <bdi>{conflict.current.sdgTargetsNote || t('reviews-edit.field.empty')}</bdi>
                </dd>
              </div>
            ) : null}
          </dl>
          <ul className="mt-3 list-disc space-y-1 ps-6 text-sm">
            <li>{t('reviews-edit.conflict.keepMine')}</li>
            <li>{t('reviews-edit.conflict.merge')}</li>
            <li>
              <a href={`?in=${language}`}>{t('reviews-edit.conflict.takeTheirs')}</a>
            </li>
          </ul>
        </section>
      ) : null}

      {submitted?.formError && submitted.formError.code !== 'staleVersion' ? (
        <FormAlert error={submitted.formError} />
      ) : null}
      {result && 'status' in result && result.status === 'offline' ? (
        <FormAlert>{t('reviews-edit.autosave.offline')}</FormAlert>
      ) : null}

      <Form
        method="post"
        noValidate
        ref={formRef}
        onInput={onInput}
        onChange={onInput}
        onSubmit={(event) => {
          clearTimeout(timer.current);
          if (fetcher.state !== 'idle') {
            event.preventDefault();
            pendingSubmit.current = (event.nativeEvent as SubmitEvent).submitter ?? null;
          }
        }}
        className="rounded border border-slate-300 bg-white p-4"
      >
        <CsrfInput />
        <input type="hidden" name="language" value={language} />
        <input type="hidden" name="version" value={version} />
        {fields.includes('implementationStatus') ? (
          <SelectField
            label={t('reviews.field.implementationStatus')}
            name="objectiveStatus"
            defaultValue={value('objectiveStatus', content.objectiveStatus ?? '')}
            errors={errors('objectiveStatus')}
          >
            <option value="">{t('reviews-edit.field.notSet')}</option>
            {objectiveStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`reviews.objectiveStatus.${s}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        {textFieldsOf(fields).map((field) => (
          <TextArea
            key={field}
            label={fieldLabel(field)}
            name={field}
            hint={t('reviews-edit.field.plainTextHint', { max: number(sectionLimits[field]), one: 1 })}
            rows={field === 'body' ? 14 : 5}
            maxLength={sectionLimits[field]}
            lang={language}
            dir={dir}
            defaultValue={value(field, textOf(content[field]))}
            errors={errors(field)}
          />
        ))}
        {fields.includes('sdgTargets') ? (
          <>
            {/* Always sent, so that no box ticked clears the targets (a field left out is kept). */}
            <input type="hidden" name="sdgTargets" value="" />
            <ChoicePicker
              label={t('reviews.field.sdgTargets')}
              hint={t('reviews-edit.field.sdgTargetsHint')}
              name="sdgTargets"
              options={sdgOptions}
              defaultValue={chosenTargets}
              errors={errors('sdgTargets')}
            />
          </>
        ) : null}
        {content.sdgTargetsNote !== null ? (
          <TextArea
            label={t('reviews.field.sdgTargetsNote')}
            name="sdgTargetsNote"
            hint={t('reviews-edit.field.sdgTargetsNoteHint')}
            rows={2}
            maxLength={sectionLimits.sdgTargetsNote}
            dir="auto"
            defaultValue={value('sdgTargetsNote', content.sdgTargetsNote)}
            errors={errors('sdgTargetsNote')}
          />
        ) : null}
        <div className="flex flex-wrap items-center gap-4">
          <SubmitButton name="intent" value="save">
            {t(conflict ? 'reviews-edit.conflict.saveMine' : 'reviews-edit.section.save')}
          </SubmitButton>
          <p role="status" aria-live="polite" className="text-sm text-slate-700" data-autosave={state}>
            {status}
          </p>
        </div>
      </Form>
    </>
  );
}
