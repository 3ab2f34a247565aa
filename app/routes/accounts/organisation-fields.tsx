import type { Translated } from '#db/schema/columns';
import type { SubmissionResult } from '~/platform/forms.server';
import { sortByText } from '~/platform/i18n/collation';
import { SelectField, valueOf as submitted, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { errorsOf } from './shared';

export interface OrganisationOptions {
  categories: { key: string; label: Translated }[];
  countries: { iso3: string; name: Translated }[];
}

export interface OrganisationValues {
  name: Translated;
  originalLanguage: 'ar' | 'en';
  categoryKey: string | null;
  countryIso3: string | null;
  website: string | null;
}

/** The fields shared by the create and edit forms of an organisation. */
export function OrganisationFields({
  options,
  current,
  result,
}: {
  options: OrganisationOptions;
  current?: OrganisationValues;
  result?: SubmissionResult;
}) {
  const { t, pick, locale } = useI18n();
  const countries = sortByText(
    options.countries.map((c) => ({ iso3: c.iso3, text: pick(c.name).text || c.iso3 })),
    locale,
    (c) => c.text,
  );
  return (
    <>
      <p className="mb-3 text-sm text-slate-700">{t('accounts.organisations.nameHint')}</p>
      <TextField
        label={t('accounts.organisations.field.nameAr')}
        name="name.ar"
        lang="ar"
        dir="rtl"
        defaultValue={submitted(result, 'name.ar', current?.name.ar ?? '')}
        errors={errorsOf(result, 'name.ar')}
      />
      <TextField
        label={t('accounts.organisations.field.nameEn')}
        name="name.en"
        lang="en"
        dir="ltr"
        defaultValue={submitted(result, 'name.en', current?.name.en ?? '')}
        errors={errorsOf(result, 'name.en')}
      />
      <SelectField
        label={t('accounts.organisations.field.originalLanguage')}
        hint={t('accounts.organisations.field.originalLanguageHint')}
        name="originalLanguage"
        defaultValue={submitted(result, 'originalLanguage', current?.originalLanguage ?? locale)}
        errors={errorsOf(result, 'originalLanguage')}
      >
        <option value="ar">{t('accounts.locale.ar')}</option>
        <option value="en">{t('accounts.locale.en')}</option>
      </SelectField>
      {options.categories.length ? (
        <SelectField
          label={t('accounts.organisations.field.category')}
          name="categoryKey"
          defaultValue={submitted(result, 'categoryKey', current?.categoryKey ?? '')}
          errors={errorsOf(result, 'categoryKey')}
        >
          <option value="">{t('accounts.organisations.notSpecified')}</option>
          {options.categories.map((c) => (
            <option key={c.key} value={c.key}>
              {pick(c.label).text || c.key}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="mb-4 text-sm text-slate-600">{t('accounts.organisations.noCategories')}</p>
      )}
      {countries.length ? (
        <SelectField
          label={t('accounts.organisations.field.country')}
          name="countryIso3"
          defaultValue={submitted(result, 'countryIso3', current?.countryIso3 ?? '')}
          errors={errorsOf(result, 'countryIso3')}
        >
          <option value="">{t('accounts.organisations.notSpecified')}</option>
          {countries.map((c) => (
            <option key={c.iso3} value={c.iso3}>
              {c.text}
            </option>
          ))}
        </SelectField>
      ) : (
        <p className="mb-4 text-sm text-slate-600">{t('accounts.organisations.noCountries')}</p>
      )}
      <TextField
        label={t('accounts.organisations.field.website')}
        hint={t('accounts.organisations.field.websiteHint')}
        name="website"
        type="url"
        dir="ltr"
        inputMode="url"
        defaultValue={submitted(result, 'website', current?.website ?? '')}
        errors={errorsOf(result, 'website')}
      />
    </>
  );
}
