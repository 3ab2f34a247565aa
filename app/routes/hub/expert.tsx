import { Form, Link, redirect } from 'react-router';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { getExpert } from '~/modules/hub/experts/get-expert.server';
import { messageExpert } from '~/modules/hub/experts/message-expert.server';
import { vetExpert } from '~/modules/hub/experts/vet-expert.server';
import { guard, guardPublic, guardSignedIn } from '~/permissions/guard.server';
import { attemptForm, readForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import {
  CsrfInput,
  FormAlert,
  SelectField,
  SubmitButton,
  valueOf as submitted,
  TextArea,
  TextField,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/expert';
import { ExpertFacts } from './expert-parts';
import { hubReference } from './hub-routes.server';

/**
 * An expert's page: anyone reads an approved profile (never its contact details); a signed-in person
 * writes to the expert through the platform; the expert and the Hub editors also see a profile
 * waiting for vetting, and the editors approve or decline it here. Anyone else: not found.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const view = await orErrorPage(() => getExpert({ subject: viewer.subject, expertId: params.id }));
  const notice = new URL(request.url).searchParams.get('notice');
  return {
    ...view,
    reference: await hubReference(),
    signedIn: Boolean(viewer.user),
    notice: notice === 'sent' || notice === 'vetted' ? notice : null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const form = await readForm(request, context);
  const lang = langOf(params);
  if (form.get('intent') === 'vet') {
    await guard(request, 'hub.curate');
    const vetted = await attemptForm(form, {
      run: (input) =>
        vetExpert({
          subject: viewer.subject,
          expertId: params.id,
          expectedVersion: Number(input.version),
          input,
          requestId: context.requestId,
        }),
    });
    if (!vetted.ok) return vetted.response;
    return redirect(`/${lang}/hub/experts/${params.id}?notice=vetted`);
  }
  const sent = await attemptForm(form, {
    run: (input) =>
      messageExpert({
        subject: viewer.subject,
        expertId: params.id,
        input,
        baseUrl: publicBaseUrl(),
        requestId: context.requestId,
      }),
  });
  if (!sent.ok) return sent.response;
  return redirect(`/${lang}/hub/experts/${params.id}?notice=sent#message`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(matches, loaderData ? () => ({ title: loaderData.expert.name }) : null);

export default function Expert({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { expert, isSelf, canVet, canMessage, declineReason, reference, signedIn, notice } = loaderData;
  const result = submission(actionData);
  const errors = (name: string) => result?.fieldErrors?.[name];
  const intent = submitted(result, 'intent');
  return (
    <article aria-labelledby="expert-name" className="max-w-3xl">
      <p>
        <Link to={href('/hub/experts')}>{t('hub-experts.list.title')}</Link>
      </p>
      <h1 id="expert-name" className="mt-2 text-2xl font-bold">
        <bdi>{expert.name}</bdi> {expert.isSample ? <SampleBadge /> : null}
      </h1>
      {expert.organisation ? (
        <p className="text-lg text-slate-700">
          <bdi>{expert.organisation}</bdi>
        </p>
      ) : null}
      {expert.status !== 'approved' ? (
        <FormAlert tone="info">
          {t(`hub-experts.status.${expert.status}`)}
          {declineReason ? ` — ${declineReason}` : ''}
        </FormAlert>
      ) : null}
      {notice === 'vetted' ? <FormAlert tone="success">{t('hub-experts.vetting.done')}</FormAlert> : null}
      <TranslatedText value={expert.biography} as="p" className="mt-4 whitespace-pre-line" />
      <ExpertFacts expert={expert} reference={reference} />
      {isSelf ? (
        <p className="mt-4">
          <Link to={href('/hub/experts/me')}>{t('hub-experts.page.editOwn')}</Link>
        </p>
      ) : null}

      <section id="message" aria-labelledby="message-title" className="mt-8">
        <h2 id="message-title" className="text-xl font-semibold">
          {t('hub-experts.message.title')}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t('hub-experts.message.privacy')}</p>
        {notice === 'sent' ? <FormAlert tone="success">{t('hub-experts.message.sent')}</FormAlert> : null}
        {canMessage ? (
          <Form method="post" className="mt-3" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="message" />
            {intent !== 'vet' ? <FormAlert error={result?.formError} /> : null}
            <TextField
              label={t('hub-experts.message.subject')}
              name="subject"
              required
              defaultValue={intent === 'message' ? submitted(result, 'subject') : ''}
              errors={errors('subject')}
            />
            <TextArea
              label={t('hub-experts.message.body')}
              name="body"
              rows={6}
              required
              defaultValue={intent === 'message' ? submitted(result, 'body') : ''}
              errors={errors('body')}
            />
            <SubmitButton>{t('hub-experts.message.send')}</SubmitButton>
          </Form>
        ) : !signedIn && expert.status === 'approved' ? (
          <p className="mt-2">
            <Link to={href(`/sign-in?next=${encodeURIComponent(href(`/hub/experts/${expert.id}`))}`)}>
              {t('hub-experts.message.signIn')}
            </Link>
          </p>
        ) : null}
      </section>

      {canVet ? (
        <section aria-labelledby="vet-title" className="mt-8 rounded border border-slate-300 p-4">
          <h2 id="vet-title" className="text-xl font-semibold">
            {t('hub-experts.vetting.title')}
          </h2>
          <Form method="post" className="mt-3" noValidate>
            <CsrfInput />
            <input type="hidden" name="intent" value="vet" />
            <input type="hidden" name="version" value={expert.version} />
            {intent === 'vet' ? <FormAlert error={result?.formError} /> : null}
            <SelectField
              label={t('hub-experts.vetting.decision')}
              name="decision"
              defaultValue={intent === 'vet' ? submitted(result, 'decision', 'approve') : 'approve'}
              errors={errors('decision')}
            >
              <option value="approve">{t('hub-experts.vetting.approve')}</option>
              <option value="decline">{t('hub-experts.vetting.decline')}</option>
            </SelectField>
            <TextArea
              label={t('hub-experts.vetting.reason')}
              name="reason"
              rows={3}
              defaultValue={intent === 'vet' ? submitted(result, 'reason') : ''}
              errors={errors('reason')}
            />
            <SubmitButton>{t('hub-experts.vetting.save')}</SubmitButton>
          </Form>
        </section>
      ) : null}
    </article>
  );
}
