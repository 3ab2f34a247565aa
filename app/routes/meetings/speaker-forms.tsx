import { Form } from 'react-router';
import { speakerGenders, speakerRoles, speakerSectors } from '#db/schema/meeting-values';
import {
  AFFILIATION_MAX,
  REASON_MAX,
  RELEVANCE_MAX,
  SPEAKER_NAME_MAX,
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
} from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { TranslatedText } from '~/ui/translated-text';
import type { AgendaSession } from './agenda';

/**
 * A speaker for a session: nominated by a signed-in person (themselves or a colleague), or invited by
 * the organisers. Gender, country and sector are voluntary and only ever shown in aggregate.
 */
export function SpeakerForm({
  intent,
  sessions,
  countries,
  result,
}: {
  intent: 'nominate' | 'invite';
  sessions: AgendaSession[];
  countries: { iso3: string; name: string }[];
  result?: SubmissionResult;
}) {
  const { t } = useI18n();
  const mine = result?.values?.intent === intent ? result : undefined;
  const value = (name: string, fallback = '') => submitted(mine, name, fallback);
  const errors = (name: string) => mine?.fieldErrors?.[name];
  const titleId = `${intent}-form-title`;
  return (
    <Form method="post" noValidate aria-labelledby={titleId} className="mb-6">
      <h3 id={titleId} className="mb-2 text-lg font-semibold">
        {t(`meetings.speaker.${intent}Title`)}
      </h3>
      {intent === 'nominate' ? (
        <p className="mb-2 text-sm text-slate-700">{t('meetings.speaker.nominateIntro')}</p>
      ) : null}
      <CsrfInput />
      <input type="hidden" name="intent" value={intent} />
      {mine?.formError ? <FormAlert error={mine.formError} /> : null}
      <SelectField
        label={t('meetings.field.session')}
        name="sessionId"
        defaultValue={value('sessionId')}
        errors={errors('sessionId')}
      >
        {sessions.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title.ar ?? s.title.en}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('meetings.field.role')}
        name="role"
        defaultValue={value('role', 'speaker')}
        errors={errors('role')}
      >
        {speakerRoles.map((r) => (
          <option key={r} value={r}>
            {t(`meetings.role.${r}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('meetings.field.speakerName')}
        name="name"
        maxLength={SPEAKER_NAME_MAX}
        defaultValue={value('name')}
        errors={errors('name')}
      />
      <TextField
        label={t('meetings.field.affiliation')}
        name="affiliation"
        maxLength={AFFILIATION_MAX}
        defaultValue={value('affiliation')}
        errors={errors('affiliation')}
      />
      <TextArea
        label={t('meetings.field.relevance')}
        name="relevance"
        rows={3}
        maxLength={RELEVANCE_MAX}
        defaultValue={value('relevance')}
        errors={errors('relevance')}
      />
      <fieldset className="mb-4 rounded border border-slate-300 p-2">
        <legend className="px-1 font-medium">{t('meetings.speaker.voluntary')}</legend>
        <p className="mb-2 text-sm text-slate-700">{t('meetings.speaker.voluntaryHint')}</p>
        <div className="grid gap-x-4 sm:grid-cols-3">
          <SelectField
            label={t('meetings.field.gender')}
            name="gender"
            defaultValue={value('gender')}
            errors={errors('gender')}
          >
            <option value="">{t('meetings.notSaying')}</option>
            {speakerGenders.map((g) => (
              <option key={g} value={g}>
                {t(`meetings.gender.${g}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('meetings.field.country')}
            name="countryIso3"
            defaultValue={value('countryIso3')}
            errors={errors('countryIso3')}
          >
            <option value="">{t('meetings.notSaying')}</option>
            {countries.map((c) => (
              <option key={c.iso3} value={c.iso3}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('meetings.field.sector')}
            name="sector"
            defaultValue={value('sector')}
            errors={errors('sector')}
          >
            <option value="">{t('meetings.notSaying')}</option>
            {speakerSectors.map((s) => (
              <option key={s} value={s}>
                {t(`meetings.sector.${s}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <SubmitButton>{t(`meetings.speaker.${intent}Submit`)}</SubmitButton>
    </Form>
  );
}

export interface NominationRow {
  id: string;
  name: string;
  affiliation: string;
  role: string;
  relevance: string;
  status: string;
  decisionReason: string;
  version: number;
  sessionTitle: AgendaSession['title'];
}

/** The organisers' list of nominations: accept, or decline with a reason. */
export function Nominations({ rows, result }: { rows: NominationRow[]; result?: SubmissionResult }) {
  const { t } = useI18n();
  if (!rows.length) return <p className="mb-4 text-slate-700">{t('meetings.nominations.none')}</p>;
  const mine = result?.values?.intent === 'decide' ? result : undefined;
  return (
    <ul className="mb-6 space-y-3">
      {rows.map((row) => (
        <li key={row.id} className="rounded border border-slate-300 p-3">
          <p className="font-semibold">
            <bdi>{row.name}</bdi> — {t(`meetings.role.${row.role}`)}
          </p>
          <p className="text-sm">
            <TranslatedText value={row.sessionTitle} />
            {row.affiliation ? (
              <>
                {' · '}
                <bdi>{row.affiliation}</bdi>
              </>
            ) : null}
          </p>
          {row.relevance ? (
            <p className="text-sm" dir="auto" data-user-text>
              {row.relevance}
            </p>
          ) : null}
          <p className="text-sm">{t(`meetings.speakerStatus.${row.status}`)}</p>
          {row.status === 'nominated' ? (
            <Form method="post" className="mt-2 flex flex-wrap items-end gap-2">
              <CsrfInput />
              <input type="hidden" name="intent" value="decide" />
              <input type="hidden" name="speakerId" value={row.id} />
              <input type="hidden" name="version" value={row.version} />
              {mine?.values?.speakerId === row.id && mine.formError ? (
                <FormAlert error={mine.formError} />
              ) : null}
              <TextField
                label={t('meetings.nominations.reason')}
                name="reason"
                maxLength={REASON_MAX}
                errors={mine?.values?.speakerId === row.id ? mine.fieldErrors.reason : undefined}
              />
              <button
                type="submit"
                name="decision"
                value="accept"
                className="mb-4 rounded bg-green-800 px-3 py-2 text-white"
              >
                {t('meetings.nominations.accept')}
              </button>
              <button
                type="submit"
                name="decision"
                value="decline"
                className="mb-4 rounded bg-slate-700 px-3 py-2 text-white"
              >
                {t('meetings.nominations.decline')}
              </button>
            </Form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
