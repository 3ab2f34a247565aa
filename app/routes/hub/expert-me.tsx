import { Form, Link, redirect } from 'react-router';
import { deleteExpertData } from '~/modules/hub/experts/expert-data.server';
import { getOwnExpertProfile } from '~/modules/hub/experts/get-expert.server';
import { saveExpertProfile } from '~/modules/hub/experts/save-expert-profile.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { fieldRefusal, notFound } from '~/platform/errors';
import { attemptForm, readForm } from '~/platform/forms.server';
import { CsrfInput, ErrorList, FormAlert, SubmitButton, valueOf as submitted, valuesOf } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/expert-me';
import { ExpertFields } from './expert-parts';
import { hubReference } from './hub-routes.server';

/**
 * The signed-in person's own expert profile: register it, change it (vetted again), download
 * everything kept about them as an expert (JSON), or delete it with the messages written to them.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const own = await getOwnExpertProfile({ subject: viewer.subject });
  const notice = new URL(request.url).searchParams.get('notice');
  return {
    profile: own,
    account: { name: viewer.user?.name ?? '', email: viewer.user?.email ?? '' },
    reference: await hubReference(),
    notice: notice === 'saved' || notice === 'deleted' ? notice : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const form = await readForm(request, context);
  const lang = langOf(params);
  if (form.get('intent') === 'delete') {
    const deleted = await attemptForm(form, async () => {
      if (form.get('confirm') !== 'on') throw fieldRefusal('confirm', 'hubExpertDeleteConfirm');
      const own = await getOwnExpertProfile({ subject: viewer.subject });
      if (!own) throw notFound();
      return deleteExpertData({ subject: viewer.subject, expertId: own.id, requestId: context.requestId });
    });
    if (!deleted.ok) return deleted.response;
    return redirect(`/${lang}/hub/experts/me?notice=deleted`);
  }
  const saved = await attemptForm(form, {
    run: (input) =>
      saveExpertProfile({
        subject: viewer.subject,
        input,
        expectedVersion: Number(form.get('version')) || undefined,
        requestId: context.requestId,
      }),
  });
  if (!saved.ok) return saved.response;
  return redirect(`/${lang}/hub/experts/me?notice=saved`);
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('hub-experts.me.title') }));

export default function ExpertMe({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { profile, account, reference, notice } = loaderData;
  const result = submission(actionData);
  const intent = submitted(result, 'intent');
  const saving = intent !== 'delete' ? result : undefined;
  const errors = (name: string) => saving?.fieldErrors?.[name];
  const stored: Record<string, string> = profile
    ? {
        name: profile.name,
        organisation: profile.organisation,
        originalLanguage: profile.originalLanguage,
        'biography.ar': profile.biography.ar ?? '',
        'biography.en': profile.biography.en ?? '',
        availability: profile.availability,
        contactEmail: profile.contactEmail,
        telephone: profile.telephone ?? '',
      }
    : { name: account.name, contactEmail: account.email };
  const value = (name: string, fallback = '') => submitted(saving, name, stored[name] ?? fallback);
  const values = (name: string, fallback: string[]) => valuesOf(saving, name, fallback);
  return (
    <article aria-labelledby="me-title" className="max-w-3xl">
      <p>
        <Link to={href('/hub/experts')}>{t('hub-experts.list.title')}</Link>
      </p>
      <h1 id="me-title" className="mt-2 text-2xl font-bold">
        {t('hub-experts.me.title')}
      </h1>
      <p className="mt-1 text-slate-700">{t('hub-experts.me.intro')}</p>
      {notice === 'saved' ? <FormAlert tone="success">{t('hub-experts.me.saved')}</FormAlert> : null}
      {notice === 'deleted' ? <FormAlert tone="success">{t('hub-experts.me.deleted')}</FormAlert> : null}
      {profile ? (
        <FormAlert tone="info">
          {t(`hub-experts.status.${profile.status}`)}
          {profile.status === 'declined' && profile.declineReason ? ` — ${profile.declineReason}` : ''}
          {profile.status === 'approved' ? (
            <>
              {' '}
              <Link to={href(`/hub/experts/${profile.id}`)}>{t('hub-experts.me.publicPage')}</Link>
            </>
          ) : null}
        </FormAlert>
      ) : null}
      <Form method="post" className="mt-4" noValidate>
        <CsrfInput />
        <input type="hidden" name="intent" value="save" />
        {profile ? <input type="hidden" name="version" value={profile.version} /> : null}
        <FormAlert error={saving?.formError} />
        <ExpertFields
          reference={reference}
          value={value}
          values={values}
          errors={errors}
          initial={{
            objectives: (profile?.objectives ?? []).map(String),
            principles: profile?.principles ?? [],
            languages: profile?.languages ?? [],
            regions: profile?.regions ?? [],
          }}
        />
        <p className="mb-3 text-sm text-slate-600">{t('hub-experts.me.vettingNote')}</p>
        <SubmitButton>{profile ? t('hub-experts.me.save') : t('hub-experts.me.register')}</SubmitButton>
      </Form>
      {profile ? (
        <section aria-labelledby="data-title" className="mt-10 rounded border border-slate-300 p-4">
          <h2 id="data-title" className="text-xl font-semibold">
            {t('hub-experts.me.dataTitle')}
          </h2>
          <p className="mt-2">
            <a href={href('/hub/experts/me/export')} download>
              {t('hub-experts.me.export')}
            </a>
          </p>
          <Form method="post" className="mt-4" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="delete" />
            {intent === 'delete' ? <FormAlert error={result?.formError} /> : null}
            <label className="flex items-start gap-2 py-1">
              <input type="checkbox" name="confirm" className="mt-1" />
              <span>{t('hub-experts.me.deleteConfirm')}</span>
            </label>
            <ErrorList errors={intent === 'delete' ? result?.fieldErrors?.confirm : undefined} />
            <button
              type="submit"
              className="mt-2 rounded border border-red-800 px-4 py-2 font-medium text-red-900"
            >
              {t('hub-experts.me.delete')}
            </button>
          </Form>
        </section>
      ) : null}
    </article>
  );
}
