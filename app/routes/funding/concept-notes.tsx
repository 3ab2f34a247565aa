import { Link } from 'react-router';
import { mayOpenConceptNoteForm } from '~/modules/funding/funding-policy';
import { listConceptNotes } from '~/modules/funding/list-concept-notes.server';
import { guardPublic } from '~/permissions/guard.server';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/concept-notes';
import { fundingNames } from './funding-names.server';

/** The pipeline as this reader may see it: published notes for all, more for the fund's insiders and the submitting state. */
export async function loader({ request }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const [{ items }, names] = await Promise.all([
    listConceptNotes({ subject: viewer.subject, limit: 200, offset: 0 }),
    fundingNames(),
  ]);
  return {
    notes: items.map((n) => ({
      id: n.id,
      title: n.title,
      status: n.status,
      place: names.places[n.countryIso3 ?? n.regionId ?? ''] ?? {},
      budget: n.budgetRequestedUsd,
    })),
    mayPropose: mayOpenConceptNoteForm(viewer.subject),
  };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({ title: i18n.t('funding.notes.title') }));

export default function ConceptNotes({ loaderData }: Route.ComponentProps) {
  const { t, number } = useI18n();
  const href = useHref();
  return (
    <>
      <p className="mb-2">
        <Link to={href('/funding')}>{t('funding.title')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('funding.notes.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('funding.notes.intro')}</p>
      {loaderData.mayPropose ? (
        <p className="mt-3">
          <Link to={href('/funding/concept-notes/new')}>{t('funding.nav.newNote')}</Link>
        </p>
      ) : null}
      {loaderData.notes.length ? (
        <div className="mt-6 relative overflow-x-auto">
          <table className="w-full">
            <thead>
              <tr>
                {(['title', 'place', 'status', 'budget'] as const).map((c) => (
                  <th key={c} scope="col" className="border-b border-slate-300 p-2 text-start">
                    {t(`funding.notes.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {loaderData.notes.map((n) => (
                <tr key={n.id}>
                  <td className="border-b border-slate-200 p-2">
                    <Link to={href(`/funding/concept-notes/${n.id}`)}>
                      <TranslatedText value={n.title} />
                    </Link>
                  </td>
                  <td className="border-b border-slate-200 p-2">
                    <TranslatedText value={n.place} />
                  </td>
                  <td className="border-b border-slate-200 p-2">{t(`funding.status.${n.status}`)}</td>
                  <td className="border-b border-slate-200 p-2">{number(n.budget)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-6 text-slate-700">{t('funding.notes.empty')}</p>
      )}
    </>
  );
}
