import { Form, Link, redirect } from 'react-router';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { reviewAttachmentMaxBytes } from '~/modules/reviews/authoring/review-attachments';
import { canManageOutreach } from '~/modules/reviews/cycles/cycle-policy';
import { getCycle } from '~/modules/reviews/cycles/get-cycle.server';
import { pastedSectionMax } from '~/modules/reviews/outreach/outreach-schema';
import { registerReceivedReview } from '~/modules/reviews/outreach/register-received-review.server';
import { loadTemplateSections } from '~/modules/reviews/review-records.server';
import { getTracker } from '~/modules/reviews/tracker/get-tracker.server';
import { guard } from '~/permissions/guard.server';
import { forbidden } from '~/platform/errors';
import { formInput } from '~/platform/forms/paths';
import { attemptForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { attemptUploadForm } from '~/platform/uploads/index.server';
import { type UploadKind, uploadKinds } from '~/platform/uploads/kinds';
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
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/received-upload';

/** What a review received by e-mail may be: a PDF or a Word file (sniffed from the bytes). */
const receivedKinds: UploadKind[] = ['pdf', 'docx'];
const accept = receivedKinds.flatMap((k) => [`.${uploadKinds[k].names[0]}`, uploadKinds[k].mime]).join(',');

/**
 * The secretariat registers a national review a state sent outside the platform: the file, the day
 * it arrived, its language, the objectives it covers and, optionally, text pasted per section.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const detail = await orErrorPage(() => getCycle({ subject: viewer.subject, cycleId: params.cycleId }));
  const { cycle } = detail;
  await orErrorPage(async () => {
    if (!canManageOutreach(viewer.subject, cycle.regionId)) throw forbidden();
  });
  const tracker = await orErrorPage(() => getTracker({ subject: viewer.subject, cycleId: cycle.id }));
  const [objectives, sections] = await Promise.all([
    listObjectives({ withTitle: false }),
    cycle.templateId ? loadTemplateSections(getDb(), cycle.templateId) : Promise.resolve([]),
  ]);
  return {
    cycle: { id: cycle.id, title: cycle.title, status: cycle.status },
    states: tracker.rows
      .filter((r) => r.status === 'not_started')
      .map((r) => ({ iso3: r.iso3, name: r.name })),
    objectives: objectives.items.map((o) => ({ number: o.number, shortLabel: o.shortLabel })),
    sections: sections.map((s) => ({ key: s.key, title: s.title, objective: s.objective })),
    maxMegabytes: Math.round(reviewAttachmentMaxBytes / (1024 * 1024)),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const attempt = await attemptUploadForm(request, context, {
    field: 'file',
    maxBytes: reviewAttachmentMaxBytes,
    allowed: receivedKinds,
    required: false,
  });
  if (attempt.refused) return attempt.refused;
  const upload = attempt.upload;
  const registered = await attemptForm(upload.fields, () =>
    registerReceivedReview({
      subject: viewer.subject,
      cycleId: params.cycleId,
      input: formInput(upload.fields),
      upload: upload.file,
      requestId: context.requestId,
    }),
  );
  if (!registered.ok) return registered.response;
  return redirect(`/${langOf(params)}/reviews/cycles/${params.cycleId}/tracker?notice=received`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-outreach.received.title', { title: i18n.pick(loaderData.cycle.title).text }),
        })
      : null,
  );

export default function ReceivedUpload({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, number, locale } = useI18n();
  const href = useHref();
  const { cycle, states, objectives, sections } = loaderData;
  const result = submission(actionData);
  const errors = (name: string) => result?.fieldErrors?.[name];
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`reviews-outreach.received.${key}`, values);
  const chosen = new Set(valuesOf(result, 'objectives'));
  const base = `/reviews/cycles/${cycle.id}`;
  return (
    <article aria-labelledby="page-title" className="max-w-3xl">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(base), label: pick(cycle.title).text },
          { to: href(`${base}/tracker`), label: t('reviews-cycles.tabs.tracker') },
          { label: tt('crumb') },
        ]}
      />
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {tt('title', { title: pick(cycle.title).text })}
      </h1>
      <p className="mb-4 text-slate-700">{tt('intro')}</p>
      {cycle.status === 'draft' ? (
        <FormAlert tone="info">{t('errors.receivedCycleDraft')}</FormAlert>
      ) : !states.length ? (
        <FormAlert tone="info">{tt('noState')}</FormAlert>
      ) : (
        <Form method="post" encType="multipart/form-data" noValidate>
          <CsrfInput />
          <FormAlert error={result?.formError} />
          <SelectField
            label={tt('state')}
            name="countryIso3"
            defaultValue={submitted(result, 'countryIso3')}
            errors={errors('countryIso3')}
          >
            <option value="">{tt('chooseState')}</option>
            {states.map((s) => (
              <option key={s.iso3} value={s.iso3}>
                {pick(s.name).text}
              </option>
            ))}
          </SelectField>
          <TextField
            label={tt('file')}
            hint={tt('fileHint', { size: loaderData.maxMegabytes })}
            name="file"
            type="file"
            accept={accept}
            errors={errors('file')}
          />
          <TextField
            label={tt('receivedOn')}
            name="receivedOn"
            type="date"
            defaultValue={submitted(result, 'receivedOn')}
            errors={errors('receivedOn')}
          />
          <SelectField
            label={tt('language')}
            name="originalLanguage"
            defaultValue={submitted(result, 'originalLanguage', locale)}
            errors={errors('originalLanguage')}
          >
            <option value="ar">{t('reviews-outreach.language.ar')}</option>
            <option value="en">{t('reviews-outreach.language.en')}</option>
          </SelectField>
          <TextField
            label={tt('titleAr')}
            hint={tt('titleHint')}
            name="title.ar"
            lang="ar"
            defaultValue={submitted(result, 'title.ar')}
            errors={errors('title.ar')}
          />
          <TextField
            label={tt('titleEn')}
            name="title.en"
            lang="en"
            defaultValue={submitted(result, 'title.en')}
            errors={errors('title.en')}
          />
          <fieldset className="mb-6 rounded border border-slate-300 p-4" aria-describedby="objectives-err">
            <legend className="px-1 font-medium">{tt('objectives')}</legend>
            {errors('objectives')?.length ? (
              <p id="objectives-err" className="mb-2 text-sm text-red-700">
                {t(`errors.${errors('objectives')![0]!.code}`, errors('objectives')![0]!.params)}
              </p>
            ) : null}
            <div className="grid gap-x-4 sm:grid-cols-2">
              {objectives.map((o) => (
                <label key={o.number} className="flex items-start gap-2 py-1">
                  <input
                    type="checkbox"
                    name="objectives"
                    value={o.number}
                    defaultChecked={chosen.has(String(o.number))}
                    className="mt-1"
                  />
                  <span>
                    {tt('objectiveLabel', { number: number(o.number), label: pick(o.shortLabel).text })}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          {sections.length ? (
            <details className="mb-6 rounded border border-slate-300 p-4">
              <summary className="cursor-pointer font-medium">{tt('paste')}</summary>
              <p className="mt-2 mb-3 text-sm text-slate-600">{tt('pasteHint')}</p>
              {sections.map((s) => (
                <TextArea
                  key={s.key}
                  label={pick(s.title).text}
                  name={`sections.${s.key}`}
                  rows={4}
                  maxLength={pastedSectionMax}
                  defaultValue={submitted(result, `sections.${s.key}`)}
                  errors={errors(`sections.${s.key}`)}
                />
              ))}
            </details>
          ) : null}
          <div className="flex items-center gap-4">
            <SubmitButton>{tt('submit')}</SubmitButton>
            <Link to={href(`${base}/tracker`)}>{tt('cancel')}</Link>
          </div>
        </Form>
      )}
    </article>
  );
}
