import { Link } from 'react-router';
import { listVocabularyEntries } from '~/modules/search/vocabulary/list-vocabulary-entries.server';
import { guard } from '~/permissions/guard.server';
import { BackToAdmin } from '~/ui/admin-back-link';
import { FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import type { Route } from './+types/vocabulary';
import { adminTitle } from './meta';
import { vocabularyReference } from './vocabulary.server';

const notices = ['added', 'saved', 'removed'] as const;
type Notice = (typeof notices)[number];

/** The bilingual GCM vocabulary search reads ("also searched"): a secretariat lists, adds, edits and removes terms. */
export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'reference.edit');
  const url = new URL(request.url);
  const notice = url.searchParams.get('notice');
  const [entries, reference] = await Promise.all([listVocabularyEntries(), vocabularyReference()]);
  return {
    entries,
    reference,
    notice: (notices as readonly string[]).includes(notice ?? '') ? (notice as Notice) : null,
    key: url.searchParams.get('key')?.slice(0, 60) ?? '',
  };
}

export const meta: Route.MetaFunction = ({ matches }) => adminTitle(matches, 'admin.vocabulary.title');

export default function AdminVocabulary({ loaderData }: Route.ComponentProps) {
  const { t, number, pick, list } = useI18n();
  const href = useHref();
  const { entries, reference, notice, key } = loaderData;
  const principleName = new Map(reference.principles.map((p) => [p.key, p.name]));
  return (
    <>
      <BackToAdmin />
      <h1 className="text-3xl font-bold">{t('admin.vocabulary.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('admin.vocabulary.intro')}</p>
      {notice ? (
        <div className="mt-4">
          <FormAlert tone="success">{t(`admin.vocabulary.notice.${notice}`, { key })}</FormAlert>
        </div>
      ) : null}
      <p className="mt-4">
        <Link
          to={href('/admin/vocabulary/new')}
          className="inline-block rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800"
        >
          {t('admin.vocabulary.add')}
        </Link>
      </p>
      <p className="mt-4 text-sm text-slate-700">{t('admin.vocabulary.count', { count: entries.length })}</p>
      <div className="relative mt-2 overflow-x-auto">
        <table className="w-full border-collapse bg-white">
          <caption className="sr-only">{t('admin.vocabulary.title')}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2 text-start">
                {t('admin.vocabulary.key')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('admin.vocabulary.termsAr')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('admin.vocabulary.termsEn')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('admin.vocabulary.tags')}
              </th>
              <th scope="col" className="p-2 text-start">
                <span className="sr-only">{t('admin.vocabulary.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.key} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-start align-top font-normal">
                  <bdi dir="ltr">{e.key}</bdi>
                </th>
                <td className="p-2 align-top" lang="ar" dir="rtl">
                  {e.ar.join('، ')}
                </td>
                <td className="p-2 align-top" lang="en" dir="ltr">
                  {e.en.join(', ')}
                </td>
                <td className="p-2 align-top text-sm">
                  {list([
                    ...e.objectives.map((o) => t('admin.vocabulary.objectiveShort', { number: number(o) })),
                    ...e.principles.map((p) => pick(principleName.get(p)).text || p),
                  ])}
                </td>
                <td className="p-2 align-top">
                  <Link to={href(`/admin/vocabulary/${encodeURIComponent(e.key)}`)}>
                    {t('admin.vocabulary.edit')}
                    <span className="sr-only" data-verbatim>
                      {' '}
                      {e.key}
                    </span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
