import {
  type ActorAspect,
  type ActorKind,
  actorAspects,
  actorKinds,
} from '~/modules/instruments/regional-actors';
import { guardPublic } from '~/permissions/guard.server';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import type { Route } from './+types/regional-actors';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  return null;
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('instruments.actors.title'),
    description: i18n.t('instruments.actors.intro'),
  }));

/**
 * The figures the comparison's text names, given to the messages so they print in the reader's
 * digits (a catalog message carries no literal digits, decision 53).
 */
const actorFigures = {
  regionalProcesses: 17,
  interregionalForums: 12,
  participants: 200,
  reviewsSince: 2020,
  escwaStates: 20,
  agenda: 2030,
  lasStates: 22,
};

/**
 * Consultation mechanisms, UN regional commissions and political and economic unions compared on
 * the same aspects: a table on wide screens, one card per actor on narrow ones (360 px).
 */
export default function RegionalActors() {
  const { t } = useI18n();
  const href = useHref();
  const cell = (kind: ActorKind, aspect: ActorAspect) =>
    t(`instruments.actors.${kind}.${aspect}`, actorFigures);
  const aspectLabel = (aspect: ActorAspect) => t(`instruments.actors.aspect.${aspect}`);
  const kindLabel = (kind: ActorKind) => t(`instruments.actors.kind.${kind}`);
  return (
    <>
      <h1 className="text-3xl font-bold">{t('instruments.actors.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('instruments.actors.intro')}</p>
      <p className="mt-2 flex flex-wrap gap-4">
        <Link to={href('/mechanisms')}>{t('instruments.mechanisms.title')}</Link>
        <Link to={href('/networks')}>{t('instruments.networks.title')}</Link>
      </p>
      <div className="mt-6 hidden overflow-x-auto lg:block">
        <table className="w-full border-collapse text-start align-top">
          <caption className="sr-only">{t('instruments.actors.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="border border-slate-300 bg-slate-100 p-2 text-start">
                {t('instruments.actors.aspectHeading')}
              </th>
              {actorKinds.map((kind) => (
                <th key={kind} scope="col" className="border border-slate-300 bg-slate-100 p-2 text-start">
                  {kindLabel(kind)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {actorAspects.map((aspect) => (
              <tr key={aspect}>
                <th scope="row" className="border border-slate-300 p-2 text-start align-top">
                  {aspectLabel(aspect)}
                </th>
                {actorKinds.map((kind) => (
                  <td key={kind} className="border border-slate-300 p-2 align-top">
                    {cell(kind, aspect)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mt-6 space-y-6 lg:hidden">
        {actorKinds.map((kind) => (
          <section
            key={kind}
            aria-labelledby={`actor-${kind}`}
            className="rounded border border-slate-200 bg-white p-4"
          >
            <h2 id={`actor-${kind}`} className="text-xl font-bold">
              {kindLabel(kind)}
            </h2>
            <dl className="mt-2 space-y-2">
              {actorAspects.map((aspect) => (
                <div key={aspect}>
                  <dt className="font-medium">{aspectLabel(aspect)}</dt>
                  <dd>{cell(kind, aspect)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="mt-6 text-sm text-slate-600">{t('instruments.actors.source')}</p>
    </>
  );
}
