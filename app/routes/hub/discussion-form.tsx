import { Form } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { discussionAudiences, discussionLanguages } from '#db/schema/hub-discussion-values';
import {
  audienceGroupRoles,
  audienceGroupScopes,
  formatAudienceGroup,
  type NamedAudienceGroup,
} from '~/modules/hub/discussions/audience-groups';
import {
  QUESTION_MAX,
  QUESTIONS_MAX,
  SPACE_DESCRIPTION_MAX,
  SPACE_TITLE_MAX,
} from '~/modules/hub/discussions/discussion-schema';
import type { SubmissionResult } from '~/platform/forms.server';
import { sortByName } from '~/platform/i18n/collation';
import { ChoicePicker, type PickerOption } from '~/ui/choice-picker';
import {
  CsrfInput,
  FormAlert,
  formAlertOf,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  TextField,
  valuesOf,
} from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { Checks } from './hub-fields';
import type { HubReference } from './hub-routes.server';

export type SpaceFormValues = Record<string, string | string[] | number | undefined>;

/** The form's labels (discussions.editor.*). */
type EditorKey =
  | 'audience'
  | 'closesOn'
  | 'countries'
  | 'descriptionAr'
  | 'descriptionEn'
  | 'groups'
  | 'groupsHint'
  | 'languages'
  | 'moderators'
  | 'moderatorsHint'
  | 'objectiveLabel'
  | 'objectives'
  | 'opensOn'
  | 'originalLanguage'
  | 'principles'
  | 'questionAr'
  | 'questionEn'
  | 'questions'
  | 'titleAr'
  | 'titleEn';

/** How a group narrowed to a place is named, for the roles that may be narrowed. */
const withinLabel = {
  regional_secretariat: 'discussions.groups.roleIn.regional_secretariat',
  focal_point: 'discussions.groups.roleIn.focal_point',
} as const;

/** A group's name as the space page shows it (the form's options say the same). */
export function groupLabel(
  t: ReturnType<typeof useI18n>['t'],
  pick: ReturnType<typeof useI18n>['pick'],
  group: NamedAudienceGroup,
): string {
  if (group.kind === 'organisation')
    return t('discussions.groups.organisation', { name: pick(group.name).text });
  if (group.place && (group.role === 'focal_point' || group.role === 'regional_secretariat'))
    return t(withinLabel[group.role], { place: pick(group.place).text });
  return t(`discussions.groups.role.${group.role}`);
}

/** Blank question rows offered below the filled ones. */
const spareQuestions = 2;

/**
 * The space form (create and edit): bilingual title and description with the original language, the
 * languages and audience (with its groups when held for named groups), the opening and closing days, numbered questions (ar/en), moderators by
 * e-mail, and what it concerns. Works without script; a refused save keeps everything typed.
 */
export function SpaceForm({
  reference,
  organisations,
  result,
  initial = {},
  submitLabel,
}: {
  reference: HubReference;
  /** Organisations whose members a space may be held for. */
  organisations: readonly { key: string; name: Translated }[];
  result: SubmissionResult | undefined;
  initial?: SpaceFormValues;
  submitLabel: string;
}) {
  const { t, pick, number, locale } = useI18n();
  const tt = (key: EditorKey, values?: Record<string, string>) => t(`discussions.editor.${key}`, values);
  const errors = (name: string) =>
    result?.fieldErrors?.[name] ??
    (name.endsWith('.ar') ? result?.fieldErrors?.[name.slice(0, -3)] : undefined);
  const text = (name: string) => submitted(result, name, String(initial[name] ?? ''));
  const set = (name: string) =>
    new Set(valuesOf(result, name, (initial[name] as string[] | undefined) ?? []));
  const filled = Object.keys({ ...initial, ...(result?.values ?? {}) }).filter((k) =>
    /^questions\[\d+\]/.test(k),
  );
  const rowsShown = Math.min(
    QUESTIONS_MAX,
    Math.max(1, ...filled.map((k) => Number(/\[(\d+)\]/.exec(k)![1]) + 1)) + spareQuestions,
  );
  const groupOptions: PickerOption[] = audienceGroupRoles.flatMap((role) => {
    const scopes = audienceGroupScopes[role];
    const whole = {
      value: formatAudienceGroup({ kind: 'role', role }),
      label: t(`discussions.groups.role.${role}`),
    };
    const within = (type: 'region' | 'country', places: readonly { key: string; name: Translated }[]) =>
      scopes.includes(type) && (role === 'focal_point' || role === 'regional_secretariat')
        ? sortByName(places, locale, (p) => p.name).map((p) => ({
            value: formatAudienceGroup({ kind: 'role', role, scope: { type, id: p.key } }),
            label: t(withinLabel[role], { place: pick(p.name).text }),
            aliases: [p.name.ar ?? '', p.name.en ?? '', p.key],
          }))
        : [];
    return [whole, ...within('region', reference.regions), ...within('country', reference.countries)];
  });
  for (const o of sortByName(organisations, locale, (o) => o.name))
    groupOptions.push({
      value: formatAudienceGroup({ kind: 'organisation', id: o.key }),
      label: t('discussions.groups.organisation', { name: pick(o.name).text }),
      aliases: [o.name.ar ?? '', o.name.en ?? ''],
    });
  const checks = (name: string, legend: string, options: { value: string; label: string }[]) => (
    <Checks legend={legend} name={name} options={options} chosen={set(name)} errors={errors(name)} />
  );
  return (
    <Form method="post" className="mt-6" noValidate>
      <CsrfInput />
      {initial.version !== undefined ? <input type="hidden" name="version" value={initial.version} /> : null}
      <FormAlert error={formAlertOf(result)} />
      <SelectField
        label={tt('originalLanguage')}
        name="originalLanguage"
        defaultValue={text('originalLanguage') || locale}
        errors={errors('originalLanguage')}
      >
        <option value="ar">{t('discussions.lang.ar')}</option>
        <option value="en">{t('discussions.lang.en')}</option>
      </SelectField>
      <TextField
        label={tt('titleAr')}
        name="title.ar"
        lang="ar"
        maxLength={SPACE_TITLE_MAX}
        defaultValue={text('title.ar')}
        errors={errors('title.ar')}
      />
      <TextField
        label={tt('titleEn')}
        name="title.en"
        lang="en"
        maxLength={SPACE_TITLE_MAX}
        defaultValue={text('title.en')}
        errors={errors('title.en')}
      />
      <TextArea
        label={tt('descriptionAr')}
        name="description.ar"
        lang="ar"
        rows={4}
        maxLength={SPACE_DESCRIPTION_MAX}
        defaultValue={text('description.ar')}
        errors={errors('description.ar')}
      />
      <TextArea
        label={tt('descriptionEn')}
        name="description.en"
        lang="en"
        rows={4}
        maxLength={SPACE_DESCRIPTION_MAX}
        defaultValue={text('description.en')}
        errors={errors('description.en')}
      />
      {checks(
        'languages',
        tt('languages'),
        discussionLanguages.map((l) => ({ value: l, label: t(`discussions.lang.${l}`) })),
      )}
      <SelectField
        label={tt('audience')}
        name="audience"
        defaultValue={text('audience') || 'public'}
        errors={errors('audience')}
      >
        {discussionAudiences.map((a) => (
          <option key={a} value={a}>
            {t(`discussions.audience.${a}`)}
          </option>
        ))}
      </SelectField>
      <ChoicePicker
        label={tt('groups')}
        hint={tt('groupsHint')}
        name="audienceGroups"
        options={groupOptions}
        defaultValue={[...set('audienceGroups')]}
        errors={errors('audienceGroups')}
      />
      <div className="flex flex-wrap gap-4">
        <TextField
          label={tt('opensOn')}
          name="opensOn"
          type="date"
          defaultValue={text('opensOn')}
          errors={errors('opensOn')}
        />
        <TextField
          label={tt('closesOn')}
          name="closesOn"
          type="date"
          defaultValue={text('closesOn')}
          errors={errors('closesOn')}
        />
      </div>
      <fieldset className="mb-4 rounded border border-slate-300 p-3">
        <legend className="px-1 font-medium">{tt('questions')}</legend>
        {Array.from({ length: rowsShown }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are numbered by position
          <div key={i} className="grid gap-x-4 sm:grid-cols-2">
            <TextArea
              label={tt('questionAr', { number: number(i + 1) })}
              name={`questions[${i}].ar`}
              lang="ar"
              rows={2}
              maxLength={QUESTION_MAX}
              defaultValue={text(`questions[${i}].ar`)}
              errors={errors(`questions[${i}].ar`)}
            />
            <TextArea
              label={tt('questionEn', { number: number(i + 1) })}
              name={`questions[${i}].en`}
              lang="en"
              rows={2}
              maxLength={QUESTION_MAX}
              defaultValue={text(`questions[${i}].en`)}
              errors={errors(`questions[${i}].en`)}
            />
          </div>
        ))}
      </fieldset>
      <TextArea
        label={tt('moderators')}
        hint={tt('moderatorsHint')}
        name="moderators"
        dir="ltr"
        rows={3}
        defaultValue={text('moderators')}
        errors={errors('moderators')}
      />
      {checks(
        'objectives',
        tt('objectives'),
        reference.objectives.map((o) => ({
          value: String(o.key),
          label: tt('objectiveLabel', { number: number(o.key), label: pick(o.name).text }),
        })),
      )}
      {checks(
        'principles',
        tt('principles'),
        reference.principles.map((p) => ({ value: p.key, label: pick(p.name).text })),
      )}
      <ChoicePicker
        label={tt('countries')}
        name="countries"
        options={sortByName(reference.countries, locale, (c) => c.name).map((c) => ({
          value: c.key,
          label: pick(c.name).text,
          aliases: [c.name.ar ?? '', c.name.en ?? ''],
        }))}
        defaultValue={[...set('countries')]}
        errors={errors('countries')}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
