import { Form, Link, redirect } from 'react-router';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { answerSupport } from '~/modules/pledges/support/answer-support.server';
import { getSupportRequest } from '~/modules/pledges/support/list-support-requests.server';
import { canHandleSupport } from '~/modules/pledges/support/support-policy';
import { answerStatuses, SUPPORT_REPLY_MAX_LENGTH } from '~/modules/pledges/support/support-schema';
import { guard, guardSignedIn } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { CsrfInput, FormAlert, SelectField, SubmitButton, valueOf as submitted, TextArea } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { PlainParagraphs } from '~/ui/paragraphs';
import { TranslatedText } from '~/ui/translated-text';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/support-request';
import { SupportRequestBody } from './support-parts';

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: `${i18n.t('pledges-support.request.title')}: ${i18n.pick(loaderData.request.pledgeTitle).text}`,
        })
      : null,
  );

/**
 * One support request: the secretariat reads and answers it (status and reply, versioned); the
 * requester's side may read it. Anyone else: not found.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const r = await orErrorPage(() =>
    getSupportRequest({ subject: viewer.subject, requestId: params.requestId }),
  );
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    request: {
      id: r.id,
      pledgeId: r.subjectId,
      pledgeTitle: r.pledgeTitle ?? {},
      requester: r.organisationName ?? r.countryName ?? {},
      requesterName: r.requesterName,
      kind: r.kind,
      status: r.status,
      description: r.description,
      objectives: r.objectives,
      reply: r.reply,
      replyLanguage: r.replyLanguage,
      repliedAt: iso(r.repliedAt),
      createdAt: r.createdAt.toISOString(),
      version: r.version,
    },
    isSecretariat: canHandleSupport(viewer.subject),
    canAnswer: canHandleSupport(viewer.subject) && r.status !== 'closed',
    saved: new URL(request.url).searchParams.get('notice') === 'saved',
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'pledges.review');
  const answered = await attemptForm(
    { request, context },
    {
      run: (input, form) =>
        answerSupport({
          subject: viewer.subject,
          requestId: params.requestId,
          expectedVersion: Number(form.get('version')),
          input,
          baseUrl: publicBaseUrl(),
          auditRequestId: context.requestId,
        }),
    },
  );
  if (!answered.ok) return answered.response;
  return redirect(`/${langOf(params)}/pledges/support/${params.requestId}?notice=saved`);
}

export default function SupportRequestPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const href = useHref();
  const { request: r, isSecretariat, canAnswer, saved } = loaderData;
  const result = submission(actionData);
  const errors = (name: string) => result?.fieldErrors?.[name];
  const stale = result?.formError?.code === 'staleVersion';
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`pledges-support.request.${key}`, values);
  return (
    <article aria-labelledby="request-title" className="max-w-3xl">
      {saved ? <FormAlert tone="success">{tt('saved')}</FormAlert> : null}
      {isSecretariat ? (
        <p>
          <Link to={href('/pledges/support')}>{tt('backToQueue')}</Link>
        </p>
      ) : null}
      <h1 id="request-title" className="mt-2 text-2xl font-bold">
        {tt('title')}
      </h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">{tt('pledge')}</dt>
        <dd>
          <Link to={href(`/pledges/${r.pledgeId}`)}>
            <TranslatedText value={r.pledgeTitle} />
          </Link>
        </dd>
        <dt className="font-medium">{tt('requester')}</dt>
        <dd>
          <TranslatedText value={r.requester} />
          {r.requesterName ? (
            <span className="ms-2 text-sm text-slate-700">
              <bdi>{r.requesterName}</bdi>
            </span>
          ) : null}
        </dd>
      </dl>
      <section aria-labelledby="asked-title" className="mt-6 rounded border border-slate-300 p-4">
        <h2 id="asked-title" className="mb-2 text-xl font-semibold">
          {tt('asked')}
        </h2>
        <SupportRequestBody request={r} />
      </section>

      {canAnswer ? (
        <section aria-labelledby="answer-title" className="mt-6">
          <h2 id="answer-title" className="mb-2 text-xl font-semibold">
            {tt('answer')}
          </h2>
          <FormAlert error={result?.formError} />
          {stale && r.reply ? (
            <div className="mb-4 rounded border border-amber-400 bg-amber-50 p-3">
              <p className="font-medium">{tt('currentReply')}</p>
              <PlainParagraphs text={r.reply} lang={r.replyLanguage} />
            </div>
          ) : null}
          <Form method="post" noValidate>
            <CsrfInput />
            <input type="hidden" name="version" value={r.version} />
            <SelectField
              label={tt('status')}
              name="status"
              defaultValue={submitted(result, 'status', r.status === 'open' ? 'answered' : r.status)}
              errors={errors('status')}
            >
              {answerStatuses.map((s) => (
                <option key={s} value={s}>
                  {t(`pledges-support.status.${s}`)}
                </option>
              ))}
            </SelectField>
            <TextArea
              label={tt('reply')}
              hint={tt('replyHint')}
              name="reply"
              rows={8}
              maxLength={SUPPORT_REPLY_MAX_LENGTH}
              defaultValue={submitted(result, 'reply', r.reply ?? '')}
              errors={errors('reply')}
            />
            <SelectField
              label={tt('replyLanguage')}
              name="replyLanguage"
              defaultValue={submitted(result, 'replyLanguage', r.replyLanguage ?? locale)}
              errors={errors('replyLanguage')}
            >
              <option value="ar">{t('pledges-support.lang.ar')}</option>
              <option value="en">{t('pledges-support.lang.en')}</option>
            </SelectField>
            <SubmitButton>{tt('submit')}</SubmitButton>
          </Form>
        </section>
      ) : r.status === 'closed' ? (
        <p className="mt-6 text-slate-700">{tt('closed')}</p>
      ) : null}
    </article>
  );
}
