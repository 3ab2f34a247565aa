import { Form, Link, redirect } from 'react-router';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { inviteContact } from '~/modules/reviews/outreach/invite-contact.server';
import { listContacts } from '~/modules/reviews/outreach/list-contacts.server';
import { createContact, removeContact } from '~/modules/reviews/outreach/save-contact.server';
import { cycleResource } from '~/modules/reviews/review-policy';
import { guard } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/contacts';
import { ContactFields } from './contact-fields';
import { noticeOf } from './cycle-pages.server';

const notices = ['added', 'saved', 'invited', 'removed'] as const;

/** The focal-point registry of a region: its secretariat records, corrects, invites and removes contacts. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage', cycleResource(params.regionId));
  const registry = await orErrorPage(() =>
    listContacts({ subject: viewer.subject, regionId: params.regionId }),
  );
  return {
    region: registry.region,
    states: registry.states.map((s) => ({
      iso3: s.iso3,
      name: s.name,
      contacts: s.contacts.map((c) => ({
        id: c.id,
        kind: c.kind,
        name: c.name,
        ministry: c.ministry,
        email: c.email,
        locale: c.locale,
        version: c.version,
        account: c.account,
        accountInvitedAt: c.accountInvitedAt?.toISOString() ?? null,
        lastSignedInAt: c.lastSignedInAt?.toISOString() ?? null,
      })),
    })),
    notice: noticeOf(request, notices),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage', cycleResource(params.regionId));
  const back = (notice: (typeof notices)[number]) =>
    redirect(`/${langOf(params)}/reviews/contacts/${params.regionId}?notice=${notice}`);
  const done = await attemptForm(
    { request, context },
    {
      run: async (input, form) => {
        const intent = form.get('intent');
        const contactId = String(form.get('contactId') ?? '');
        const expectedVersion = Number(form.get('version'));
        if (intent === 'invite') {
          await inviteContact({
            subject: viewer.subject,
            inviterName: viewer.user?.name ?? '',
            contactId,
            expectedVersion,
            baseUrl: publicBaseUrl(),
            requestId: context.requestId,
          });
          return 'invited' as const;
        }
        if (intent === 'remove') {
          await removeContact({
            subject: viewer.subject,
            contactId,
            expectedVersion,
            requestId: context.requestId,
          });
          return 'removed' as const;
        }
        await createContact({
          subject: viewer.subject,
          regionId: params.regionId,
          input,
          requestId: context.requestId,
        });
        return 'added' as const;
      },
    },
  );
  if (!done.ok) return done.response;
  return back(done.value);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-outreach.contacts.title', {
            region: i18n.pick(loaderData.region.name).text,
          }),
        })
      : null,
  );

export default function Contacts({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick, date } = useI18n();
  const href = useHref();
  const { region, states, notice } = loaderData;
  const result = submission(actionData);
  const errors = (name: string) => result?.fieldErrors?.[name];
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`reviews-outreach.contacts.${key}`, values);
  const missing = states.filter((s) => !s.contacts.length);
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs
        items={[{ to: href('/reviews'), label: t('reviews-cycles.index.title') }, { label: tt('crumb') }]}
      />
      <h1 id="page-title" className="mb-2 text-2xl font-bold">
        {tt('title', { region: pick(region.name).text })}
      </h1>
      <p className="mb-4 max-w-3xl text-slate-700">{tt('intro')}</p>
      {notice ? <FormAlert tone="success">{tt(`notice.${notice}`)}</FormAlert> : null}
      {result && result.values?.intent !== 'create' ? <FormAlert error={result.formError} /> : null}
      {missing.length ? (
        <FormAlert tone="info">
          {tt('missing', { count: missing.length })}{' '}
          {missing.map((s, i) => (
            <span key={s.iso3}>
              {i ? '، ' : ''}
              <bdi>{pick(s.name).text}</bdi>
            </span>
          ))}
        </FormAlert>
      ) : null}

      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">{tt('caption')}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2 text-start">
                {tt('col.state')}
              </th>
              <th scope="col" className="p-2 text-start">
                {tt('col.contact')}
              </th>
              <th scope="col" className="p-2 text-start">
                {tt('col.account')}
              </th>
              <th scope="col" className="p-2 text-start">
                {tt('col.actions')}
              </th>
            </tr>
          </thead>
          <tbody>
            {states.flatMap((s) =>
              s.contacts.length
                ? s.contacts.map((c, i) => (
                    <tr key={c.id} className="border-b border-slate-100 align-top">
                      {i === 0 ? (
                        <th
                          scope="rowgroup"
                          rowSpan={s.contacts.length}
                          className="p-2 text-start font-normal"
                        >
                          <bdi>{pick(s.name).text}</bdi>
                        </th>
                      ) : null}
                      <td className="p-2">
                        <p className="font-medium">
                          <bdi>{c.name}</bdi>
                        </p>
                        <p className="text-slate-700">
                          {tt(`kind.${c.kind}`)}
                          {c.ministry ? (
                            <>
                              {' — '}
                              <bdi>{c.ministry}</bdi>
                            </>
                          ) : null}
                        </p>
                        <p dir="ltr" className="text-start text-slate-700">
                          {c.email}
                        </p>
                        <p className="text-slate-600">
                          {tt('language', { language: t(`reviews-outreach.language.${c.locale}`) })}
                        </p>
                      </td>
                      <td className="p-2">
                        <p>{tt(`account.${c.account}`)}</p>
                        {c.lastSignedInAt ? (
                          <p className="text-slate-600">
                            {tt('lastSignedIn', { date: date(c.lastSignedInAt, { dateStyle: 'medium' }) })}
                          </p>
                        ) : null}
                        {c.accountInvitedAt ? (
                          <p className="text-slate-600">
                            {tt('invitedOn', { date: date(c.accountInvitedAt, { dateStyle: 'medium' }) })}
                          </p>
                        ) : null}
                      </td>
                      <td className="p-2">
                        <div className="flex flex-wrap items-center gap-2">
                          <Link to={href(`/reviews/contacts/${region.id}/${c.id}`)}>
                            {tt('edit', { name: c.name })}
                          </Link>
                          {c.account === 'none' || c.account === 'invited' ? (
                            <Form method="post">
                              <CsrfInput />
                              <input type="hidden" name="intent" value="invite" />
                              <input type="hidden" name="contactId" value={c.id} />
                              <input type="hidden" name="version" value={c.version} />
                              <button
                                type="submit"
                                className="rounded border border-brand-700 px-2 py-1 text-brand-800"
                              >
                                {c.account === 'invited'
                                  ? tt('inviteAgain', { name: c.name })
                                  : tt('invite', { name: c.name })}
                              </button>
                            </Form>
                          ) : null}
                          <Form method="post">
                            <CsrfInput />
                            <input type="hidden" name="intent" value="remove" />
                            <input type="hidden" name="contactId" value={c.id} />
                            <input type="hidden" name="version" value={c.version} />
                            <button
                              type="submit"
                              className="rounded border border-red-700 px-2 py-1 text-red-800"
                            >
                              {tt('remove', { name: c.name })}
                            </button>
                          </Form>
                        </div>
                      </td>
                    </tr>
                  ))
                : [
                    <tr key={s.iso3} className="border-b border-slate-100">
                      <th scope="row" className="p-2 text-start font-normal">
                        <bdi>{pick(s.name).text}</bdi>
                      </th>
                      <td className="p-2 text-slate-600" colSpan={3}>
                        {tt('none')}
                      </td>
                    </tr>,
                  ],
            )}
          </tbody>
        </table>
      </div>

      <section
        aria-labelledby="add-title"
        className="mt-8 max-w-2xl rounded border border-slate-200 bg-white p-4"
      >
        <h2 id="add-title" className="mb-3 text-lg font-semibold">
          {tt('add')}
        </h2>
        <Form method="post" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="create" />
          {result?.values?.intent === 'create' ? <FormAlert error={result.formError} /> : null}
          <ContactFields
            states={states.map((s) => ({ iso3: s.iso3, name: s.name }))}
            values={(name, fallback = '') => submitted(result, name, fallback)}
            errors={errors}
          />
          <SubmitButton>{tt('addSubmit')}</SubmitButton>
        </Form>
      </section>
    </article>
  );
}
