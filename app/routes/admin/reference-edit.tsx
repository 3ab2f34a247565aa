import { data, Form, Link, redirect } from 'react-router';
import { getReferenceItem } from '~/modules/reference/get-reference-item.server';
import {
  isReferenceKind,
  type LabelField,
  labelFields,
  labelMaxLength,
} from '~/modules/reference/reference-kinds';
import {
  labelLanguages,
  referenceLabelSchema,
  statusChoices,
  statusFieldName,
  textFieldName,
} from '~/modules/reference/reference-label-form';
import type { SettableStatus } from '~/modules/reference/translation-status';
import { updateReferenceLabel } from '~/modules/reference/update-reference-label.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, formResult, parseForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { isLocale } from '~/platform/i18n/locales';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, valueOf as formValue, SelectField, SubmitButton, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { StatusBadge } from '~/ui/status-badge';
import type { Route } from './+types/reference-edit';

async function loadItem(params: { kind?: string; id?: string }) {
  if (!isReferenceKind(params.kind) || !params.id) throw data({ code: 'notFound' }, { status: 404 });
  const item = await getReferenceItem({ kind: params.kind, id: params.id });
  if (!item) throw data({ code: 'notFound' }, { status: 404 });
  return item;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  await guard(request, 'reference.edit');
  return { item: await loadItem(params) };
}

type ConflictResult = SubmissionResult & { current: Awaited<ReturnType<typeof loadItem>> };

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reference.edit');
  const item = await loadItem(params);
  const form = await readForm(request, context);
  const parsed = parseForm(form, referenceLabelSchema(item.kind));
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const values = parsed.data as Record<string, string | number>;
  const labels: Partial<Record<LabelField, { ar: string; en: string }>> = {};
  const statuses: Record<string, SettableStatus> = {};
  for (const field of labelFields[item.kind]) {
    labels[field] = {
      ar: String(values[textFieldName(field, 'ar')]),
      en: String(values[textFieldName(field, 'en')]),
    };
    for (const lang of labelLanguages) {
      const choice = values[statusFieldName(field, lang)];
      if (choice && choice !== 'keep') statuses[`${field}.${lang}`] = choice as SettableStatus;
    }
  }
  const result = await attemptForm(form, () =>
    updateReferenceLabel({
      actorId: viewer.user!.id,
      kind: item.kind,
      id: item.id,
      version: Number(values.version),
      labels,
      statuses,
      requestId: context.requestId,
    }),
  );
  if (!result.ok) {
    if (result.error?.code === 'staleVersion') {
      const current = await loadItem(params);
      return data({ ...formResult(form, {}, { code: 'staleVersion' }), current } satisfies ConflictResult, {
        status: 409,
      });
    }
    return result.response;
  }
  const lang = isLocale(params.lang) ? params.lang : 'ar';
  return redirect(`/${lang}/admin/reference?kind=${item.kind}&saved=${encodeURIComponent(item.id)}`);
}

export const meta: Route.MetaFunction = ({ loaderData, matches }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reference.admin.editTitle', {
            kind: i18n.t(`reference.kind.${loaderData.item.kind}`),
            id: loaderData.item.id,
          }),
        })
      : null,
  );

export default function AdminReferenceEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const result = actionData as (SubmissionResult & { current?: ConflictResult['current'] }) | undefined;
  const conflict = result?.current;
  // After a conflict the form carries the current version, so saving again (after comparing) is deliberate.
  const item = loaderData.item;
  const version = conflict?.version ?? item.version;
  const status = conflict?.status ?? item.status;
  return (
    <>
      <Breadcrumbs
        items={[
          { to: `${href('/admin/reference')}?kind=${item.kind}`, label: t('reference.admin.title') },
          { label: t('reference.admin.editTitle', { kind: t(`reference.kind.${item.kind}`), id: item.id }) },
        ]}
      />
      <h1 className="text-3xl font-bold">
        {t('reference.admin.editTitle', { kind: t(`reference.kind.${item.kind}`), id: item.id })}
      </h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('reference.admin.editIntro')}</p>
      <Form method="post" className="mt-6 max-w-3xl" noValidate>
        <CsrfInput />
        <input type="hidden" name="version" value={version} />
        <FormAlert error={result?.formError} />
        {labelFields[item.kind].map((field) => (
          <fieldset key={field} className="mb-6 rounded border border-slate-200 bg-white p-4">
            <legend className="px-1 text-lg font-bold">{t(`reference.field.${field}`)}</legend>
            {labelLanguages.map((lang) => {
              const name = textFieldName(field, lang);
              const saved = item.labels[field]?.[lang] ?? '';
              const current = conflict?.labels[field]?.[lang];
              return (
                <div key={lang} className="mb-4">
                  <TextField
                    label={t(lang === 'ar' ? 'reference.admin.arabic' : 'reference.admin.english')}
                    name={name}
                    lang={lang}
                    dir={lang === 'ar' ? 'rtl' : 'ltr'}
                    defaultValue={formValue(result, name, saved)}
                    maxLength={labelMaxLength[field]}
                    required
                    errors={result?.fieldErrors?.[name]}
                  />
                  {conflict ? (
                    <div className="-mt-2 mb-4 rounded border-s-4 border-amber-600 bg-amber-50 p-2 text-sm">
                      <p className="font-medium">{t('reference.admin.currentText')}</p>
                      <p>
                        <bdi lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
                          {current ?? ''}
                        </bdi>
                      </p>
                    </div>
                  ) : null}
                  <div className="flex flex-wrap items-end gap-4">
                    <div className="min-w-64">
                      <SelectField
                        label={t('reference.admin.statusFor', {
                          language: t(lang === 'ar' ? 'reference.admin.arabic' : 'reference.admin.english'),
                        })}
                        name={statusFieldName(field, lang)}
                        defaultValue={formValue(result, statusFieldName(field, lang), 'keep')}
                        errors={result?.fieldErrors?.[statusFieldName(field, lang)]}
                      >
                        {statusChoices.map((choice) => (
                          <option key={choice} value={choice}>
                            {t(`reference.admin.statusChoice.${choice}`)}
                          </option>
                        ))}
                      </SelectField>
                    </div>
                    <div className="mb-4 text-sm">
                      <p className="text-slate-600">{t('reference.admin.currentStatus')}</p>
                      <StatusBadge note={status[`${field}.${lang}`]} showNote />
                    </div>
                  </div>
                </div>
              );
            })}
          </fieldset>
        ))}
        <div className="flex items-center gap-4">
          <SubmitButton>{t('common.save')}</SubmitButton>
          <Link to={`${href('/admin/reference')}?kind=${item.kind}`}>{t('common.cancel')}</Link>
        </div>
      </Form>
    </>
  );
}
