import { mechanismKinds } from '#db/schema/instrument-values';
import { listMechanisms } from '~/modules/instruments/mechanisms/mechanism-records.server';
import { guardPublic } from '~/permissions/guard.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/mechanisms';
import { RecordBadges } from './instrument-fields';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

/** The registry of inter-state consultation mechanisms, by kind. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const rows = await listMechanisms({ subject: viewer.subject });
  return {
    mechanisms: rows.map((m) => ({
      slug: m.slug,
      kind: m.kind,
      name: m.name,
      acronym: m.acronym,
      memberCount: m.memberStates.length,
      thematicFocus: m.thematicFocus,
      confirmation: m.confirmation,
      status: m.status,
    })),
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('instruments.mechanisms.title'),
    description: i18n.t('instruments.mechanisms.intro'),
  }));

export default function Mechanisms({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  return (
    <>
      <h1 className="text-3xl font-bold">{t('instruments.mechanisms.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('instruments.mechanisms.intro')}</p>
      <p className="mt-2">
        <Link to={href('/regional-actors')}>{t('instruments.actors.link')}</Link>
      </p>
      {mechanismKinds.map((kind) => {
        const items = loaderData.mechanisms.filter((m) => m.kind === kind);
        if (!items.length) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-8">
            <h2 id={`kind-${kind}`} className="text-xl font-bold">
              {t(`instruments.mechanismKind.${kind}`)}
            </h2>
            <ul className="mt-3 space-y-3">
              {items.map((m) => (
                <li key={m.slug} className="rounded border border-slate-200 bg-white p-3">
                  <Link to={href(`/mechanisms/${m.slug}`)} className="font-bold">
                    <TranslatedText value={m.name} />
                  </Link>
                  {m.acronym ? (
                    <span className="ms-2 text-slate-700">
                      (<bdi dir="ltr">{m.acronym}</bdi>)
                    </span>
                  ) : null}
                  <RecordBadges confirmation={m.confirmation} status={m.status} />
                  {m.thematicFocus.ar || m.thematicFocus.en ? (
                    <TranslatedText as="p" value={m.thematicFocus} className="mt-1 text-slate-700" />
                  ) : null}
                  {m.memberCount ? (
                    <p className="text-sm">{t('instruments.mechanisms.members', { count: m.memberCount })}</p>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
