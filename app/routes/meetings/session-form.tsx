import { Form } from 'react-router';
import { sessionKinds } from '#db/schema/meeting-values';
import { ROOM_MAX, SESSION_SUMMARY_MAX, SESSION_TITLE_MAX } from '~/modules/meetings/meeting-limits';
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
import { useI18n } from '~/ui/i18n';

/** Adds a session to the agenda: day and times in the meeting's time zone, the objectives it covers. */
export function SessionForm({
  result,
  startsOn,
  endsOn,
  timeZone,
}: {
  result?: SubmissionResult;
  startsOn: string;
  endsOn: string;
  timeZone: string;
}) {
  const { t, number } = useI18n();
  const mine = result?.values?.intent === 'addSession' ? result : undefined;
  const value = (name: string, fallback = '') => submitted(mine, name, fallback);
  const errors = (name: string) => mine?.fieldErrors?.[name];
  const chosen = valuesOf(mine, 'objectives');
  return (
    <Form method="post" noValidate aria-labelledby="session-form-title">
      <h3 id="session-form-title" className="mb-2 text-lg font-semibold">
        {t('meetings.session.add')}
      </h3>
      <CsrfInput />
      <input type="hidden" name="intent" value="addSession" />
      {mine?.formError ? <FormAlert error={mine.formError} /> : null}
      <SelectField
        label={t('meetings.field.sessionKind')}
        name="kind"
        defaultValue={value('kind', 'panel')}
        errors={errors('kind')}
      >
        {sessionKinds.map((k) => (
          <option key={k} value={k}>
            {t(`meetings.sessionKind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('meetings.field.titleAr')}
        name="title.ar"
        lang="ar"
        maxLength={SESSION_TITLE_MAX}
        defaultValue={value('title.ar')}
        errors={errors('title.ar')}
      />
      <TextField
        label={t('meetings.field.titleEn')}
        name="title.en"
        lang="en"
        maxLength={SESSION_TITLE_MAX}
        defaultValue={value('title.en')}
        errors={errors('title.en')}
      />
      <TextArea
        label={t('meetings.field.sessionSummaryAr')}
        name="summary.ar"
        lang="ar"
        rows={2}
        maxLength={SESSION_SUMMARY_MAX}
        defaultValue={value('summary.ar')}
        errors={errors('summary.ar')}
      />
      <div className="grid gap-x-4 sm:grid-cols-4">
        <TextField
          label={t('meetings.field.day')}
          name="day"
          type="date"
          min={startsOn}
          max={endsOn}
          defaultValue={value('day', startsOn)}
          errors={errors('day')}
        />
        <TextField
          label={t('meetings.field.startTime')}
          hint={timeZone}
          name="startTime"
          type="time"
          defaultValue={value('startTime')}
          errors={errors('startTime')}
        />
        <TextField
          label={t('meetings.field.endTime')}
          hint={timeZone}
          name="endTime"
          type="time"
          defaultValue={value('endTime')}
          errors={errors('endTime')}
        />
        <TextField
          label={t('meetings.field.room')}
          name="room"
          maxLength={ROOM_MAX}
          defaultValue={value('room')}
          errors={errors('room')}
        />
      </div>
      <fieldset className="mb-4">
        <legend className="font-medium">{t('meetings.field.objectives')}</legend>
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
      <SubmitButton>{t('meetings.session.submit')}</SubmitButton>
    </Form>
  );
}
