import { Link } from 'react-router';
import { listReferenceItems } from '~/modules/reference/list-reference-items.server';
import {
  isReferenceKind,
  labelFields,
  type ReferenceKind,
  referenceKinds,
} from '~/modules/reference/reference-kinds';
import { guard } from '~/permissions/guard.server';
import { FormAlert } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { StatusBadge } from '~/ui/status-badge';
import type { Route } from './+types/reference';

export async function loader({ request }: Route.LoaderArgs) {
  await guard(request, 'reference.edit');
  const url = new URL(request.url);
  const rawKind = url.searchParams.get('kind');
  const kind: ReferenceKind = isReferenceKind(rawKind) ? rawKind : 'objective';
  const items = await listReferenceItems({ kind });
  return { kind, items, saved: url.searchParams.get('saved')?.slice(0, 64) ?? null };
}

export const meta: Route.MetaFunction = ({ matches }) =>
  pageMeta(matches, (i18n) => ({
    title: i18n.t('reference.admin.title'),
    description: i18n.t('reference.admin.intro'),
  }));

export default function AdminReference({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const href = useHref();
  const { kind, items, saved } = loaderData;
  const fields = labelFields[kind];
  return (
    <>
      <h1 className="text-3xl font-bold">{t('reference.admin.title')}</h1>
      <p className="mt-3 max-w-3xl">{t('reference.admin.intro')}</p>
      {saved ? (
        <div className="mt-4">
          <FormAlert tone="success">{t('reference.admin.saved', { id: saved })}</FormAlert>
        </div>
      ) : null}
      <nav aria-label={t('reference.admin.kinds')} className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {referenceKinds.map((k) => (
            <li key={k}>
              <Link
                to={`${href('/admin/reference')}?kind=${k}`}
                aria-current={k === kind ? 'page' : undefined}
                className={`inline-block rounded border px-3 py-1 no-underline ${k === kind ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-800'}`}
              >
                {t(`reference.kind.${k}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-4 relative overflow-x-auto">
        <table className="w-full border-collapse bg-white">
          <caption className="sr-only">{t(`reference.kind.${kind}`)}</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="p-2 text-start">
                {t('reference.admin.id')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('reference.admin.label')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('reference.admin.arabic')}
              </th>
              <th scope="col" className="p-2 text-start">
                {t('reference.admin.english')}
              </th>
              <th scope="col" className="p-2 text-start">
                <span className="sr-only">{t('reference.admin.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) =>
              fields.map((field, i) => (
                <tr
                  key={`${item.id}-${field}`}
                  className={i === fields.length - 1 ? 'border-b border-slate-200' : ''}
                >
                  {i === 0 ? (
                    <th scope="row" rowSpan={fields.length} className="p-2 text-start align-top font-normal">
                      <bdi dir="ltr">{item.id}</bdi>
                    </th>
                  ) : null}
                  <td className="p-2 align-top text-sm text-slate-600">{t(`reference.field.${field}`)}</td>
                  {(['ar', 'en'] as const).map((lang) => (
                    <td key={lang} className="p-2 align-top">
                      <bdi lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'}>
                        {item.labels[field]?.[lang] ?? ''}
                      </bdi>
                      <div className="mt-1 flex flex-wrap gap-1">
                        <StatusBadge note={item.status[`${field}.${lang}`]} />
                        {item.editedFields.includes(`${field}.${lang}`) ? (
                          <small className="rounded bg-sky-100 px-1.5 py-0.5 text-xs text-sky-900">
                            {t('reference.admin.edited')}
                          </small>
                        ) : null}
                      </div>
                    </td>
                  ))}
                  {i === 0 ? (
                    <td rowSpan={fields.length} className="p-2 align-top">
                      <Link to={href(`/admin/reference/${kind}/${encodeURIComponent(item.id)}`)}>
                        {t('reference.admin.edit')}
                        <span className="sr-only" data-verbatim>
                          {' '}
                          {item.id}
                        </span>
                      </Link>
                    </td>
                  ) : null}
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
