import type { Translated } from '#db/schema/columns';
import { contributionKinds } from '#db/schema/review-contribution-values';
import { contributionLimits } from '~/modules/reviews/contributions/contribution-schema';
import type { FieldError } from '~/platform/forms.server';
import { uploadKinds } from '~/platform/uploads/kinds';
import { SelectField, TextArea, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';

/** The files a contribution may come with (PDF or Word) and their size cap; the routes and the form share them. */
export const contributionFileKinds = ['pdf', 'docx'] as const;
export const contributionMaxFileBytes = 20 * 1024 * 1024;
const accept = contributionFileKinds
  .flatMap((k) => [`.${uploadKinds[k].names[0]}`, uploadKinds[k].mime])
  .join(',');

/**
 * The fields of a contribution, named by the schema's paths, for recording one and for correcting
 * it: `value(name)` is what the user submitted or the record's value, `chosen` the objectives ticked.
 */
export function ContributionFields(props: {
  objectives: { number: number; shortLabel: Translated }[];
  today: string;
  value: (name: string, fallback?: string) => string;
  errors: (name: string) => FieldError[] | undefined;
  chosen: ReadonlySet<string>;
  fileHint?: string;
}) {
  const { t, pick, number } = useI18n();
  const { value, errors } = props;
  return (
    <>
      <SelectField
        label={t('reviews-cycles.contribution.field.kind')}
        name="kind"
        defaultValue={value('kind', 'consultative_process')}
        errors={errors('kind')}
      >
        {contributionKinds.map((k) => (
          <option key={k} value={k}>
            {t(`reviews-cycles.contribution.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('reviews-cycles.contribution.field.originalLanguage')}
        name="originalLanguage"
        defaultValue={value('originalLanguage', 'ar')}
        errors={errors('originalLanguage')}
      >
        <option value="ar">{t('reviews-cycles.contribution.lang.ar')}</option>
        <option value="en">{t('reviews-cycles.contribution.lang.en')}</option>
      </SelectField>
      <div className="grid gap-x-4 md:grid-cols-2">
        {(['ar', 'en'] as const).map((l) => (
          <TextField
            key={l}
            label={t(`reviews-cycles.contribution.field.contributor.${l}`)}
            name={`contributor.${l}`}
            lang={l}
            maxLength={contributionLimits.contributor}
            defaultValue={value(`contributor.${l}`)}
            errors={errors(`contributor.${l}`)}
          />
        ))}
      </div>
      <TextField
        label={t('reviews-cycles.contribution.field.receivedOn')}
        name="receivedOn"
        type="date"
        max={props.today}
        defaultValue={value('receivedOn')}
        errors={errors('receivedOn')}
      />
      {(['ar', 'en'] as const).map((l) => (
        <TextArea
          key={l}
          label={t(`reviews-cycles.contribution.field.text.${l}`)}
          hint={l === 'ar' ? t('reviews-cycles.contribution.field.textHint') : undefined}
          name={`text.${l}`}
          lang={l}
          rows={6}
          maxLength={contributionLimits.text}
          defaultValue={value(`text.${l}`)}
          errors={errors(`text.${l}`)}
        />
      ))}
      <TextField
        label={t('reviews-cycles.contribution.field.file')}
        hint={
          props.fileHint ??
          t('reviews-cycles.contribution.field.fileHint', {
            size: number(contributionMaxFileBytes / (1024 * 1024)),
          })
        }
        name="file"
        type="file"
        accept={accept}
        errors={errors('file')}
      />
      <fieldset className="mb-4 rounded border border-slate-300 p-3">
        <legend className="px-1 font-medium">{t('reviews-cycles.contribution.field.objectives')}</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {props.objectives.map((o) => (
            <label key={o.number} className="flex items-start gap-2">
              <input
                type="checkbox"
                name="objectives"
                value={String(o.number)}
                defaultChecked={props.chosen.has(String(o.number))}
                className="mt-1"
              />
              <span>
                {t('reviews-cycles.contribution.objectiveOption', {
                  number: number(o.number),
                  name: pick(o.shortLabel).text,
                })}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
