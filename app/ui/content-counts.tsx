import { type ContentTypeKey, contentTypeKeys } from '~/modules/content/content-type-keys';
import { useI18n } from './i18n';

/**
 * The public counts of a framework page (objective, principle, country, region): every content type
 * of the registry with its number, as countPublicContent answers them, and how they are defined.
 * Labels come from the `content` catalog by registered key, never from a key built elsewhere.
 */
export function ContentCounts({
  counts,
  headingId,
  heading,
}: {
  counts: { total: number; byType: Record<ContentTypeKey, number> };
  headingId: string;
  heading?: string;
}) {
  const { t, number } = useI18n();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-xl font-bold">
        {heading ?? t('content.counts.title')}
      </h2>
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {contentTypeKeys.map((type) => (
          <div key={type} className="contents">
            <dt>{t(`content.type.${type}.other`)}</dt>
            <dd className="font-bold">{number(counts.byType[type])}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-sm text-slate-600">{t('content.counts.total', { count: counts.total })}</p>
      <p className="mt-1 text-sm text-slate-600">{t('content.counts.definition')}</p>
    </section>
  );
}
