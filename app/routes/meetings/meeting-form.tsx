import { Form } from 'react-router';
import { meetingKinds, meetingLanguages } from '#db/schema/meeting-values';
import {
  MEETING_SUMMARY_MAX,
  MEETING_TITLE_MAX,
  ORGANISERS_MAX,
  URL_MAX,
  VENUE_MAX,
} from '~/modules/meetings/meeting-limits';
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

/** The fields of the meeting form that carry one string, named by schema path. */
type MeetingField =
  | 'kind'
  | 'regionId'
  | 'originalLanguage'
  | 'title.ar'
  | 'title.en'
  | 'summary.ar'
  | 'summary.en'
  | 'organisers'
  | 'partners'
  | 'startsOn'
  | 'endsOn'
  | 'timeZone'
  | 'venue'
  | 'onlineUrl'
  | 'interpretation'
  | 'balanceTargets.minWomenPercent'
  | 'balanceTargets.minNonGovernmentPercent'
  | 'balanceTargets.maxSubregionPercent';

/** The meeting as form values (strings, by schema path), from the record or a new meeting's defaults. */
export type MeetingFormValues = Partial<Record<MeetingField, string>> & { languages: string[] };

/**
 * The meeting's details: creates one (intent "create") or saves it (intent "save" with the version
 * it was opened with). Works without script; a refused submission comes back with what was typed.
 */
export function MeetingForm({
  intent,
  values,
  result,
  version,
  regions,
  timeZones,
  submitLabel,
}: {
  intent: 'create' | 'save';
  values: MeetingFormValues;
  result?: SubmissionResult;
  version?: number;
  /** Regions the organiser may choose; null in the list stands for a global meeting. */
  regions: { id: string | null; name: string }[];
  timeZones: readonly string[];
  submitLabel: string;
}) {
  const { t } = useI18n();
  const value = (name: MeetingField) => submitted(result, name, values[name] ?? '');
  const errors = (name: string) => result?.fieldErrors?.[name];
  const languages = valuesOf(result, 'languages', values.languages);
  return (
    <Form method="post" noValidate className="max-w-3xl">
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {result && Object.keys(result.fieldErrors).length ? (
        <FormAlert>{t('meetings.form.checkFields')}</FormAlert>
      ) : null}
      <SelectField
        label={t('meetings.field.kind')}
        name="kind"
        defaultValue={value('kind')}
        errors={errors('kind')}
      >
        {meetingKinds.map((k) => (
          <option key={k} value={k}>
            {t(`meetings.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('meetings.field.region')}
        hint={t('meetings.field.regionHint')}
        name="regionId"
        defaultValue={value('regionId')}
        errors={errors('regionId')}
      >
        {regions.map((r) => (
          <option key={r.id ?? ''} value={r.id ?? ''}>
            {r.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('meetings.field.originalLanguage')}
        name="originalLanguage"
        defaultValue={value('originalLanguage')}
        errors={errors('originalLanguage')}
      >
        <option value="ar">{t('meetings.language.ar')}</option>
        <option value="en">{t('meetings.language.en')}</option>
      </SelectField>
      <TextField
        label={t('meetings.field.titleAr')}
        name="title.ar"
        lang="ar"
        maxLength={MEETING_TITLE_MAX}
        defaultValue={value('title.ar')}
        errors={errors('title.ar')}
      />
      <TextField
        label={t('meetings.field.titleEn')}
        name="title.en"
        lang="en"
        maxLength={MEETING_TITLE_MAX}
        defaultValue={value('title.en')}
        errors={errors('title.en')}
      />
      <TextArea
        label={t('meetings.field.summaryAr')}
        name="summary.ar"
        lang="ar"
        rows={3}
        maxLength={MEETING_SUMMARY_MAX}
        defaultValue={value('summary.ar')}
        errors={errors('summary.ar')}
      />
      <TextArea
        label={t('meetings.field.summaryEn')}
        name="summary.en"
        lang="en"
        rows={3}
        maxLength={MEETING_SUMMARY_MAX}
        defaultValue={value('summary.en')}
        errors={errors('summary.en')}
      />
      <TextField
        label={t('meetings.field.organisers')}
        name="organisers"
        maxLength={ORGANISERS_MAX}
        defaultValue={value('organisers')}
        errors={errors('organisers')}
      />
      <TextField
        label={t('meetings.field.partners')}
        name="partners"
        maxLength={ORGANISERS_MAX}
        defaultValue={value('partners')}
        errors={errors('partners')}
      />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <TextField
          label={t('meetings.field.startsOn')}
          name="startsOn"
          type="date"
          required
          defaultValue={value('startsOn')}
          errors={errors('startsOn')}
        />
        <TextField
          label={t('meetings.field.endsOn')}
          name="endsOn"
          type="date"
          required
          defaultValue={value('endsOn')}
          errors={errors('endsOn')}
        />
        <TextField
          label={t('meetings.field.timeZone')}
          hint={t('meetings.field.timeZoneHint')}
          name="timeZone"
          list="time-zones"
          dir="ltr"
          required
          defaultValue={value('timeZone')}
          errors={errors('timeZone')}
        />
        <datalist id="time-zones">
          {timeZones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </div>
      <TextField
        label={t('meetings.field.venue')}
        name="venue"
        maxLength={VENUE_MAX}
        defaultValue={value('venue')}
        errors={errors('venue')}
      />
      <TextField
        label={t('meetings.field.onlineUrl')}
        name="onlineUrl"
        type="url"
        dir="ltr"
        maxLength={URL_MAX}
        defaultValue={value('onlineUrl')}
        errors={errors('onlineUrl')}
      />
      <fieldset className="mb-4">
        <legend className="font-medium">{t('meetings.field.languages')}</legend>
        <div className="flex flex-wrap gap-4">
          {meetingLanguages.map((l) => (
            <label key={l} className="flex items-center gap-1">
              <input type="checkbox" name="languages" value={l} defaultChecked={languages.includes(l)} />
              {t(`meetings.unLanguage.${l}`)}
            </label>
          ))}
        </div>
        <label className="mt-2 flex items-center gap-1">
          <input type="checkbox" name="interpretation" defaultChecked={value('interpretation') === 'on'} />
          {t('meetings.field.interpretation')}
        </label>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="font-medium">{t('meetings.field.targets')}</legend>
        <p className="text-sm text-slate-600">{t('meetings.field.targetsHint')}</p>
        <div className="grid gap-x-4 sm:grid-cols-3">
          <TextField
            label={t('meetings.field.minWomenPercent')}
            name="balanceTargets.minWomenPercent"
            inputMode="numeric"
            defaultValue={value('balanceTargets.minWomenPercent')}
            errors={errors('balanceTargets.minWomenPercent')}
          />
          <TextField
            label={t('meetings.field.minNonGovernmentPercent')}
            name="balanceTargets.minNonGovernmentPercent"
            inputMode="numeric"
            defaultValue={value('balanceTargets.minNonGovernmentPercent')}
            errors={errors('balanceTargets.minNonGovernmentPercent')}
          />
          <TextField
            label={t('meetings.field.maxSubregionPercent')}
            name="balanceTargets.maxSubregionPercent"
            inputMode="numeric"
            defaultValue={value('balanceTargets.maxSubregionPercent')}
            errors={errors('balanceTargets.maxSubregionPercent')}
          />
        </div>
      </fieldset>
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
