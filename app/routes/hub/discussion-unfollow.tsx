import { Form } from 'react-router';
import { unfollowSpace } from '~/modules/hub/discussions/follow-space.server';
import { guardPublic } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { CsrfInput, FormAlert, SubmitButton } from '~/ui/forms';
import { staticPage } from '~/ui/hydration';
import { useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/discussion-unfollow';

/** A plain form: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/**
 * The digest's unfollow link: no sign-in needed, the token in the link names the follow. Opening the
 * link only asks (mail scanners open links); the button ends the follow.
 */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const token = new URL(request.url).searchParams.get('token') ?? '';
  return { token: /^[A-Za-z0-9_-]{10,100}$/.test(token) ? token : '' };
}

export async function action({ request, context }: Route.ActionArgs) {
  await guardPublic(request);
  const done = await attemptForm(
    { request, context },
    {
      run: async (_input, form) => {
        const token = String(form.get('token') ?? '');
        return /^[A-Za-z0-9_-]{10,100}$/.test(token)
          ? unfollowSpace({ token, requestId: context.requestId })
          : false;
      },
    },
  );
  if (!done.ok) return done.response;
  return { done: done.value };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('discussions.unfollow.title') }));

export default function Unfollow({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const done = actionData && 'done' in actionData ? actionData.done : undefined;
  return (
    <div className="max-w-xl">
      <h1 className="text-2xl font-bold">{t('discussions.unfollow.title')}</h1>
      {done === true ? <FormAlert tone="success">{t('discussions.unfollow.done')}</FormAlert> : null}
      {done === false || !loaderData.token ? (
        <FormAlert tone="info">{t('discussions.unfollow.unknown')}</FormAlert>
      ) : null}
      {done === undefined && loaderData.token ? (
        <Form method="post" className="mt-4">
          <CsrfInput />
          <input type="hidden" name="token" value={loaderData.token} />
          <p className="mb-4">{t('discussions.unfollow.intro')}</p>
          <SubmitButton>{t('discussions.unfollow.submit')}</SubmitButton>
        </Form>
      ) : null}
    </div>
  );
}
