import { Form, Link, redirect } from 'react-router';
import { practiceDecisions } from '#db/schema/hub-practice-values';
import { decidePractice } from '~/modules/hub/practices/decide-practice.server';
import { getPractice } from '~/modules/hub/practices/get-practice.server';
import { markPromising } from '~/modules/hub/practices/mark-promising.server';
import { PRACTICE_MESSAGE_MAX } from '~/modules/hub/practices/practice-schema';
import { guard } from '~/permissions/guard.server';
import { attemptForm } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import {
  CsrfInput,
  ErrorList,
  FormAlert,
  formAlertOf,
  SubmitButton,
  valueOf as submitted,
  TextArea,
} from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/practice-review';

/**
 * A Hub editor reviews a practice: asks the submitter for clarification, approves (publishes) or
 * declines it with a reason; once approved, marks it promising (or takes the mark away).
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guard(request, 'hub.curate');
  return orErrorPage(() => getPractice({ subject: viewer.subject, practiceId: params.id }));
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guard(request, 'hub.curate');
  const done = await attemptForm(
    { request, context },
    {
      run: async (input, form) => {
        const common = {
          subject: viewer.subject,
          practiceId: params.id,
          input,
          expectedVersion: Number(form.get('version')),
          requestId: context.requestId,
        };
        if (form.get('intent') === 'promising') {
          await markPromising(common);
          return 'promising' as const;
        }
        await decidePractice(common);
        return 'decided' as const;
      },
    },
  );
  if (!done.ok) return done.response;
  return redirect(`/${langOf(params)}/hub/practices/${params.id}?notice=${done.value}`);
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: `${i18n.t('hub-practices.review.title')}: ${i18n.pick(loaderData.practice.title).text}`,
        })
      : null,
  );

export default function ReviewPractice({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { practice: p, can } = loaderData;
  const result = submission(actionData);
  return (
    <article aria-labelledby="review-title" className="max-w-3xl">
      <p>
        <Link to={href('/hub/practices/queue')}>{t('hub-practices.queue.title')}</Link>
      </p>
      <h1 id="review-title" className="mt-2 text-2xl font-bold">
        {t('hub-practices.review.title')}
      </h1>
      <p className="mt-2">
        <Link to={href(`/hub/practices/${p.id}`)}>
          <TranslatedText value={p.title} />
        </Link>
      </p>
      <p className="mt-1 text-slate-700">{t(`hub-practices.status.${p.status}`)}</p>
      <FormAlert error={formAlertOf(result)} />
      {can.decide ? (
        <Form method="post" className="mt-4 rounded border border-slate-300 p-4" noValidate>
          <CsrfInput />
          <input type="hidden" name="intent" value="decide" />
          <input type="hidden" name="version" value={p.version} />
          <fieldset className="mb-4">
            <legend className="font-medium">{t('hub-practices.review.decision')}</legend>
            {practiceDecisions.map((d) => (
              <label key={d} className="flex items-start gap-2 py-1">
                <input
                  type="radio"
                  name="decision"
                  value={d}
                  defaultChecked={submitted(result, 'decision') === d}
                  className="mt-1"
                />
                <span>{t(`hub-practices.decision.${d}`)}</span>
              </label>
            ))}
            <ErrorList errors={result?.fieldErrors?.decision} />
          </fieldset>
          <TextArea
            label={t('hub-practices.review.message')}
            hint={t('hub-practices.review.messageHint')}
            name="message"
            rows={5}
            maxLength={PRACTICE_MESSAGE_MAX}
            defaultValue={submitted(result, 'message')}
            errors={result?.fieldErrors?.message}
          />
          <SubmitButton>{t('hub-practices.review.submit')}</SubmitButton>
        </Form>
      ) : (
        <p className="mt-4">{t('hub-practices.review.notWaiting')}</p>
      )}
      {can.promising ? (
        <Form method="post" className="mt-4 rounded border border-slate-300 p-4">
          <CsrfInput />
          <input type="hidden" name="intent" value="promising" />
          <input type="hidden" name="version" value={p.version} />
          <input type="hidden" name="promising" value={p.promising ? 'false' : 'true'} />
          <p className="mb-2">
            {t(p.promising ? 'hub-practices.review.isPromising' : 'hub-practices.review.notPromising')}
          </p>
          <SubmitButton>
            {t(p.promising ? 'hub-practices.review.unmarkPromising' : 'hub-practices.review.markPromising')}
          </SubmitButton>
        </Form>
      ) : null}
    </article>
  );
}
