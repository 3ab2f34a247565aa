import { data, Form, Link, redirect } from 'react-router';
import { z } from 'zod';
import { publicBaseUrl } from '~/modules/accounts/links.server';
import { confirmPartnership } from '~/modules/pledges/confirm-partnership.server';
import { declinePartnership } from '~/modules/pledges/decline-partnership.server';
import { listPartnerships } from '~/modules/pledges/list-partnerships.server';
import { guardSignedIn } from '~/permissions/guard.server';
import { attemptForm, parseForm, readForm } from '~/platform/forms.server';
import { CsrfInput, FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/partnerships';

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('pledges-support.partnerships.title') }));

const notices = ['confirmed', 'declined'] as const;

const partnershipForm = z.object({
  intent: z.enum(['confirm', 'decline']),
  pledgeId: z.uuid(),
  partnerId: z.uuid(),
});

/**
 * Pledges that name the viewer's organisation(s) or state as a partner: each partner confirms its
 * part (or declines it before approval). Any signed-in user may open it; the list is theirs.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardSignedIn(request);
  const items = await listPartnerships({ subject: viewer.subject });
  const notice = new URL(request.url).searchParams.get('notice');
  return {
    items: items.map((i) => ({ ...i, confirmedAt: i.confirmedAt?.toISOString() ?? null })),
    notice: notices.find((n) => n === notice) ?? null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const viewer = await guardSignedIn(request);
  const form = await readForm(request, context);
  const parsed = parseForm(form, partnershipForm);
  if (!parsed.ok) throw data({ code: 'badForm' }, { status: 400 });
  const { intent, pledgeId, partnerId } = parsed.data;
  const done = await attemptForm(form, () =>
    intent === 'confirm'
      ? confirmPartnership({ subject: viewer.subject, pledgeId, partnerId, requestId: context.requestId })
      : declinePartnership({
          subject: viewer.subject,
          pledgeId,
          partnerId,
          baseUrl: publicBaseUrl(),
          requestId: context.requestId,
        }),
  );
  if (!done.ok) return done.response;
  return redirect(
    `/${langOf(params)}/pledges/partnerships?notice=${intent === 'confirm' ? 'confirmed' : 'declined'}`,
  );
}

export default function Partnerships({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const href = useHref();
  const { items, notice } = loaderData;
  const result = submission(actionData);
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`pledges-support.partnerships.${key}`, values);
  return (
    <article aria-labelledby="page-title" className="mx-auto max-w-5xl">
      {notice ? <FormAlert tone="success">{tt(`notice.${notice}`)}</FormAlert> : null}
      <FormAlert error={result?.formError} />
      <p>
        <Link to={href('/pledges/mine')}>{t('pledges-support.backToMine')}</Link>
      </p>
      <h1 id="page-title" className="mt-2 mb-2 text-2xl font-bold">
        {tt('title')}
      </h1>
      <p className="mb-6 text-slate-700">{tt('intro')}</p>
      {items.length ? (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse bg-white text-start">
            <caption className="sr-only">{tt('title')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                {(['pledge', 'pledger', 'partner', 'status', 'answer'] as const).map((col) => (
                  <th key={col} scope="col" className="p-2 text-start">
                    {tt(`col.${col}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.partnerId} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 text-start font-normal">
                    <Link to={href(`/pledges/${item.pledgeId}`)}>
                      <TranslatedText value={item.title} />
                    </Link>
                  </th>
                  <td className="p-2">
                    <TranslatedText value={item.pledger} />
                  </td>
                  <td className="p-2">
                    <TranslatedText value={item.partner} />
                  </td>
                  <td className="p-2">{t(`pledges-form.status.${item.status}`)}</td>
                  <td className="p-2">
                    {item.confirmedAt ? (
                      tt('confirmedOn', { date: date(item.confirmedAt, { dateStyle: 'medium' }) })
                    ) : (
                      <div className="flex flex-wrap gap-2">
                        {item.canConfirm ? <AnswerForm item={item} intent="confirm" /> : null}
                        {item.canDecline ? <AnswerForm item={item} intent="decline" /> : null}
                        {!item.canConfirm && !item.canDecline ? tt('noAction') : null}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{tt('empty')}</p>
      )}
    </article>
  );
}

const answerButton = {
  confirm: 'rounded bg-brand-700 px-3 py-1 text-white',
  decline: 'rounded border border-red-800 px-3 py-1 text-red-800',
} as const;

/** One partner's answer (confirm or decline) to one pledge, as its own no-JS form. */
function AnswerForm({
  item,
  intent,
}: {
  item: Route.ComponentProps['loaderData']['items'][number];
  intent: keyof typeof answerButton;
}) {
  const { t } = useI18n();
  return (
    <Form method="post">
      <CsrfInput />
      <input type="hidden" name="pledgeId" value={item.pledgeId} />
      <input type="hidden" name="partnerId" value={item.partnerId} />
      <button type="submit" name="intent" value={intent} className={answerButton[intent]}>
        {t(`pledges-support.partnerships.${intent}`)}
        <span className="sr-only">
          {' '}
          <TranslatedText value={item.title} />
        </span>
      </button>
    </Form>
  );
}
