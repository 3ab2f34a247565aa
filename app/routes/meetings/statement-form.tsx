import { Form } from 'react-router';
import { meetingLanguages, statementSpeakerKinds } from '#db/schema/meeting-values';
import {
  MEETING_FILE_MAX_BYTES,
  SPEAKER_NAME_MAX,
  STATEMENT_BODY_MAX,
  STATEMENT_TITLE_MAX,
} from '~/modules/meetings/meeting-limits';
import { objectiveNumbers } from '~/modules/reference/constants';
import type { SubmissionResult } from '~/platform/forms.server';
import {
  CsrfInput,
  FormAlert,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  TextField,
  valuesOf,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import type { AgendaSession } from './agenda';

/**
 * The organisers record a statement delivered at the meeting: who, language, day, text and/or file,
 * objectives. It posts to the meeting's statements/upload path (the server's upload cap applies there).
 */
export function StatementForm({
  meetingId,
  sessions,
  countries,
  startsOn,
  endsOn,
  result,
}: {
  meetingId: string;
  sessions: Pick<AgendaSession, 'id' | 'title'>[];
  countries: { iso3: string; name: string }[];
  startsOn: string;
  endsOn: string;
  result?: SubmissionResult;
}) {
  const { t, number } = useI18n();
  const href = useHref();
  const mine = result?.values?.intent === 'statement' ? result : undefined;
  const value = (name: string, fallback = '') => submitted(mine, name, fallback);
  const errors = (name: string) => mine?.fieldErrors?.[name];
  const chosen = valuesOf(mine, 'objectives');
  return (
    <Form
      method="post"
      action={href(`/meetings/${meetingId}/statements/upload`)}
      encType="multipart/form-data"
      noValidate
      aria-labelledby="statement-form-title"
    >
      <h3 id="statement-form-title" className="mb-2 text-lg font-semibold">
        {t('meetings.statement.add')}
      </h3>
      <CsrfInput />
      <input type="hidden" name="intent" value="statement" />
      {mine?.formError ? <FormAlert error={mine.formError} /> : null}
      <div className="grid gap-x-4 sm:grid-cols-3">
        <SelectField
          label={t('meetings.field.speakerKind')}
          name="speakerKind"
          defaultValue={value('speakerKind', 'state')}
          errors={errors('speakerKind')}
        >
          {statementSpeakerKinds.map((k) => (
            <option key={k} value={k}>
              {t(`meetings.speakerKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('meetings.field.state')}
          name="countryIso3"
          defaultValue={value('countryIso3')}
          errors={errors('countryIso3')}
        >
          <option value="">—</option>
          {countries.map((c) => (
            <option key={c.iso3} value={c.iso3}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('meetings.field.deliveredBy')}
          name="speakerName"
          maxLength={SPEAKER_NAME_MAX}
          defaultValue={value('speakerName')}
          errors={errors('speakerName')}
        />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-3">
        <SelectField
          label={t('meetings.field.language')}
          name="language"
          defaultValue={value('language', 'ar')}
          errors={errors('language')}
        >
          {meetingLanguages.map((l) => (
            <option key={l} value={l}>
              {t(`meetings.unLanguage.${l}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('meetings.field.deliveredOn')}
          name="deliveredOn"
          type="date"
          min={startsOn}
          max={endsOn}
          defaultValue={value('deliveredOn', startsOn)}
          errors={errors('deliveredOn')}
        />
        <SelectField
          label={t('meetings.field.session')}
          name="sessionId"
          defaultValue={value('sessionId')}
          errors={errors('sessionId')}
        >
          <option value="">—</option>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title.ar ?? s.title.en}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label={t('meetings.field.statementTitleAr')}
        name="title.ar"
        lang="ar"
        maxLength={STATEMENT_TITLE_MAX}
        defaultValue={value('title.ar')}
        errors={errors('title.ar')}
      />
      <TextArea
        label={t('meetings.field.statementBodyAr')}
        name="body.ar"
        lang="ar"
        rows={5}
        maxLength={STATEMENT_BODY_MAX}
        defaultValue={value('body.ar')}
        errors={errors('body.ar')}
      />
      <TextArea
        label={t('meetings.field.statementBodyEn')}
        name="body.en"
        lang="en"
        rows={3}
        maxLength={STATEMENT_BODY_MAX}
        defaultValue={value('body.en')}
        errors={errors('body.en')}
      />
      <TextField
        label={t('meetings.statement.file')}
        hint={t('meetings.statement.fileHint', { megabytes: MEETING_FILE_MAX_BYTES / (1024 * 1024) })}
        name="file"
        type="file"
        accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        errors={errors('file')}
      />
      <fieldset className="mb-4">
        <legend className="font-medium">{t('meetings.field.statementObjectives')}</legend>
        <div className="grid grid-cols-3 gap-1 sm:grid-cols-6">
          {objectiveNumbers.map((n) => (
            <label key={n} className="flex items-center gap-1">
              <input
                type="checkbox"
                name="objectives"
                value={n}
                defaultChecked={chosen.includes(String(n))}
              />
              {t('meetings.objectiveNumber', { number: number(n) })}
            </label>
          ))}
        </div>
      </fieldset>
      <SubmitButton>{t('meetings.statement.submit')}</SubmitButton>
    </Form>
  );
}
