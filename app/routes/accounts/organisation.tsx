import { data, Form, redirect } from 'react-router';
import { z } from 'zod';
import { addMember } from '~/modules/organisations/add-member.server';
import { changeMemberRole } from '~/modules/organisations/change-member-role.server';
import {
  organisationFormOptions,
  organisationMembersList,
  organisationProfile,
} from '~/modules/organisations/queries.server';
import { removeMember } from '~/modules/organisations/remove-member.server';
import { updateOrganisation } from '~/modules/organisations/update-organisation.server';
import { guard, guardPublic, guardResource } from '~/permissions/guard.server';
import { can } from '~/permissions/resolver';
import type { SubmissionResult } from '~/platform/forms.server';
import { attemptForm, parseForm, readForm } from '~/platform/forms.server';
import { isUuid } from '~/platform/uuid';
import { CsrfInput, FormAlert, SelectField, SubmitButton, valueOf as submitted, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/organisation';
import { OrganisationFields } from './organisation-fields';
import { errorsOf, Notice, submission } from './shared';
import { emailField, langOf } from './shared.server';

const roleField = z.enum(['admin', 'member']);
const addSchema = z.object({ email: emailField, role: roleField });
const changeSchema = z.object({ userId: z.uuid(), role: roleField });
const removeSchema = z.object({ userId: z.uuid() });

const notices = ['created', 'saved', 'memberAdded', 'roleChanged', 'memberRemoved'] as const;
type Intent = 'update' | 'addMember' | 'changeRole' | 'removeMember';

function notFoundResponse() {
  return data({ code: 'notFound' }, { status: 404 });
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.pick(loaderData.organisation.name).text || i18n.t('accounts.organisations.pageTitle'),
        })
      : null,
  );

export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const profile = await organisationProfile(params.id);
  if (!profile) throw notFoundResponse();
  const { organisation } = profile;
  const resource = { organisationId: organisation.id };
  const canEdit = can(viewer.subject, 'organisations.edit', resource);
  const canManage = can(viewer.subject, 'organisations.members.manage', resource);
  const [options, members] = await Promise.all([
    canEdit ? organisationFormOptions() : null,
    canManage ? organisationMembersList(organisation.id) : null,
  ]);
  const search = new URL(request.url).searchParams;
  return {
    organisation: {
      id: organisation.id,
      name: organisation.name,
      originalLanguage: organisation.originalLanguage,
      categoryKey: organisation.categoryKey,
      countryIso3: organisation.countryIso3,
      website: organisation.website,
      verified: organisation.verified,
      version: organisation.version,
    },
    categoryLabel: profile.categoryLabel,
    countryName: profile.countryName,
    canEdit,
    canManage,
    options,
    members,
    viewerId: viewer.user?.id ?? null,
    notice: notices.find((n) => search.has(n)) ?? null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  if (!isUuid(params.id)) throw notFoundResponse();
  const resource = { organisationId: params.id };
  const viewer = await guard(request, 'organisations.edit', resource);
  const form = await readForm(request, context);
  const intent = String(form.get('intent') ?? 'update') as Intent;
  const actorId = viewer.user!.id;
  const back = (notice: string) => redirect(`/${langOf(params)}/organisations/${params.id}?${notice}=1`);

  if (intent === 'update') {
    const result = await attemptForm(form, {
      run: (input) =>
        updateOrganisation({
          input,
          organisationId: params.id,
          expectedVersion: Number(form.get('version')),
          actorId,
          requestId: context.requestId,
        }),
    });
    return result.ok ? back('saved') : result.response;
  }

  await guardResource(request, 'organisations.members.manage', resource);
  if (intent === 'addMember') {
    const parsed = parseForm(form, addSchema);
    if (!parsed.ok) return data(parsed.result, { status: 400 });
    const result = await attemptForm(form, () =>
      addMember({ organisationId: params.id, ...parsed.data, actorId, requestId: context.requestId }),
    );
    return result.ok ? back('memberAdded') : result.response;
  }
  if (intent === 'changeRole') {
    const parsed = parseForm(form, changeSchema);
    if (!parsed.ok) return data(parsed.result, { status: 400 });
    const result = await attemptForm(form, () =>
      changeMemberRole({ organisationId: params.id, ...parsed.data, actorId, requestId: context.requestId }),
    );
    return result.ok ? back('roleChanged') : result.response;
  }
  if (intent === 'removeMember') {
    const parsed = parseForm(form, removeSchema);
    if (!parsed.ok) return data(parsed.result, { status: 400 });
    const result = await attemptForm(form, () =>
      removeMember({
        organisationId: params.id,
        userId: parsed.data.userId,
        actorId,
        requestId: context.requestId,
      }),
    );
    return result.ok ? back('memberRemoved') : result.response;
  }
  return data({ code: 'badForm' }, { status: 400 });
}

function resultFor(result: SubmissionResult | undefined, intent: Intent, userId?: string) {
  if (!result) return undefined;
  const sent = result.values.intent ?? 'update';
  if (sent !== intent) return undefined;
  if (userId && result.values.userId !== userId) return undefined;
  return result;
}

export default function Organisation({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { organisation, categoryLabel, countryName, canEdit, canManage, options, members, notice } =
    loaderData;
  const result = submission(actionData);
  const updateResult = resultFor(result, 'update');
  const addResult = resultFor(result, 'addMember');
  const stale = updateResult?.formError?.code === 'staleVersion';
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-3xl">
      {notice ? <Notice>{t(`accounts.organisations.notice.${notice}`)}</Notice> : null}
      <p className="text-sm text-slate-600">{t('accounts.organisations.pageTitle')}</p>
      <h1 id="page-title" className="mb-4 text-2xl font-bold">
        <TranslatedText value={organisation.name} />
      </h1>
      <dl className="mb-8 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">{t('accounts.organisations.field.category')}</dt>
        <dd>
          {categoryLabel ? (
            <TranslatedText value={categoryLabel} />
          ) : (
            t('accounts.organisations.notSpecified')
          )}
        </dd>
        <dt className="font-medium">{t('accounts.organisations.field.country')}</dt>
        <dd>
          {countryName ? <TranslatedText value={countryName} /> : t('accounts.organisations.notSpecified')}
        </dd>
        <dt className="font-medium">{t('accounts.organisations.field.website')}</dt>
        <dd>
          {organisation.website ? (
            <a
              href={organisation.website}
              rel="noopener noreferrer nofollow"
              className="text-brand-700 underline"
            >
              <bdi dir="ltr">{organisation.website}</bdi>
            </a>
          ) : (
            t('accounts.organisations.notSpecified')
          )}
        </dd>
        <dt className="font-medium">{t('accounts.organisations.verifiedLabel')}</dt>
        <dd>
          {organisation.verified ? (
            <span className="rounded bg-green-100 px-2 text-green-900">
              {t('accounts.organisations.verified')}
            </span>
          ) : (
            <span className="text-slate-700">{t('accounts.organisations.notVerified')}</span>
          )}
        </dd>
      </dl>

      {canEdit && options ? (
        <section aria-labelledby="edit-title" className="mb-10">
          <h2 id="edit-title" className="mb-1 text-xl font-semibold">
            {t('accounts.organisations.editTitle')}
          </h2>
          <p className="mb-4 text-sm text-slate-700">{t('accounts.organisations.verifiedNote')}</p>
          <FormAlert error={updateResult?.formError} />
          {stale ? (
            <div className="mb-4 rounded border border-slate-300 bg-slate-50 p-3 text-sm">
              <h3 className="font-semibold">{t('accounts.account.currentVersion')}</h3>
              <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
                <dt>{t('accounts.organisations.field.nameAr')}</dt>
                <dd>
                  <bdi lang="ar">{organisation.name.ar ?? ''}</bdi>
                </dd>
                <dt>{t('accounts.organisations.field.nameEn')}</dt>
                <dd>
                  <bdi lang="en">{organisation.name.en ?? ''}</bdi>
                </dd>
                <dt>{t('accounts.organisations.field.website')}</dt>
                <dd>
                  <bdi dir="ltr">{organisation.website ?? ''}</bdi>
                </dd>
              </dl>
            </div>
          ) : null}
          <Form method="post" noValidate className="max-w-xl">
            <CsrfInput />
            <input type="hidden" name="intent" value="update" />
            <input type="hidden" name="version" value={organisation.version} />
            <OrganisationFields options={options} current={organisation} result={updateResult} />
            <SubmitButton>{t('common.save')}</SubmitButton>
          </Form>
        </section>
      ) : null}

      {canManage && members ? (
        <section aria-labelledby="members-title" className="mb-10">
          <h2 id="members-title" className="mb-3 text-xl font-semibold">
            {t('accounts.organisations.membersTitle')}
          </h2>
          <p className="mb-3 text-sm text-slate-700">{t('accounts.organisations.lastAdminNote')}</p>
          <ul className="mb-6 divide-y divide-slate-200 rounded border border-slate-200">
            {members.map((m) => {
              const roleResult =
                resultFor(result, 'changeRole', m.userId) ?? resultFor(result, 'removeMember', m.userId);
              return (
                <li key={m.userId} className="p-3">
                  <div className="flex flex-wrap items-end gap-3">
                    <div className="min-w-48 flex-1">
                      <bdi className="font-medium">{m.name}</bdi>
                      <br />
                      <bdi className="text-sm text-slate-600">{m.email}</bdi>
                    </div>
                    <Form method="post" className="flex items-end gap-2">
                      <CsrfInput />
                      <input type="hidden" name="intent" value="changeRole" />
                      <input type="hidden" name="userId" value={m.userId} />
                      <SelectField
                        label={t('accounts.organisations.field.role')}
                        name="role"
                        defaultValue={m.role}
                      >
                        <option value="member">{t('accounts.organisations.role.member')}</option>
                        <option value="admin">{t('accounts.organisations.role.admin')}</option>
                      </SelectField>
                      <div className="mb-4">
                        <SubmitButton>{t('accounts.organisations.changeRole')}</SubmitButton>
                      </div>
                    </Form>
                    <Form method="post" className="mb-4">
                      <CsrfInput />
                      <input type="hidden" name="intent" value="removeMember" />
                      <input type="hidden" name="userId" value={m.userId} />
                      <button type="submit" className="rounded border border-red-700 px-3 py-2 text-red-800">
                        {t('accounts.organisations.remove')}
                        <span className="sr-only">
                          {' '}
                          <bdi>{m.name}</bdi>
                        </span>
                      </button>
                    </Form>
                  </div>
                  <FormAlert error={roleResult?.formError} />
                </li>
              );
            })}
          </ul>
          <h3 className="mb-2 text-lg font-semibold">{t('accounts.organisations.addTitle')}</h3>
          <p className="mb-3 text-sm text-slate-700">{t('accounts.organisations.addIntro')}</p>
          <FormAlert error={addResult?.formError} />
          <Form method="post" noValidate className="max-w-xl">
            <CsrfInput />
            <input type="hidden" name="intent" value="addMember" />
            <TextField
              label={t('accounts.field.email')}
              name="email"
              type="email"
              defaultValue={submitted(addResult, 'email')}
              errors={errorsOf(addResult, 'email')}
            />
            <SelectField
              label={t('accounts.organisations.field.role')}
              name="role"
              defaultValue={submitted(addResult, 'role', 'member')}
            >
              <option value="member">{t('accounts.organisations.role.member')}</option>
              <option value="admin">{t('accounts.organisations.role.admin')}</option>
            </SelectField>
            <SubmitButton>{t('accounts.organisations.addSubmit')}</SubmitButton>
          </Form>
        </section>
      ) : null}
    </article>
  );
}
