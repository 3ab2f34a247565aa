import type { FieldError } from '~/platform/forms.server';
import { SelectField, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';

type Named = { iso3: string; name: { ar?: string; en?: string } };

/** The fields of a focal-point workshop (the add form and each workshop's edit form). */
export function WorkshopFields({
  states,
  meetings,
  value,
  values,
  errors,
}: {
  states: Named[];
  meetings: { id: string; title: { ar?: string; en?: string } }[];
  value: (name: string) => string;
  values: (name: string) => string[];
  errors: (name: string) => FieldError[] | undefined;
}) {
  const { t, pick } = useI18n();
  const tt = (key: string) => t(`reviews-outreach.workshops.field.${key}`);
  const invited = new Set(values('invitedStates'));
  const attended = new Set(values('attendedStates'));
  const stateBoxes = (name: 'invitedStates' | 'attendedStates', checked: Set<string>) => (
    <fieldset className="mb-4 rounded border border-slate-300 p-3">
      <legend className="px-1 font-medium">{tt(name)}</legend>
      {errors(name)?.map((e) => (
        <p key={e.code} className="text-sm text-red-700">
          {t(`errors.${e.code}`, e.params)}
        </p>
      ))}
      <div className="grid gap-x-4 sm:grid-cols-3">
        {states.map((s) => (
          <label key={s.iso3} className="flex items-center gap-2 py-0.5">
            <input type="checkbox" name={name} value={s.iso3} defaultChecked={checked.has(s.iso3)} />
            <bdi>{pick(s.name).text}</bdi>
          </label>
        ))}
      </div>
    </fieldset>
  );
  return (
    <>
      <TextField
        label={tt('titleAr')}
        name="title.ar"
        lang="ar"
        defaultValue={value('title.ar')}
        errors={[...(errors('title') ?? []), ...(errors('title.ar') ?? [])]}
      />
      <TextField
        label={tt('titleEn')}
        name="title.en"
        lang="en"
        defaultValue={value('title.en')}
        errors={errors('title.en')}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          label={tt('startsOn')}
          name="startsOn"
          type="date"
          defaultValue={value('startsOn')}
          errors={errors('startsOn')}
        />
        <TextField
          label={tt('endsOn')}
          name="endsOn"
          type="date"
          defaultValue={value('endsOn')}
          errors={errors('endsOn')}
        />
      </div>
      <TextField
        label={tt('placeAr')}
        name="place.ar"
        lang="ar"
        defaultValue={value('place.ar')}
        errors={errors('place.ar')}
      />
      <TextField
        label={tt('placeEn')}
        name="place.en"
        lang="en"
        defaultValue={value('place.en')}
        errors={errors('place.en')}
      />
      <TextField
        label={tt('link')}
        name="link"
        type="url"
        dir="ltr"
        defaultValue={value('link')}
        errors={errors('link')}
      />
      {meetings.length ? (
        <SelectField
          label={tt('meeting')}
          name="meetingId"
          defaultValue={value('meetingId')}
          errors={errors('meetingId')}
        >
          <option value="">{tt('noMeeting')}</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {pick(m.title).text}
            </option>
          ))}
        </SelectField>
      ) : null}
      {stateBoxes('invitedStates', invited)}
      {stateBoxes('attendedStates', attended)}
      <TextField
        label={tt('participants')}
        name="participants"
        inputMode="numeric"
        defaultValue={value('participants')}
        errors={errors('participants')}
      />
    </>
  );
}
