import type { Translated } from '#db/schema/columns';
import { DONOR_MAX } from '~/modules/funding/funding-limits';
import { currencyCodes } from '~/platform/currencies';
import type { SubmissionResult } from '~/platform/forms.server';
import { SelectField, valueOf as submitted, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';

/**
 * The fields of a donor's contribution (new or corrected), named by the schema's paths; `initial`
 * fills them when correcting, the submitted values win after a refusal.
 */
export function ContributionFields({
  result,
  initial = {},
  countries,
  areas,
}: {
  result?: SubmissionResult;
  initial?: Record<string, string>;
  countries: { iso3: string; name: Translated }[];
  areas: { id: number; name: Translated }[];
}) {
  const { t, pick } = useI18n();
  const v = (name: string) => submitted(result, name, initial[name] ?? '');
  const errors = (name: string) => result?.fieldErrors?.[name];
  return (
    <>
      <TextField
        label={t('funding.contributions.donor')}
        name="donor"
        maxLength={DONOR_MAX}
        defaultValue={v('donor')}
        errors={errors('donor')}
      />
      <SelectField
        label={t('funding.contributions.donorCountry')}
        name="donorCountryIso3"
        defaultValue={v('donorCountryIso3')}
        errors={errors('donorCountryIso3')}
      >
        <option value="">{t('funding.form.none')}</option>
        {countries.map((c) => (
          <option key={c.iso3} value={c.iso3}>
            {pick(c.name).text}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('funding.contributions.receivedOn')}
        name="receivedOn"
        type="date"
        defaultValue={v('receivedOn')}
        errors={errors('receivedOn')}
      />
      <TextField
        label={t('funding.contributions.amount')}
        name="amount"
        inputMode="decimal"
        defaultValue={v('amount')}
        errors={errors('amount')}
      />
      <SelectField
        label={t('funding.contributions.currency')}
        name="currency"
        defaultValue={v('currency') || 'USD'}
        errors={errors('currency')}
      >
        {currencyCodes.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('funding.contributions.usdRate')}
        hint={t('funding.contributions.usdRateHint')}
        name="usdRate"
        inputMode="decimal"
        defaultValue={v('usdRate')}
        errors={errors('usdRate')}
      />
      <TextField
        label={t('funding.contributions.rateDate')}
        name="rateDate"
        type="date"
        defaultValue={v('rateDate')}
        errors={errors('rateDate')}
      />
      <SelectField
        label={t('funding.contributions.earmark')}
        name="earmarkedThematicAreaId"
        defaultValue={v('earmarkedThematicAreaId')}
        errors={errors('earmarkedThematicAreaId')}
      >
        <option value="">{t('funding.contributions.unearmarked')}</option>
        {areas.map((a) => (
          <option key={a.id} value={String(a.id)}>
            {pick(a.name).text}
          </option>
        ))}
      </SelectField>
    </>
  );
}
