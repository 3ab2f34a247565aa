import type { ReactNode } from 'react';
import { Form } from 'react-router';
import { sideEventFormats } from '#db/schema/meeting-side-event-values';
import { type MeetingLanguage, meetingLanguages } from '#db/schema/meeting-values';
import {
  SIDE_EVENT_DESCRIPTION_MAX,
  SIDE_EVENT_ORGANISATION_MAX,
  SIDE_EVENT_ORGANISERS_MAX,
  SIDE_EVENT_TITLE_MAX,
} from '~/modules/meetings/side-events/side-event-schema';
import { objectiveNumbers } from '~/modules/reference/constants';
import type { SubmissionResult } from '~/platform/forms.server';
import {
  CsrfInput,
  ErrorList,
  FormAlert,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  TextField,
  valuesOf,
} from '~/ui/forms';
import { useI18n } from '~/ui/i18n';

/** What the form shows before anything is submitted: empty for a new proposal, the proposal when editing. */
export interface ProposalValues {
  'title.ar': string;
  'title.en': string;
  proposingOrganisation: string;
  organisers: string;
  description: string;
  objectives: string[];
  format: string;
  preferredDay: string;
  languages: string[];
}

/**
 * A side-event proposal (new or edited): titles, organisers, description, objectives, format,
 * preferred day (one of the meeting's) and languages. After a refusal it shows what was typed.
 */
export function SideEventForm({
  intent,
  result,
  initial,
  version,
  startsOn,
  endsOn,
  meetingLanguages: offered,
}: {
  intent: 'propose' | 'save';
  result?: SubmissionResult;
  initial?: ProposalValues;
  version?: number;
  startsOn: string;
  endsOn: string;
  meetingLanguages: readonly MeetingLanguage[];
}) {
  const { t, number, date } = useI18n();
  const mine = result?.values?.intent === intent ? result : undefined;
  const value = (name: Exclude<keyof ProposalValues, 'objectives' | 'languages'>) =>
    submitted(mine, name, mine ? '' : (initial?.[name] ?? ''));
  const chosen = (name: 'objectives' | 'languages') =>
    mine ? valuesOf(mine, name) : (initial?.[name] ?? []);
  const errors = (name: string) => mine?.fieldErrors?.[name];
  const day = (d: string) => date(d, { dateStyle: 'long', timeZone: 'UTC' });
  const languages = offered.length ? offered : meetingLanguages;
  const titleId = `side-event-${intent}-title`;
  return (
    <Form method="post" noValidate aria-labelledby={titleId}>
      <h2 id={titleId} className="mb-2 text-xl font-semibold">
        {t(intent === 'propose' ? 'side-events.propose.title' : 'side-events.edit.title')}
      </h2>
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {mine?.formError ? <FormAlert error={mine.formError} /> : null}
      <p className="mb-2 text-sm text-slate-700">{t('side-events.field.titleHint')}</p>
      <TextField
        label={t('side-events.field.titleAr')}
        name="title.ar"
        lang="ar"
        maxLength={SIDE_EVENT_TITLE_MAX}
        defaultValue={value('title.ar')}
        errors={errors('title.ar')}
      />
      <TextField
        label={t('side-events.field.titleEn')}
        name="title.en"
        lang="en"
        maxLength={SIDE_EVENT_TITLE_MAX}
        defaultValue={value('title.en')}
        errors={errors('title.en')}
      />
      <TextField
        label={t('side-events.field.proposingOrganisation')}
        name="proposingOrganisation"
        maxLength={SIDE_EVENT_ORGANISATION_MAX}
        defaultValue={value('proposingOrganisation')}
        errors={errors('proposingOrganisation')}
      />
      <TextArea
        label={t('side-events.field.organisers')}
        hint={t('side-events.field.organisersHint', { max: SIDE_EVENT_ORGANISERS_MAX })}
        name="organisers"
        rows={3}
        defaultValue={value('organisers')}
        errors={errors('organisers')}
      />
      <TextArea
        label={t('side-events.field.description')}
        name="description"
        rows={5}
        maxLength={SIDE_EVENT_DESCRIPTION_MAX}
        defaultValue={value('description')}
        errors={errors('description')}
      />
      <fieldset
        className="mb-4"
        aria-describedby={errors('objectives') ? `${titleId}-objectives-err` : undefined}
      >
        <legend className="font-medium">{t('side-events.field.objectives')}</legend>
        <div className="grid grid-cols-3 gap-1 sm:grid-cols-6">
          {objectiveNumbers.map((n) => (
            <label key={n} className="flex items-center gap-1">
              <input
                type="checkbox"
                name="objectives"
                value={n}
                defaultChecked={chosen('objectives').includes(String(n))}
              />
              {t('meetings.objectiveNumber', { number: number(n) })}
            </label>
          ))}
        </div>
        <ErrorList id={`${titleId}-objectives-err`} errors={errors('objectives')} />
      </fieldset>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          label={t('side-events.field.format')}
          name="format"
          defaultValue={value('format')}
          errors={errors('format')}
        >
          <option value="">{t('side-events.field.choose')}</option>
          {sideEventFormats.map((f) => (
            <option key={f} value={f}>
              {t(`side-events.format.${f}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('side-events.field.preferredDay')}
          hint={t('side-events.field.preferredDayHint', { start: day(startsOn), end: day(endsOn) })}
          name="preferredDay"
          type="date"
          min={startsOn}
          max={endsOn}
          defaultValue={value('preferredDay')}
          errors={errors('preferredDay')}
        />
      </div>
      <fieldset
        className="mb-4"
        aria-describedby={errors('languages') ? `${titleId}-languages-err` : undefined}
      >
        <legend className="font-medium">{t('side-events.field.languages')}</legend>
        <div className="flex flex-wrap gap-3">
          {languages.map((l) => (
            <label key={l} className="flex items-center gap-1">
              <input
                type="checkbox"
                name="languages"
                value={l}
                defaultChecked={chosen('languages').includes(l)}
              />
              {t(`meetings.unLanguage.${l}`)}
            </label>
          ))}
        </div>
        <ErrorList id={`${titleId}-languages-err`} errors={errors('languages')} />
      </fieldset>
      <SubmitButton>
        {t(intent === 'propose' ? 'side-events.propose.submit' : 'side-events.edit.submit')}
      </SubmitButton>
    </Form>
  );
}

/**
 * One titled decision or settings form of the side-event pages (accept, decline, the proposal
 * settings): named by its heading, with the CSRF token, the intent, the version read and the
 * form's refusal; the fields are its children.
 */
export function SideEventActionForm(props: {
  id: string;
  title: string;
  hint?: string;
  intent: string;
  version: number;
  result: SubmissionResult | undefined;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Form
      method="post"
      noValidate
      aria-labelledby={props.id}
      className={`rounded border border-slate-300 p-3 ${props.className ?? ''}`}
    >
      <h3 id={props.id} className={`${props.hint ? 'mb-1' : 'mb-2'} text-lg font-semibold`}>
        {props.title}
      </h3>
      {props.hint ? <p className="mb-2 text-sm text-slate-700">{props.hint}</p> : null}
      <CsrfInput />
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name="version" value={props.version} />
      {props.result?.formError ? <FormAlert error={props.result.formError} /> : null}
      {props.children}
    </Form>
  );
}
