import { useI18n } from './i18n';
import { Link } from './link';

/** A trail of links to the pages above this one; the last item is the current page. */
export function Breadcrumbs({ items }: { items: { to?: string; label: string }[] }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('reference.breadcrumbs')} className="mb-4 text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-x-2">
        {items.map((item, i) => (
          <li key={item.to ?? item.label} className="flex items-center gap-x-2">
            {i > 0 ? <span aria-hidden="true">/</span> : null}
            {item.to ? (
              <Link to={item.to}>
                <bdi>{item.label}</bdi>
              </Link>
            ) : (
              <span aria-current="page">
                <bdi>{item.label}</bdi>
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
