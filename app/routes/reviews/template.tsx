import { data, Form, Link, redirect } from 'react-router';
import type { Translated } from '#db/schema/columns';
import { sectionFields, sectionKinds } from '#db/schema/review-values';
import { objectiveNumbers } from '~/modules/reference/constants';
import { getTemplate } from '~/modules/reviews/templates/get-template.server';
import { moveTemplateSection } from '~/modules/reviews/templates/move-template-section.server';
import { newTemplateVersion } from '~/modules/reviews/templates/new-template-version.server';
import { publishTemplate } from '~/modules/reviews/templates/publish-template.server';
import { removeTemplateSection } from '~/modules/reviews/templates/remove-template-section.server';
import { saveTemplateSection } from '~/modules/reviews/templates/save-template-section.server';
import {
  SECTION_GUIDANCE_MAX,
  SECTION_TITLE_MAX,
  TEMPLATE_DESCRIPTION_MAX,
  TEMPLATE_TITLE_MAX,
} from '~/modules/reviews/templates/template-limits';
import { updateTemplate } from '~/modules/reviews/templates/update-template.server';
import { guard } from '~/permissions/guard.server';
import type { FieldError } from '~/platform/forms.server';
import { attemptForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import {
  CsrfInput,
  FormAlert,
  SelectField,
  SubmitButton,
  valueOf as sentValue,
  TextArea,
  TextField,
  valuesOf,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { Paragraphs } from '~/ui/paragraphs';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/template';
import { type RefusedForm, refusedForm } from './cycle-form-state';
import { noticeOf, sentIntent } from './cycle-pages.server';
import { ProblemSummary } from './cycle-ui';

const notices = [
  'created',
  'saved',
  'sectionSaved',
  'sectionAdded',
  'moved',
  'removed',
  'published',
  'newVersion',
] as const;

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-cycles.template.title', {
            title: i18n.pick(loaderData.template.title).text,
            number: loaderData.template.versionNumber,
          }),
        })
      : null,
  );

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const detail = await orErrorPage(() =>
    getTemplate({ subject: viewer.subject, templateId: params.templateId }),
  );
  const { template } = detail;
  return {
    template: {
      id: template.id,
      title: template.title,
      description: template.description,
      status: template.status,
      versionNumber: template.versionNumber,
      version: template.version,
      publishedAt: template.publishedAt?.toISOString() ?? null,
      isSample: template.isSample,
    },
    sections: detail.sections.map((s) => ({
      id: s.id,
      key: s.key,
      kind: s.kind,
      objective: s.objective,
      title: s.title,
      guidance: s.guidance,
      required: s.required,
      fields: s.fields,
    })),
    versions: detail.versions.map((v) => ({
      ...v,
      publishedAt: v.publishedAt?.toISOString() ?? null,
      updatedAt: v.updatedAt.toISOString(),
    })),
    cycles: detail.cycles,
    notice: noticeOf(request, notices),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? '');
  const templateId = params.templateId;
  const common = {
    subject: viewer.subject,
    templateId,
    expectedVersion: Number(form.get('version')),
    requestId: context.requestId,
  };
  const sectionId = String(form.get('sectionId') ?? '');
  const back = (notice: string, anchor = '') =>
    redirect(`/${langOf(params)}/reviews/templates/${templateId}?notice=${notice}${anchor}`);
  // Not found or not allowed answers the error page, as for a GET (attemptForm).
  const result = await attemptForm(form, {
    extra: sentIntent,
    run: async (input) => {
      switch (intent) {
        case 'meta':
          await updateTemplate({ ...common, input });
          return back('saved');
        case 'section': {
          const saved = await saveTemplateSection({ ...common, sectionId: sectionId || null, input });
          return back(sectionId ? 'sectionSaved' : 'sectionAdded', `#section-${saved.id}`);
        }
        case 'up':
        case 'down':
          await moveTemplateSection({ ...common, sectionId, direction: intent });
          return back('moved', `#section-${sectionId}`);
        case 'remove':
          await removeTemplateSection({ ...common, sectionId });
          return back('removed');
        case 'publish':
          await publishTemplate(common);
          return back('published');
        case 'newVersion': {
          const { template } = await newTemplateVersion({
            subject: viewer.subject,
            templateId,
            requestId: context.requestId,
          });
          return redirect(`/${langOf(params)}/reviews/templates/${template.id}?notice=newVersion`);
        }
        default:
          throw data({ code: 'badForm' }, { status: 400 });
      }
    },
  });
  if (!result.ok) return result.response;
  return result.value;
}

type Section = Route.ComponentProps['loaderData']['sections'][number];

function SectionForm({
  section,
  version,
  refused,
}: {
  section: Section | null;
  version: number;
  refused: RefusedForm | undefined;
}) {
  const { t } = useI18n();
  const mine =
    refused?.intent === 'section' && sentValue(refused, 'sectionId') === (section?.id ?? '')
      ? refused
      : undefined;
  const errs = (field: string): FieldError[] | undefined => mine?.fieldErrors[field];
  const text = (t: Translated | undefined, lang: 'ar' | 'en') => t?.[lang] ?? '';
  const chosenFields = mine ? valuesOf(mine, 'fields') : (section?.fields ?? []);
  return (
    <Form method="post" className="mt-3">
      <CsrfInput />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="sectionId" value={section?.id ?? ''} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          label={t('reviews-cycles.template.field.kind')}
          name="kind"
          defaultValue={sentValue(mine, 'kind', section?.kind ?? 'other')}
          errors={errs('kind')}
        >
          {sectionKinds.map((k) => (
            <option key={k} value={k}>
              {t(`reviews-cycles.sectionKind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('reviews-cycles.template.field.objective')}
          hint={t('reviews-cycles.template.field.objectiveHint')}
          name="objective"
          defaultValue={sentValue(mine, 'objective', section?.objective ? String(section.objective) : '')}
          errors={errs('objective')}
        >
          <option value="">{t('reviews-cycles.template.field.noObjective')}</option>
          {objectiveNumbers.map((n) => (
            <option key={n} value={n}>
              {t('reviews-cycles.objectiveOption', { number: n })}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('reviews-cycles.field.titleAr')}
          name="title.ar"
          lang="ar"
          maxLength={SECTION_TITLE_MAX}
          defaultValue={sentValue(mine, 'title.ar', text(section?.title, 'ar'))}
          errors={[...(errs('title') ?? []), ...(errs('title.ar') ?? [])]}
        />
        <TextField
          label={t('reviews-cycles.field.titleEn')}
          name="title.en"
          lang="en"
          maxLength={SECTION_TITLE_MAX}
          defaultValue={sentValue(mine, 'title.en', text(section?.title, 'en'))}
          errors={errs('title.en')}
        />
        <TextArea
          label={t('reviews-cycles.template.field.guidanceAr')}
          name="guidance.ar"
          lang="ar"
          rows={4}
          maxLength={SECTION_GUIDANCE_MAX}
          defaultValue={sentValue(mine, 'guidance.ar', text(section?.guidance, 'ar'))}
          errors={errs('guidance.ar')}
        />
        <TextArea
          label={t('reviews-cycles.template.field.guidanceEn')}
          name="guidance.en"
          lang="en"
          rows={4}
          maxLength={SECTION_GUIDANCE_MAX}
          defaultValue={sentValue(mine, 'guidance.en', text(section?.guidance, 'en'))}
          errors={errs('guidance.en')}
        />
      </div>
      <label className="mb-3 inline-flex items-center gap-2">
        <input
          type="checkbox"
          name="required"
          value="on"
          defaultChecked={mine ? sentValue(mine, 'required') === 'on' : Boolean(section?.required)}
        />
        {t('reviews-cycles.template.field.required')}
      </label>
      <fieldset className="mb-3">
        <legend className="font-medium">{t('reviews-cycles.template.field.fields')}</legend>
        <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {sectionFields.map((f) => (
            <li key={f}>
              <label className="inline-flex items-center gap-2">
                <input type="checkbox" name="fields" value={f} defaultChecked={chosenFields.includes(f)} />
                {t(`reviews.field.${f}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <SubmitButton name="intent" value="section">
        {section ? t('reviews-cycles.template.saveSection') : t('reviews-cycles.template.addSection')}
      </SubmitButton>
    </Form>
  );
}

function SmallButton({
  intent,
  sectionId,
  version,
  label,
}: {
  intent: string;
  sectionId: string;
  version: number;
  label: string;
}) {
  return (
    <Form method="post">
      <CsrfInput />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="sectionId" value={sectionId} />
      <button
        type="submit"
        name="intent"
        value={intent}
        className="rounded border border-slate-400 px-2 py-0.5 text-sm"
      >
        {label}
      </button>
    </Form>
  );
}

export default function TemplatePage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date, number, list } = useI18n();
  const href = useHref();
  const { template, sections, versions, cycles, notice } = loaderData;
  const refused = refusedForm(actionData);
  const draft = template.status === 'draft';
  const openSection = refused?.intent === 'section' ? sentValue(refused, 'sectionId') : null;
  const metaRefused = refused?.intent === 'meta' ? refused : undefined;
  const metaErrs = (field: string) => metaRefused?.fieldErrors[field];
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href('/reviews/templates'), label: t('reviews-cycles.templates.title') },
          { label: t('reviews-cycles.templates.versionLink', { number: template.versionNumber }) },
        ]}
      />
      {notice ? <FormAlert tone="success">{t(`reviews-cycles.template.notice.${notice}`)}</FormAlert> : null}
      <ProblemSummary refused={refused} />
      <h1 id="page-title" className="text-2xl font-bold">
        <TranslatedText value={template.title} />
      </h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span>{t('reviews-cycles.templates.versionLink', { number: template.versionNumber })}</span>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">
          {t(`reviews.templateStatus.${template.status}`)}
        </span>
        {template.publishedAt ? (
          <span>
            {t('reviews-cycles.template.publishedOn', {
              date: date(template.publishedAt, { dateStyle: 'long', timeZone: 'UTC' }),
            })}
          </span>
        ) : null}
        {template.isSample ? <SampleBadge /> : null}
      </p>
      <Paragraphs value={template.description} className="mt-3 max-w-3xl space-y-3" />

      <section aria-labelledby="state-title" className="mt-4 rounded border border-slate-200 bg-white p-4">
        <h2 id="state-title" className="font-semibold">
          {t(draft ? 'reviews-cycles.template.draftTitle' : 'reviews-cycles.template.publishedTitle')}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {t(draft ? 'reviews-cycles.template.draftHelp' : 'reviews-cycles.template.publishedHelp')}
        </p>
        <Form method="post" className="mt-3">
          <CsrfInput />
          <input type="hidden" name="version" value={template.version} />
          <SubmitButton name="intent" value={draft ? 'publish' : 'newVersion'}>
            {t(draft ? 'reviews-cycles.template.publish' : 'reviews-cycles.template.newVersion')}
          </SubmitButton>
        </Form>
      </section>

      {draft ? (
        <details
          className="mt-4 rounded border border-slate-200 bg-white p-4"
          open={metaRefused !== undefined}
        >
          <summary className="cursor-pointer font-semibold">{t('reviews-cycles.template.editMeta')}</summary>
          <Form method="post" className="mt-3">
            <CsrfInput />
            <input type="hidden" name="version" value={template.version} />
            <div className="grid gap-x-4 sm:grid-cols-2">
              <TextField
                label={t('reviews-cycles.field.titleAr')}
                name="title.ar"
                lang="ar"
                maxLength={TEMPLATE_TITLE_MAX}
                defaultValue={sentValue(metaRefused, 'title.ar', template.title.ar ?? '')}
                errors={[...(metaErrs('title') ?? []), ...(metaErrs('title.ar') ?? [])]}
              />
              <TextField
                label={t('reviews-cycles.field.titleEn')}
                name="title.en"
                lang="en"
                maxLength={TEMPLATE_TITLE_MAX}
                defaultValue={sentValue(metaRefused, 'title.en', template.title.en ?? '')}
                errors={metaErrs('title.en')}
              />
              <TextArea
                label={t('reviews-cycles.field.descriptionAr')}
                name="description.ar"
                lang="ar"
                rows={3}
                maxLength={TEMPLATE_DESCRIPTION_MAX}
                defaultValue={sentValue(metaRefused, 'description.ar', template.description.ar ?? '')}
                errors={metaErrs('description.ar')}
              />
              <TextArea
                label={t('reviews-cycles.field.descriptionEn')}
                name="description.en"
                lang="en"
                rows={3}
                maxLength={TEMPLATE_DESCRIPTION_MAX}
                defaultValue={sentValue(metaRefused, 'description.en', template.description.en ?? '')}
                errors={metaErrs('description.en')}
              />
            </div>
            <SubmitButton name="intent" value="meta">
              {t('reviews-cycles.form.save')}
            </SubmitButton>
          </Form>
        </details>
      ) : null}

      <section aria-labelledby="sections-title" className="mt-8">
        <h2 id="sections-title" className="text-xl font-semibold">
          {t('reviews-cycles.template.sections', { count: sections.length })}
        </h2>
        <ol className="mt-3 space-y-3">
          {sections.map((s, i) => (
            <li key={s.id} id={`section-${s.id}`} className="rounded border border-slate-200 bg-white p-3">
              <details open={openSection === s.id}>
                <summary className="cursor-pointer">
                  <span className="font-semibold">
                    {number(i + 1)}. <TranslatedText value={s.title} />
                  </span>
                  <span className="ms-2 text-sm text-slate-600">
                    {s.kind === 'objective' && s.objective
                      ? t('reviews-cycles.objectiveOption', { number: s.objective })
                      : t(`reviews-cycles.sectionKind.${s.kind}`)}
                    {' · '}
                    {t(
                      s.required
                        ? 'reviews-cycles.template.requiredBadge'
                        : 'reviews-cycles.template.optionalBadge',
                    )}
                  </span>
                </summary>
                <div className="mt-2">
                  <Paragraphs value={s.guidance} className="max-w-3xl space-y-3 text-sm" />
                  {s.fields.length ? (
                    <p className="mt-2 text-sm">
                      <span className="font-medium">{t('reviews-cycles.template.field.fields')}</span>{' '}
                      {list(s.fields.map((f) => t(`reviews.field.${f}`)))}
                    </p>
                  ) : null}
                  {draft ? (
                    <>
                      <div className="mt-3 flex flex-wrap gap-2">
                        {i > 0 ? (
                          <SmallButton
                            intent="up"
                            sectionId={s.id}
                            version={template.version}
                            label={t('reviews-cycles.template.moveUp')}
                          />
                        ) : null}
                        {i < sections.length - 1 ? (
                          <SmallButton
                            intent="down"
                            sectionId={s.id}
                            version={template.version}
                            label={t('reviews-cycles.template.moveDown')}
                          />
                        ) : null}
                        <SmallButton
                          intent="remove"
                          sectionId={s.id}
                          version={template.version}
                          label={t('reviews-cycles.template.remove')}
                        />
                      </div>
                      <SectionForm section={s} version={template.version} refused={refused} />
                    </>
                  ) : null}
                </div>
              </details>
            </li>
          ))}
        </ol>
        {draft ? (
          <section aria-labelledby="add-title" className="mt-6 rounded border border-slate-200 bg-white p-4">
            <h3 id="add-title" className="font-semibold">
              {t('reviews-cycles.template.addSection')}
            </h3>
            <SectionForm section={null} version={template.version} refused={refused} />
          </section>
        ) : null}
      </section>

      <section aria-labelledby="versions-title" className="mt-8">
        <h2 id="versions-title" className="text-xl font-semibold">
          {t('reviews-cycles.template.versions')}
        </h2>
        <ul className="mt-2 space-y-1">
          {versions.map((v) => (
            <li key={v.id}>
              {v.id === template.id ? (
                <span aria-current="page" className="font-semibold">
                  {t('reviews-cycles.templates.versionLink', { number: v.versionNumber })}
                </span>
              ) : (
                <Link to={href(`/reviews/templates/${v.id}`)} className="underline">
                  {t('reviews-cycles.templates.versionLink', { number: v.versionNumber })}
                </Link>
              )}{' '}
              <span className="text-sm text-slate-700">
                {t(`reviews.templateStatus.${v.status}`)} ·{' '}
                {t('reviews-cycles.templates.cycleCount', { count: v.cycleCount })}
              </span>
            </li>
          ))}
        </ul>
        {cycles.length ? (
          <>
            <h3 className="mt-4 font-semibold">{t('reviews-cycles.template.pinnedBy')}</h3>
            <ul className="mt-1 list-disc ps-5">
              {cycles.map((c) => (
                <li key={c.id}>
                  <Link to={href(`/reviews/cycles/${c.id}`)}>
                    <TranslatedText value={c.title} />
                  </Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </article>
  );
}
