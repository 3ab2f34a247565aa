import { data, Form, redirect, useActionData } from 'react-router';
import { z } from 'zod';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { inviteUser } from '~/modules/admin/invite-user.server';
import { listScopeOptions } from '~/modules/admin/scopes.server';
import { guard } from '~/permissions/guard.server';
import { attemptForm, parseForm, readForm, type SubmissionResult } from '~/platform/forms.server';
import { getDb, getPlatform } from '~/platform/platform.server';
import { BackToAdmin } from '~/ui/admin-back-link';
import { RoleScopeFields } from '~/ui/admin-roles';
import { CsrfInput, FormAlert, SelectField, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import type { Route } from './+types/invite';
import { parseScope } from './admin.server';
import { adminTitle } from './meta';

const inviteLimits = { name: 120, email: 254 } as const;

const inviteSchema = z.object({
  email: z.email().max(inviteLimits.email),
  name: z.string().trim().min(1).max(inviteLimits.name),
  language: z.enum(['ar', 'en']),
  role: z.string().max(60).optional(),
  scope: z.string().max(80).optional(),
});

export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'users.invite');
  return { scopeOptions: await listScopeOptions(getDb()) };
}

export const meta: Route.MetaFunction = ({ matches }) => adminTitle(matches, 'admin.invite.title');

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'users.invite');
  const form = await readForm(request, context);
  const parsed = parseForm(form, inviteSchema);
  if (!parsed.ok) return data(parsed.result, { status: 400 });
  const { email, name, language, role, scope } = parsed.data;
  const outcome = await attemptForm(form, () =>
    inviteUser({
      db: getDb(),
      mailer: getPlatform().mailer,
      actorId: viewer.user?.id ?? null,
      actorName: viewer.user?.name,
      email,
      name,
      locale: language,
      role: role || undefined,
      ...(role ? parseScope(scope) : {}),
      baseUrl: publicBaseUrl(),
      requestId: context.requestId,
    }),
  );
  if (!outcome.ok) return outcome.response;
  return redirect(`/${params.lang}/admin/users/${outcome.value.userId}?notice=invited`);
}

export default function AdminInvite({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const actionData = useActionData<SubmissionResult>();
  const errors = actionData?.fieldErrors ?? {};
  return (
    <section aria-labelledby="invite-title" className="max-w-xl">
      <BackToAdmin />
      <h1 id="invite-title" className="text-3xl font-bold">
        {t('admin.invite.title')}
      </h1>
      <p className="mt-2 text-slate-700">{t('admin.invite.intro')}</p>
      <Form method="post" className="mt-6" noValidate>
        <CsrfInput />
        <FormAlert error={actionData?.formError} />
        <TextField
          label={t('admin.invite.email')}
          name="email"
          type="email"
          autoComplete="off"
          dir="ltr"
          required
          maxLength={inviteLimits.email}
          defaultValue={submitted(actionData, 'email')}
          errors={errors.email}
        />
        <TextField
          label={t('admin.invite.name')}
          name="name"
          required
          maxLength={inviteLimits.name}
          defaultValue={submitted(actionData, 'name')}
          errors={errors.name}
        />
        <SelectField
          label={t('admin.invite.language')}
          hint={t('admin.invite.languageHint')}
          name="language"
          defaultValue={submitted(actionData, 'language', locale)}
          errors={errors.language}
        >
          <option value="ar" lang="ar">
            {t('admin.language.ar')}
          </option>
          <option value="en" lang="en">
            {t('admin.language.en')}
          </option>
        </SelectField>
        <fieldset className="mb-4 rounded border border-slate-200 p-4">
          <legend className="px-1 font-medium">{t('admin.invite.initialRole')}</legend>
          <RoleScopeFields
            options={loaderData.scopeOptions}
            role={submitted(actionData, 'role')}
            scope={submitted(actionData, 'scope')}
            roleErrors={errors.role}
            scopeErrors={errors.scope}
            optional
          />
        </fieldset>
        <SubmitButton>{t('admin.invite.submit')}</SubmitButton>
      </Form>
    </section>
  );
}
