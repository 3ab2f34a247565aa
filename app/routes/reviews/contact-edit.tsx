import { Form, Link, redirect } from 'react-router';
import { loadManagedContact } from '~/modules/reviews/outreach/contact-records.server';
import { listContacts } from '~/modules/reviews/outreach/list-contacts.server';
import { updateContact } from '~/modules/reviews/outreach/save-contact.server';
import { cycleResource } from '~/modules/reviews/review-policy';
import { guard } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { CsrfInput, FormAlert, SubmitButton, valueOf as submitted } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/contact-edit';
import { ContactFields } from './contact-fields';

/** Corrects one entry of the focal-point registry (versioned: a stale save shows the entry as it is now). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage', cycleResource(params.regionId));
  const contact = await orErrorPage(() => loadManagedContact(getDb(), viewer.subject, params.contactId));
  const registry = await orErrorPage(() =>
    listContacts({ subject: viewer.subject, regionId: contact.regionId }),
  );
  return {
    region: registry.region,
    states: registry.states.map((s) => ({ iso3: s.iso3, name: s.name })),
    contact: {
      id: contact.id,
      countryIso3: contact.countryIso3,
      kind: contact.kind,
      name: contact.name,
      ministry: contact.ministry,
      email: contact.email,
      locale: contact.locale,
      version: contact.version,
    },
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'reviews.cycles.manage', cycleResource(params.regionId));
  const saved = await attemptForm(
    { request, context },
    {
      run: (input, form) =>
        updateContact({
          subject: viewer.subject,
          contactId: params.contactId,
          expectedVersion: Number(form.get('version')),
          input,
          requestId: context.requestId,
        }),
    },
  );
  if (!saved.ok) return saved.response;
  return redirect(`/${langOf(params)}/reviews/contacts/${saved.value.regionId}?notice=saved`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('reviews-outreach.contacts.editTitle', { name: loaderData.contact.name }),
        })
      : null,
  );

export default function ContactEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const { region, states, contact } = loaderData;
  const result = submission(actionData);
  const back = `/reviews/contacts/${region.id}`;
  return (
    <article aria-labelledby="page-title" className="max-w-2xl">
      <Breadcrumbs
        items={[
          { to: href('/reviews'), label: t('reviews-cycles.index.title') },
          { to: href(back), label: t('reviews-outreach.contacts.title', { region: pick(region.name).text }) },
          { label: contact.name },
        ]}
      />
      <h1 id="page-title" className="mb-4 text-2xl font-bold">
        {t('reviews-outreach.contacts.editTitle', { name: contact.name })}
      </h1>
      <Form method="post" noValidate>
        <CsrfInput />
        <input type="hidden" name="version" value={contact.version} />
        <FormAlert error={result?.formError} />
        <ContactFields
          states={states}
          values={(name, fallback) =>
            submitted(result, name, String(contact[name as keyof typeof contact] ?? fallback ?? ''))
          }
          errors={(name) => result?.fieldErrors?.[name]}
        />
        <div className="flex items-center gap-4">
          <SubmitButton>{t('reviews-outreach.contacts.save')}</SubmitButton>
          <Link to={href(back)}>{t('reviews-outreach.contacts.cancel')}</Link>
        </div>
      </Form>
    </article>
  );
}
