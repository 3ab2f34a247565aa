import { Form, Link, redirect } from 'react-router';
import { addVocabularyEntry } from '~/modules/search/vocabulary/add-vocabulary-entry.server';
import { newVocabularyEntrySchema, vocabularyLimits } from '~/modules/search/vocabulary/vocabulary-form';
import { guard } from '~/permissions/guard.server';
import { attemptForm, type SubmissionResult } from '~/platform/forms.server';
import { isLocale } from '~/platform/i18n/locales';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, formAlertOf, valueOf as formValue, SubmitButton, TextField } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import type { Route } from './+types/vocabulary-new';
import { adminTitle } from './meta';
import { vocabularyReference } from './vocabulary.server';
import { VocabularyFields } from './vocabulary-fields';

export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'reference.edit');
  return { reference: await vocabularyReference() };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reference.edit');
  const result = await attemptForm(
    { request, context },
    {
      schema: newVocabularyEntrySchema,
      run: (input) =>
        addVocabularyEntry({ ...input, actorId: viewer.user!.id, requestId: context.requestId }),
    },
  );
  if (!result.ok) return result.response;
  const lang = isLocale(params.lang) ? params.lang : 'ar';
  return redirect(`/${lang}/admin/vocabulary?notice=added&key=${encodeURIComponent(result.value.key)}`);
}

export const meta: Route.MetaFunction = ({ matches }) => adminTitle(matches, 'admin.vocabulary.addTitle');

export default function AdminVocabularyNew({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const result = actionData as SubmissionResult | undefined;
  return (
    <>
      <Breadcrumbs
        items={[
          { to: href('/admin/vocabulary'), label: t('admin.vocabulary.title') },
          { label: t('admin.vocabulary.addTitle') },
        ]}
      />
      <h1 className="text-3xl font-bold">{t('admin.vocabulary.addTitle')}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t('admin.vocabulary.formIntro')}</p>
      <Form method="post" className="mt-6 max-w-3xl" noValidate>
        <CsrfInput />
        <FormAlert error={formAlertOf(result)} />
        <TextField
          label={t('admin.vocabulary.key')}
          hint={t('admin.vocabulary.keyHint')}
          name="key"
          dir="ltr"
          required
          maxLength={vocabularyLimits.keyLength}
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          defaultValue={formValue(result, 'key')}
          errors={result?.fieldErrors?.key}
        />
        <VocabularyFields reference={loaderData.reference} result={result} />
        <div className="flex items-center gap-4">
          <SubmitButton>{t('admin.vocabulary.addSubmit')}</SubmitButton>
          <Link to={href('/admin/vocabulary')}>{t('common.cancel')}</Link>
        </div>
      </Form>
    </>
  );
}
