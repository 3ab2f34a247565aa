import { Form } from 'react-router';
import type { RegistrationStatus } from '#db/schema/meeting-registration-values';
import { registrantGenders } from '#db/schema/meeting-registration-values';
import {
  type AttendanceMark,
  attendanceMarks,
  type InvitationStatus,
  type MaterialVisibility,
  materialVisibilities,
  type TrainedByGender,
} from '#db/schema/meeting-workshop-values';
import type { AttendanceRefusal, RecordRefusal } from '~/modules/meetings/workshops/workshop-rules';
import {
  MATERIAL_FILE_MAX_BYTES,
  MATERIAL_TITLE_MAX,
  MATERIAL_URL_MAX,
  RECORD_REPORT_MAX,
  RECORD_TOPICS_MAX,
} from '~/modules/meetings/workshops/workshop-schema';
import type { SubmissionResult } from '~/platform/forms.server';
import { ChoicePicker } from '~/ui/choice-picker';
import { TranslatedFields, translatedValues } from '~/ui/form-fields';
import {
  CsrfInput,
  ErrorList,
  FormAlert,
  formAlertOf,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextField,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { SampleBadge } from '~/ui/sample-badge';
import { TableScroll } from '~/ui/table-scroll';
import { TranslatedText } from '~/ui/translated-text';

type Translated = { ar?: string; en?: string };
const resultOf = (result: SubmissionResult | undefined, intent: string) =>
  result?.values?.intent === intent ? result : undefined;

/** The public record: that the training took place, its days and counts (never names). */
export function TrainingRecord({
  record,
  countryName,
}: {
  record: {
    heldFrom: string;
    heldTo: string;
    topics: Translated;
    report: Translated;
    trainedTotal: number;
    trainedByCountry: Record<string, number>;
    trainedByGender: TrainedByGender;
    isSample: boolean;
  };
  countryName: Record<string, string>;
}) {
  const { t, date, number } = useI18n();
  const day = (d: string) => date(d, { dateStyle: 'long', timeZone: 'UTC' });
  const countries = Object.entries(record.trainedByCountry).sort(([a], [b]) =>
    (countryName[a] ?? a).localeCompare(countryName[b] ?? b),
  );
  const genders = (['woman', 'man', 'other', 'notGiven'] as const).filter((g) => record.trainedByGender[g]);
  return (
    <section aria-labelledby="record-title" className="mb-8 rounded border border-green-700 p-3">
      <h2 id="record-title" className="mb-2 text-xl font-semibold">
        {t('workshops.record.tookPlace')} {record.isSample ? <SampleBadge /> : null}
      </h2>
      <p className="mb-2">
        {record.heldFrom === record.heldTo
          ? t('workshops.record.heldOn', { date: day(record.heldFrom) })
          : t('workshops.record.heldFromTo', { start: day(record.heldFrom), end: day(record.heldTo) })}
      </p>
      <p className="mb-2 font-medium">{t('workshops.record.trained', { count: record.trainedTotal })}</p>
      {countries.length ? (
        <>
          <h3 className="font-medium">{t('workshops.record.byCountry')}</h3>
          <ul className="mb-2 list-disc ps-6">
            {countries.map(([iso3, n]) => (
              <li key={iso3}>
                <bdi>{countryName[iso3] ?? iso3}</bdi>: {number(n)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {genders.length ? (
        <>
          <h3 className="font-medium">{t('workshops.record.byGender')}</h3>
          <ul className="mb-2 list-disc ps-6">
            {genders.map((g) => (
              <li key={g}>
                {t(`workshops.gender.${g}`)}: {number(record.trainedByGender[g] ?? 0)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="font-medium">{t('workshops.record.topics')}</h3>
      <TranslatedText value={record.topics} as="p" className="mb-2 whitespace-pre-line" />
      {record.report.ar || record.report.en ? (
        <>
          <h3 className="font-medium">{t('workshops.record.report')}</h3>
          <TranslatedText value={record.report} as="p" className="whitespace-pre-line" />
        </>
      ) : null}
    </section>
  );
}

/** The invitee's own invitation: its state and the accept / decline buttons. */
export function InvitationAnswer({
  invitation,
  registrationStatus,
  result,
}: {
  invitation: { status: InvitationStatus; version: number; country: string };
  registrationStatus: RegistrationStatus | null;
  result?: SubmissionResult;
}) {
  const { t } = useI18n();
  const mine = resultOf(result, 'answer');
  return (
    <section aria-labelledby="invitation-title" className="mb-8 rounded border border-slate-300 p-3">
      <h2 id="invitation-title" className="mb-2 text-xl font-semibold">
        {t('workshops.invitation.title')}
      </h2>
      <p className="mb-2">{t(`workshops.invitation.status.${invitation.status}`)}</p>
      {registrationStatus ? (
        <p className="mb-2">{t(`workshops.invitation.registration.${registrationStatus}`)}</p>
      ) : null}
      <FormAlert error={formAlertOf(mine)} />
      {invitation.status !== 'accepted' ? (
        <Form method="post" className="mb-3">
          <CsrfInput />
          <input type="hidden" name="intent" value="answer" />
          <input type="hidden" name="answer" value="accept" />
          <input type="hidden" name="version" value={invitation.version} />
          <SelectField
            label={t('workshops.invitation.gender')}
            hint={t('workshops.invitation.genderHint')}
            name="gender"
            defaultValue={submitted(mine, 'gender')}
            errors={mine?.fieldErrors?.gender}
          >
            <option value="">{t('workshops.invitation.genderNone')}</option>
            {registrantGenders.map((g) => (
              <option key={g} value={g}>
                {t(`workshops.gender.${g}`)}
              </option>
            ))}
          </SelectField>
          <SubmitButton>{t('workshops.invitation.accept')}</SubmitButton>
        </Form>
      ) : null}
      {invitation.status !== 'declined' ? (
        <Form method="post">
          <CsrfInput />
          <input type="hidden" name="intent" value="answer" />
          <input type="hidden" name="answer" value="decline" />
          <input type="hidden" name="version" value={invitation.version} />
          <button type="submit" className="rounded border border-brand-700 px-3 py-1 text-brand-800">
            {t('workshops.invitation.decline')}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

interface MaterialView {
  id: string;
  title: Translated;
  url: string;
  visibility: MaterialVisibility;
  version: number;
  fileId: string | null;
  fileName: string | null;
}

/** Materials the reader may open; the organisers add (file or link) and remove them. */
export function MaterialsPanel({
  meetingId,
  materials,
  canManage,
  result,
}: {
  meetingId: string;
  materials: MaterialView[];
  canManage: boolean;
  result?: SubmissionResult;
}) {
  const { t } = useI18n();
  const href = useHref();
  const adding = resultOf(result, 'addMaterial');
  const removing = resultOf(result, 'removeMaterial');
  if (!materials.length && !canManage) return null;
  return (
    <section aria-labelledby="materials-title" className="mb-8">
      <h2 id="materials-title" className="mb-2 text-xl font-semibold">
        {t('workshops.materials.title')}
      </h2>
      {materials.length ? (
        <ul className="mb-3 space-y-2">
          {materials.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-2">
              {m.fileId ? (
                <a className="underline" href={href(`/files/${m.fileId}`)}>
                  <TranslatedText value={m.title} />
                </a>
              ) : (
                <a className="underline" href={m.url} rel="noopener noreferrer">
                  <TranslatedText value={m.title} />
                </a>
              )}
              {m.fileName ? (
                <span className="text-sm text-slate-700">
                  (<bdi>{m.fileName}</bdi>)
                </span>
              ) : null}
              {canManage ? (
                <>
                  <span className="text-sm text-slate-700">
                    {t(`workshops.materials.visibility.${m.visibility}`)}
                  </span>
                  <Form method="post" className="inline">
                    <CsrfInput />
                    <input type="hidden" name="intent" value="removeMaterial" />
                    <input type="hidden" name="materialId" value={m.id} />
                    <input type="hidden" name="version" value={m.version} />
                    <button type="submit" className="text-sm underline">
                      {t('workshops.materials.remove')}
                    </button>
                  </Form>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-3">{t('workshops.materials.none')}</p>
      )}
      <FormAlert error={removing?.formError} />
      {canManage ? <MaterialForm meetingId={meetingId} result={adding} /> : null}
    </section>
  );
}

/**
 * Adding a material: posted to its own path ending in /upload (the server's upload cap applies
 * there, not to the page's small forms), which shows this form again when something is refused.
 */
export function MaterialForm({ meetingId, result }: { meetingId: string; result?: SubmissionResult }) {
  const { t } = useI18n();
  const href = useHref();
  const adding = result;
  return (
    <Form
      method="post"
      action={href(`/meetings/${meetingId}/workshop/materials/upload`)}
      encType="multipart/form-data"
      noValidate
      className="rounded border border-slate-300 p-3"
    >
      <CsrfInput />
      <input type="hidden" name="intent" value="addMaterial" />
      <h3 className="mb-2 text-lg font-semibold">{t('workshops.materials.add')}</h3>
      <FormAlert error={adding?.formError} />
      <TranslatedFields
        name="title"
        label={{ ar: t('workshops.materials.titleAr'), en: t('workshops.materials.titleEn') }}
        result={adding}
        maxLength={MATERIAL_TITLE_MAX}
      />
      <TextField
        label={t('workshops.materials.file', { megabytes: MATERIAL_FILE_MAX_BYTES / (1024 * 1024) })}
        hint={t('workshops.materials.fileHint')}
        name="file"
        type="file"
        accept=".pdf,.docx,.pptx"
        errors={adding?.fieldErrors?.file}
      />
      <TextField
        label={t('workshops.materials.url')}
        name="url"
        type="url"
        dir="ltr"
        maxLength={MATERIAL_URL_MAX}
        defaultValue={submitted(adding, 'url')}
        errors={adding?.fieldErrors?.url}
      />
      <SelectField
        label={t('workshops.materials.visibilityLabel')}
        name="visibility"
        defaultValue={submitted(adding, 'visibility', 'participants')}
        errors={adding?.fieldErrors?.visibility}
      >
        {materialVisibilities.map((v) => (
          <option key={v} value={v}>
            {t(`workshops.materials.visibility.${v}`)}
          </option>
        ))}
      </SelectField>
      <SubmitButton>{t('workshops.materials.addSubmit')}</SubmitButton>
    </Form>
  );
}

/** The organisers' states in scope, the invite action, states without a focal point, invitations. */
export function InvitationsPanel({
  organiser,
  countries,
  countryName,
  result,
}: {
  organiser: {
    version: number;
    states: string[];
    withoutFocalPoint: string[];
    focalPointCount: number;
    invitations: {
      id: string;
      name: string;
      countryIso3: string;
      status: InvitationStatus;
      invitedAt: string;
      answeredAt: string | null;
    }[];
  };
  countries: { iso3: string; name: string }[];
  countryName: Record<string, string>;
  result?: SubmissionResult;
}) {
  const { t, date, list } = useI18n();
  const states = resultOf(result, 'states');
  const invite = resultOf(result, 'invite');
  const when = (iso: string) => date(iso, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section aria-labelledby="invitations-title" className="mb-8">
      <h2 id="invitations-title" className="mb-2 text-xl font-semibold">
        {t('workshops.invitations.title')}
      </h2>
      <Form method="post" className="mb-4 rounded border border-slate-300 p-3">
        <CsrfInput />
        <input type="hidden" name="intent" value="states" />
        <input type="hidden" name="version" value={organiser.version} />
        <FormAlert error={states?.formError} />
        <ChoicePicker
          label={t('workshops.states.label')}
          hint={t('workshops.states.hint')}
          name="states"
          options={countries.map((c) => ({ value: c.iso3, label: c.name, aliases: [c.iso3] }))}
          defaultValue={states ? ([states.values?.states ?? []].flat() as string[]) : organiser.states}
          errors={states?.fieldErrors?.states}
        />
        <SubmitButton>{t('workshops.states.save')}</SubmitButton>
      </Form>
      {organiser.withoutFocalPoint.length ? (
        <p className="mb-3" role="note">
          {t('workshops.states.withoutFocalPoint', {
            states: list(organiser.withoutFocalPoint.map((s) => countryName[s] ?? s)),
          })}
        </p>
      ) : null}
      <Form method="post" className="mb-4">
        <CsrfInput />
        <input type="hidden" name="intent" value="invite" />
        <FormAlert error={formAlertOf(invite)} />
        <p className="mb-2 text-sm text-slate-700">
          {t('workshops.invitations.focalPoints', { count: organiser.focalPointCount })}
        </p>
        <SubmitButton>{t('workshops.invitations.invite')}</SubmitButton>
      </Form>
      {organiser.invitations.length ? (
        <TableScroll>
          <table className="w-full text-start">
            <thead>
              <tr>
                <th className="p-1 text-start">{t('workshops.invitations.name')}</th>
                <th className="p-1 text-start">{t('workshops.invitations.country')}</th>
                <th className="p-1 text-start">{t('workshops.invitations.statusLabel')}</th>
                <th className="p-1 text-start">{t('workshops.invitations.invitedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {organiser.invitations.map((i) => (
                <tr key={i.id} className="border-t border-slate-200">
                  <td className="p-1">
                    <bdi>{i.name}</bdi>
                  </td>
                  <td className="p-1">{countryName[i.countryIso3] ?? i.countryIso3}</td>
                  <td className="p-1">{t(`workshops.invitationStatus.${i.status}`)}</td>
                  <td className="p-1">{when(i.invitedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p>{t('workshops.invitations.none')}</p>
      )}
    </section>
  );
}

/** One form per workshop day: each participant attended / absent (blank leaves it unmarked). */
export function AttendanceForms({
  participants,
  days,
  countryName,
  result,
}: {
  participants: {
    registrationId: string;
    name: string;
    countryIso3: string | null;
    marks: { day: string; mark: AttendanceMark; version: number }[];
  }[];
  days: { day: string; refusal: AttendanceRefusal | null }[];
  countryName: Record<string, string>;
  result?: SubmissionResult;
}) {
  const { t, date } = useI18n();
  const submittedDay = resultOf(result, 'attendance');
  return (
    <section aria-labelledby="attendance-title" className="mb-8">
      <h2 id="attendance-title" className="mb-2 text-xl font-semibold">
        {t('workshops.attendance.title')}
      </h2>
      {!participants.length ? <p className="mb-2">{t('workshops.attendance.none')}</p> : null}
      {participants.length
        ? days.map(({ day, refusal }) => {
            const mine = submittedDay?.values?.day === day ? submittedDay : undefined;
            const label = date(day, { dateStyle: 'full', timeZone: 'UTC' });
            return (
              <Form key={day} method="post" className="mb-4 rounded border border-slate-300 p-3">
                <CsrfInput />
                <input type="hidden" name="intent" value="attendance" />
                <input type="hidden" name="day" value={day} />
                <fieldset>
                  <legend className="mb-2 font-semibold">
                    {t('workshops.attendance.day', { day: label })}
                  </legend>
                  {refusal ? <p className="mb-2 text-sm text-slate-700">{t(`errors.${refusal}`)}</p> : null}
                  <ErrorList errors={mine?.fieldErrors?.day} />
                  <FormAlert error={mine && !mine.fieldErrors?.day ? formAlertOf(mine) : undefined} />
                  {participants.map((p) => {
                    const current = p.marks.find((m) => m.day === day);
                    return (
                      <div key={p.registrationId} className="mb-2">
                        <input
                          type="hidden"
                          name={`seen.${p.registrationId}`}
                          value={current?.version ?? 0}
                        />
                        <SelectField
                          label={
                            <>
                              <bdi>{p.name}</bdi>
                              {p.countryIso3 ? ` — ${countryName[p.countryIso3] ?? p.countryIso3}` : ''}
                            </>
                          }
                          name={`marks.${p.registrationId}`}
                          defaultValue={submitted(mine, `marks.${p.registrationId}`, current?.mark ?? '')}
                          errors={mine?.fieldErrors?.[`marks.${p.registrationId}`]}
                        >
                          <option value="">{t('workshops.attendance.unmarked')}</option>
                          {attendanceMarks.map((m) => (
                            <option key={m} value={m}>
                              {t(`workshops.attendance.mark.${m}`)}
                            </option>
                          ))}
                        </SelectField>
                      </div>
                    );
                  })}
                </fieldset>
                <SubmitButton>{t('workshops.attendance.save')}</SubmitButton>
              </Form>
            );
          })
        : null}
    </section>
  );
}

/** The record form: closable from the workshop's last day; counts come from attendance. */
export function RecordForm({
  version,
  refusal,
  record,
  startsOn,
  endsOn,
  result,
}: {
  version: number;
  refusal: RecordRefusal | null;
  record: { heldFrom: string | null; heldTo: string | null; topics: Translated; report: Translated } | null;
  startsOn: string;
  endsOn: string;
  result?: SubmissionResult;
}) {
  const { t } = useI18n();
  const mine = resultOf(result, 'record');
  const value = (name: string, fallback: string) => submitted(mine, name, mine ? '' : fallback);
  return (
    <section aria-labelledby="record-form-title" className="mb-8 rounded border border-slate-300 p-3">
      <h2 id="record-form-title" className="mb-2 text-xl font-semibold">
        {t('workshops.recordForm.title')}
      </h2>
      <p className="mb-2 text-sm text-slate-700">
        {refusal ? t(`errors.${refusal}`) : t('workshops.recordForm.hint')}
      </p>
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="record" />
        <input type="hidden" name="version" value={version} />
        <FormAlert error={mine?.formError} />
        <TextField
          label={t('workshops.recordForm.heldFrom')}
          name="heldFrom"
          type="date"
          defaultValue={value('heldFrom', record?.heldFrom ?? startsOn)}
          errors={mine?.fieldErrors?.heldFrom}
        />
        <TextField
          label={t('workshops.recordForm.heldTo')}
          name="heldTo"
          type="date"
          defaultValue={value('heldTo', record?.heldTo ?? endsOn)}
          errors={mine?.fieldErrors?.heldTo}
        />
        <TranslatedFields
          name="topics"
          label={{ ar: t('workshops.recordForm.topicsAr'), en: t('workshops.recordForm.topicsEn') }}
          result={mine}
          values={record ? translatedValues('topics', record.topics) : undefined}
          rows={3}
          maxLength={RECORD_TOPICS_MAX}
        />
        <TranslatedFields
          name="report"
          label={{ ar: t('workshops.recordForm.reportAr'), en: t('workshops.recordForm.reportEn') }}
          result={mine}
          values={record ? translatedValues('report', record.report) : undefined}
          rows={5}
          maxLength={RECORD_REPORT_MAX}
        />
        <SubmitButton>{t('workshops.recordForm.submit')}</SubmitButton>
      </Form>
    </section>
  );
}
