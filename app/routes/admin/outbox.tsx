import { guard } from '~/permissions/guard.server';
import { getPlatform } from '~/platform/platform.server';
import { BackToAdmin } from '~/ui/admin-back-link';
import { FormAlert } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';
import type { Route } from './+types/outbox';
import { adminTitle } from './meta';

/** The newest messages only: the outbox folder is a development and small-deployment sink. */
const outboxLimit = 100;

export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'outbox.read');
  const { mailer } = getPlatform();
  const messages = mailer.kind === 'outbox' ? await mailer.listOutbox() : [];
  return { kind: mailer.kind, total: messages.length, messages: messages.slice(0, outboxLimit) };
}

export const meta: Route.MetaFunction = ({ matches }) => adminTitle(matches, 'admin.outbox.title');

export default function AdminOutbox({ loaderData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const { kind, total, messages } = loaderData;
  return (
    <section aria-labelledby="outbox-title">
      <BackToAdmin />
      <h1 id="outbox-title" className="text-3xl font-bold">
        {t('admin.outbox.title')}
      </h1>
      {kind === 'smtp' ? (
        <FormAlert tone="info">{t('admin.outbox.smtp')}</FormAlert>
      ) : (
        <>
          <p className="mt-2 text-slate-700">{t('admin.outbox.intro')}</p>
          <p className="mt-2 text-sm text-slate-700">
            {total > 0
              ? t('admin.outbox.count', { count: total, shown: messages.length })
              : t('admin.outbox.none')}
          </p>
          <ol className="mt-4 space-y-4">
            {messages.map((m) => (
              <li key={m.id} className="rounded border border-slate-200 bg-white p-4">
                <h2 className="text-lg font-semibold">
                  <bdi>{m.subject}</bdi>
                </h2>
                <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 text-sm">
                  <dt className="font-medium">{t('admin.outbox.to')}</dt>
                  <dd>
                    <bdi dir="ltr">{m.to}</bdi>
                  </dd>
                  <dt className="font-medium">{t('admin.outbox.date')}</dt>
                  <dd>
                    <time dateTime={m.at}>
                      {date(m.at, { dateStyle: 'medium', timeStyle: 'long', timeZone: 'UTC' })}
                    </time>
                  </dd>
                </dl>
                <pre
                  dir="auto"
                  className="mt-3 relative overflow-x-auto whitespace-pre-wrap rounded bg-slate-50 p-3 text-sm"
                >
                  {m.text}
                </pre>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
