import { Link, useLocation } from 'react-router';
import { useI18n } from './i18n';

/** Previous / next links that keep the current filters; plain links, so they work without JavaScript. */
export function AdminPagination({
  page,
  pageSize,
  total,
}: {
  page: number;
  pageSize: number;
  total: number;
}) {
  const { t } = useI18n();
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page <= 1) return null;
  const linkTo = (target: number) => {
    const params = new URLSearchParams(location.search);
    if (target <= 1) params.delete('page');
    else params.set('page', String(target));
    const search = params.toString();
    return `${location.pathname}${search ? `?${search}` : ''}`;
  };
  return (
    <nav aria-label={t('admin.pagination.label')} className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link
          to={linkTo(Math.min(page - 1, pages))}
          rel="prev"
          className="rounded border border-slate-300 px-3 py-1"
        >
          {t('common.previous')}
        </Link>
      ) : null}
      <p className="text-sm text-slate-700">{t('admin.pagination.status', { page, pages })}</p>
      {page < pages ? (
        <Link to={linkTo(page + 1)} rel="next" className="rounded border border-slate-300 px-3 py-1">
          {t('common.next')}
        </Link>
      ) : null}
    </nav>
  );
}
