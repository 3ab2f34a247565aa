import { data, Form, redirect } from 'react-router';
import { contributionKinds } from '#db/schema/review-contribution-values';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { canRecordContribution } from '~/modules/reviews/contributions/contribution-policy';
import { contributionLimits } from '~/modules/reviews/contributions/contribution-schema';
import { recordContribution } from '~/modules/reviews/contributions/record-contribution.server';
import { loadSynthesisCycle } from '~/modules/reviews/synthesis/load-synthesis-input.server';
import { guard } from '~/permissions/guard.server';
import { formInput } from '~/platform/forms/paths';
import { refusal, type SubmissionResult } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { readUploadForm, uploadFailure } from '~/platform/uploads/index.server';
import { uploadKinds } from '~/platform/uploads/kinds';
import { Breadcrumbs } from '~/ui/breadcrumbs';
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
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/contribution-record';

/**
 * /{lang}/reviews/cycles/:cycleId/contributions/upload — the cycle's secretariat records a
 * contribution that came in (a consultative process's statement, a parliament's, a UN agency's, …):
 * who, kind, date received, text and/or a file, objectives. Multipart (the path takes the upload cap).
 */
const fileKinds = ['pdf', 'docx'] as const;
const maxFileBytes = 20 * 1024 * 1024;
const accept = fileKinds.flatMap((k) => [`.${uploadKinds[k].names[0]}`, uploadKinds[k].mime]).join(',');

async function recordingCycle(request: Request, cycleId: string) {
  const viewer = await guard(request, 'reviews.moderate');
  const cycle = await orErrorPage(() => loadSynthesisCycle(getDb(), cycleId));
  if (!canRecordContribution(viewer.subject, cycle)) throw data({ code: 'forbidden' }, { status: 403 });
  return { viewer, cycle };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { cycle } = await recordingCycle(request, params.cycleId);
  const objectives = (await listObjectives({ withTitle: false })).items;
  return {
    cycle: { id: cycle.id, title: cycle.title },
    objectives: objectives.map((o) => ({ number: o.number, shortLabel: o.shortLabel })),
    today: new Date().toISOString().slice(0, 10),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer, cycle } = await recordingCycle(request, params.cycleId);
  const read = () =>
    readUploadForm(request, context, {
      field: 'file',
      maxBytes: maxFileBytes,
      allowed: fileKinds,
      required: false as const,
    });
  let upload: Awaited<ReturnType<typeof read>>;
  try {
    upload = await read();
  } catch (error) {
    const failure = uploadFailure(error, 'file');
    if (failure) return failure;
    throw error;
  }
  try {
    await recordContribution({
      subject: viewer.subject,
      cycleId: cycle.id,
      input: formInput(upload.fields),
      upload: upload.file,
      requestId: context.requestId,
    });
  } catch (error) {
    return refusal(upload.fields, error);
  }
  return redirect(`/${langOf(params)}/reviews/cycles/${cycle.id}/contributions?type=contribution&recorded=1`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-cycles.contribution.recordTitle') }));

export default function RecordContribution({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, number } = useI18n();
  const href = useHref();
  const { cycle, objectives } = loaderData;
  const result = actionData as SubmissionResult | undefined;
  const value = (name: string, fallback = '') => submitted(result, name, fallback);
  const errors = (name: string) => result?.fieldErrors?.[name];
  const chosen = new Set(valuesOf(result, 'objectives'));
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-3xl">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(`/reviews/cycles/${cycle.id}`), label: pick(cycle.title).text },
          {
            to: href(`/reviews/cycles/${cycle.id}/contributions`),
            label: t('reviews-cycles.tabs.contributions'),
          },
          { label: t('reviews-cycles.contribution.recordTitle') },
        ]}
      />
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-cycles.contribution.recordTitle')}
      </h1>
      <p className="mb-1 text-slate-700">
        <TranslatedText value={cycle.title} />
      </p>
      <p className="mb-4 text-sm text-slate-700">{t('reviews-cycles.contribution.recordIntro')}</p>
      <FormAlert error={result?.formError} />
      <Form method="post" encType="multipart/form-data" noValidate>
        <CsrfInput />
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
          max={loaderData.today}
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
          hint={t('reviews-cycles.contribution.field.fileHint', {
            size: number(maxFileBytes / (1024 * 1024)),
          })}
          name="file"
          type="file"
          accept={accept}
          errors={errors('file')}
        />
        <fieldset className="mb-4 rounded border border-slate-300 p-3">
          <legend className="px-1 font-medium">{t('reviews-cycles.contribution.field.objectives')}</legend>
          <div className="grid gap-1 sm:grid-cols-2">
            {objectives.map((o) => (
              <label key={o.number} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name="objectives"
                  value={String(o.number)}
                  defaultChecked={chosen.has(String(o.number))}
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
        <SubmitButton>{t('reviews-cycles.contribution.record')}</SubmitButton>
      </Form>
    </article>
  );
}
