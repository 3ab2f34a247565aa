import { contactKinds } from '#db/schema/review-outreach-values';
import { contactMinistryMax, contactNameMax } from '~/modules/reviews/outreach/outreach-schema';
import type { FieldError } from '~/platform/forms.server';
import { SelectField, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';

/** The fields of a registry entry (shared by the add form and the edit page). */
export function ContactFields({
  states,
  values,
  errors,
}: {
  states: { iso3: string; name: { ar?: string; en?: string } }[];
  values: (name: string, fallback?: string) => string;
  errors: (name: string) => FieldError[] | undefined;
}) {
  const { t, pick, locale } = useI18n();
  const tt = (key: string) => t(`reviews-outreach.contacts.field.${key}`);
  return (
    <>
      <SelectField
        label={tt('state')}
        name="countryIso3"
        defaultValue={values('countryIso3')}
        errors={errors('countryIso3')}
      >
        <option value="">{tt('chooseState')}</option>
        {states.map((s) => (
          <option key={s.iso3} value={s.iso3}>
            {pick(s.name).text}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={tt('kind')}
        name="kind"
        defaultValue={values('kind', 'focal_point')}
        errors={errors('kind')}
      >
        {contactKinds.map((k) => (
          <option key={k} value={k}>
            {t(`reviews-outreach.contacts.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={tt('name')}
        name="name"
        maxLength={contactNameMax}
        defaultValue={values('name')}
        errors={errors('name')}
      />
      <TextField
        label={tt('ministry')}
        name="ministry"
        maxLength={contactMinistryMax}
        defaultValue={values('ministry')}
        errors={errors('ministry')}
      />
      <TextField
        label={tt('email')}
        name="email"
        type="email"
        dir="ltr"
        defaultValue={values('email')}
        errors={errors('email')}
      />
      <SelectField
        label={tt('language')}
        name="locale"
        defaultValue={values('locale', locale)}
        errors={errors('locale')}
      >
        <option value="ar">{t('reviews-outreach.language.ar')}</option>
        <option value="en">{t('reviews-outreach.language.en')}</option>
      </SelectField>
    </>
  );
}
