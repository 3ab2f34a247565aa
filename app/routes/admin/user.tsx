import { data, Form, redirect, useActionData } from 'react-router';
import { z } from 'zod';
import { assignRole } from '~/modules/admin/assign-role.server';
import { getUserAdmin } from '~/modules/admin/get-user-admin.server';
import { revokeRole } from '~/modules/admin/revoke-role.server';
import { listScopeOptions } from '~/modules/admin/scopes.server';
import { setUserDisabled } from '~/modules/admin/set-user-disabled.server';
import { guard } from '~/permissions/guard.server';
import { can } from '~/permissions/resolver';
import type { SubmissionResult } from '~/platform/forms.server';
import { attemptForm, formResult, parseForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { BackToAdmin } from '~/ui/admin-back-link';
import { RoleChip, RoleScopeFields, scopeValue } from '~/ui/admin-roles';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import type { Route } from './+types/user';
import { noticeOf, parseScope } from './admin.server';
import { adminTitle } from './meta';

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'users.read');
  const db = getDb();
  const user = await orErrorPage(() => getUserAdmin({ db, userId: params.id }));
  const mayAssign = can(viewer.subject, 'roles.assign');
  return {
    user,
    isSelf: viewer.user?.id === user.id,
    mayAssign,
    scopeOptions: mayAssign ? await listScopeOptions(db) : null,
    notice: noticeOf(new URL(request.url)),
  };
}

export const meta: Route.MetaFunction = ({ matches }) => adminTitle(matches, 'admin.user.title');

const roleSchema = z.object({
  intent: z.enum(['assign', 'revoke']),
  role: z.string().min(1).max(60),
  scope: z.string().max(80).optional(),
});
const disableSchema = z.object({
  intent: z.enum(['disable', 'enable']),
  version: z.coerce.number().int().min(1),
});

const noticeFor = {
  assign: 'roleAssigned',
  revoke: 'roleRevoked',
  disable: 'userDisabled',
  enable: 'userEnabled',
} as const;

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'roles.assign');
  const form = await readForm(request, context);
  const base = {
    db: getDb(),
    actorId: viewer.user?.id ?? null,
    userId: params.id,
    requestId: context.requestId,
  };
  const intent = String(form.get('intent') ?? '');
  let outcome: Awaited<ReturnType<typeof attemptForm>>;
  if (intent === 'assign' || intent === 'revoke') {
    const parsed = parseForm(form, roleSchema);
    if (!parsed.ok) return data(parsed.result, { status: 400 });
    const target = { role: parsed.data.role, ...parseScope(parsed.data.scope) };
    outcome = await attemptForm(form, () =>
      (intent === 'assign' ? assignRole : revokeRole)({ ...base, ...target }),
    );
  } else if (intent === 'disable' || intent === 'enable') {
    const parsed = parseForm(form, disableSchema);
    if (!parsed.ok) return data(parsed.result, { status: 400 });
    outcome = await attemptForm(form, () =>
      setUserDisabled({ ...base, disabled: intent === 'disable', expectedVersion: parsed.data.version }),
    );
  } else {
    return data(formResult(form, {}, { code: 'badForm' }), { status: 400 });
  }
  if (!outcome.ok) return outcome.response;
  return redirect(`/${params.lang}/admin/users/${params.id}?notice=${noticeFor[intent]}`);
}

export default function AdminUser({ loaderData }: Route.ComponentProps) {
  const { t, date, pick } = useI18n();
  const actionData = useActionData<SubmissionResult>();
  const { user, isSelf, mayAssign, scopeOptions, notice } = loaderData;
  const failedIntent = actionData ? submitted(actionData, 'intent') : '';
  const errorFor = (intents: string[]) =>
    actionData && intents.includes(failedIntent)
      ? (actionData.formError ?? Object.values(actionData.fieldErrors)[0]?.[0])
      : undefined;
  return (
    <section aria-labelledby="user-title">
      <BackToAdmin />
      <h1 id="user-title" className="text-3xl font-bold">
        <bdi>{user.name}</bdi>
      </h1>
      {notice ? <FormAlert tone="success">{t(`admin.notice.${notice}`)}</FormAlert> : null}
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">{t('admin.users.email')}</dt>
        <dd>
          <bdi dir="ltr">{user.email}</bdi>
        </dd>
        <dt className="font-medium">{t('admin.user.language')}</dt>
        <dd>{t(`admin.language.${user.locale}`)}</dd>
        <dt className="font-medium">{t('admin.users.status')}</dt>
        <dd>
          {user.disabledAt
            ? t('admin.user.disabledSince', { date: date(user.disabledAt) })
            : user.invitePending
              ? t('admin.status.invited')
              : t('admin.status.active')}
        </dd>
        <dt className="font-medium">{t('admin.user.emailVerified')}</dt>
        <dd>{user.emailVerifiedAt ? date(user.emailVerifiedAt) : t('common.no')}</dd>
        <dt className="font-medium">{t('admin.user.createdAt')}</dt>
        <dd>{date(user.createdAt)}</dd>
      </dl>

      <h2 className="mt-8 text-xl font-bold">{t('admin.user.rolesTitle')}</h2>
      <FormAlert error={errorFor(['revoke'])} />
      {user.roles.length === 0 ? <p className="mt-2">{t('admin.users.noRoles')}</p> : null}
      <ul className="mt-2 space-y-2">
        {user.roles.map((r) => (
          <li key={`${r.role}:${r.scopeType}:${r.scopeId}`} className="flex flex-wrap items-center gap-3">
            <RoleChip {...r} />
            {mayAssign && !(isSelf && r.role === 'admin') ? (
              <Form method="post">
                <CsrfInput />
                <input type="hidden" name="intent" value="revoke" />
                <input type="hidden" name="role" value={r.role} />
                <input type="hidden" name="scope" value={scopeValue(r.scopeType, r.scopeId)} />
                <button
                  type="submit"
                  className="text-sm text-red-800 underline"
                  aria-label={t('admin.user.revokeLabel', {
                    role: t(`admin.role.${r.role}`),
                    scope: r.scopeName ? pick(r.scopeName).text : r.scopeId,
                  })}
                >
                  {t('admin.user.revoke')}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>

      {mayAssign && scopeOptions ? (
        <>
          <h2 className="mt-8 text-xl font-bold">{t('admin.user.assignTitle')}</h2>
          <Form method="post" className="mt-2 max-w-xl">
            <CsrfInput />
            <input type="hidden" name="intent" value="assign" />
            <FormAlert error={errorFor(['assign'])} />
            <RoleScopeFields
              options={scopeOptions}
              role={failedIntent === 'assign' ? submitted(actionData, 'role') : ''}
              scope={failedIntent === 'assign' ? submitted(actionData, 'scope') : ''}
            />
            <SubmitButton>{t('admin.user.assign')}</SubmitButton>
          </Form>

          <h2 className="mt-8 text-xl font-bold">{t('admin.user.accountTitle')}</h2>
          <FormAlert error={errorFor(['disable', 'enable'])} />
          {isSelf ? (
            <p className="mt-2 text-slate-700">{t('admin.user.cannotDisableSelf')}</p>
          ) : (
            <Form method="post" className="mt-2">
              <CsrfInput />
              <input type="hidden" name="intent" value={user.disabledAt ? 'enable' : 'disable'} />
              <input type="hidden" name="version" value={user.version} />
              <p className="mb-2 text-sm text-slate-700">
                {user.disabledAt ? t('admin.user.enableHelp') : t('admin.user.disableHelp')}
              </p>
              {user.disabledAt ? (
                <SubmitButton>{t('admin.user.enable')}</SubmitButton>
              ) : (
                <button
                  type="submit"
                  className="rounded border border-red-800 px-4 py-2 font-medium text-red-800 hover:bg-red-50"
                >
                  {t('admin.user.disable')}
                </button>
              )}
            </Form>
          )}
        </>
      ) : null}
    </section>
  );
}
