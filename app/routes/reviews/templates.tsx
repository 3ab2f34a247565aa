import { Form, Link, redirect } from 'react-router';
import { createTemplate } from '~/modules/reviews/templates/create-template.server';
import { listTemplates } from '~/modules/reviews/templates/list-templates.server';
import { TEMPLATE_TITLE_MAX } from '~/modules/reviews/templates/template-limits';
import { guard } from '~/permissions/guard.server';
import { attemptForm, readForm } from '~/platform/forms.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, SubmitButton, valueOf as sentValue, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TableScroll } from '~/ui/table-scroll';
import { TranslatedText } from '~/ui/translated-text';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/templates';
import { refusedForm } from './cycle-form-state';
import { sentIntent } from './cycle-pages.server';
import { ProblemSummary } from './cycle-ui';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('reviews-cycles.templates.title') }));

/** Guidance templates, for the people who run review cycles (regional secretariats, administrators). */
export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'reviews.cycles.manage');
  const families = await listTemplates();
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    families: families.map((f) => ({
      ...f,
      versions: f.versions.map((v) => ({
        ...v,
        publishedAt: iso(v.publishedAt),
        updatedAt: iso(v.updatedAt),
      })),
    })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage');
  const form = await readForm(request, context);
  const result = await attemptForm(form, {
    run: (input) => createTemplate({ subject: viewer.subject, input, requestId: context.requestId }),
    extra: sentIntent,
  });
  if (!result.ok) return result.response;
  return redirect(`/${langOf(params)}/reviews/templates/${result.value.id}?notice=created`);
}

export default function Templates({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const href = useHref();
  const refused = refusedForm(actionData);
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { label: t('reviews-cycles.templates.title') },
        ]}
      />
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {t('reviews-cycles.templates.title')}
      </h1>
      <p className="mb-6 max-w-3xl text-slate-700">{t('reviews-cycles.templates.intro')}</p>

      {loaderData.families.length ? (
        <ul className="space-y-4">
          {loaderData.families.map((f) => (
            <li key={f.familyId} className="rounded border border-slate-200 bg-white p-4">
              <h2 className="text-lg font-semibold">
                <TranslatedText value={f.title} />
              </h2>
              <TableScroll>
                <table className="mt-2 w-full text-sm">
                  <caption className="sr-only">{t('reviews-cycles.templates.versionsCaption')}</caption>
                  <thead>
                    <tr className="border-b border-slate-200">
                      <th scope="col" className="p-1 text-start">
                        {t('reviews-cycles.templates.col.version')}
                      </th>
                      <th scope="col" className="p-1 text-start">
                        {t('reviews-cycles.templates.col.status')}
                      </th>
                      <th scope="col" className="p-1 text-start">
                        {t('reviews-cycles.templates.col.sections')}
                      </th>
                      <th scope="col" className="p-1 text-start">
                        {t('reviews-cycles.templates.col.cycles')}
                      </th>
                      <th scope="col" className="p-1 text-start">
                        {t('reviews-cycles.templates.col.date')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {f.versions.map((v) => (
                      <tr key={v.id} className="border-b border-slate-100">
                        <td className="p-1">
                          <Link to={href(`/reviews/templates/${v.id}`)} className="underline">
                            {t('reviews-cycles.templates.versionLink', { number: v.versionNumber })}
                          </Link>
                          {v.isSample ? (
                            <span className="ms-2">
                              <SampleBadge />
                            </span>
                          ) : null}
                        </td>
                        <td className="p-1">{t(`reviews.templateStatus.${v.status}`)}</td>
                        <td className="p-1">
                          {t('reviews-cycles.templates.sectionCount', { count: v.sectionCount })}
                        </td>
                        <td className="p-1">
                          {t('reviews-cycles.templates.cycleCount', { count: v.cycleCount })}
                        </td>
                        <td className="p-1">
                          {date(v.publishedAt ?? v.updatedAt ?? new Date(0), {
                            dateStyle: 'medium',
                            timeZone: 'UTC',
                          })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('reviews-cycles.templates.none')}</p>
      )}

      <section
        aria-labelledby="new-title"
        className="mt-8 max-w-3xl rounded border border-slate-200 bg-white p-4"
      >
        <h2 id="new-title" className="text-lg font-semibold">
          {t('reviews-cycles.templates.newTitle')}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t('reviews-cycles.templates.newIntro')}</p>
        <ProblemSummary refused={refused} />
        <Form method="post">
          <CsrfInput />
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField
              label={t('reviews-cycles.field.titleAr')}
              name="title.ar"
              lang="ar"
              maxLength={TEMPLATE_TITLE_MAX}
              defaultValue={sentValue(refused, 'title.ar')}
              errors={[...(refused?.fieldErrors.title ?? []), ...(refused?.fieldErrors['title.ar'] ?? [])]}
            />
            <TextField
              label={t('reviews-cycles.field.titleEn')}
              name="title.en"
              lang="en"
              maxLength={TEMPLATE_TITLE_MAX}
              defaultValue={sentValue(refused, 'title.en')}
              errors={refused?.fieldErrors['title.en']}
            />
          </div>
          <SubmitButton>{t('reviews-cycles.templates.create')}</SubmitButton>
        </Form>
      </section>
    </article>
  );
}
