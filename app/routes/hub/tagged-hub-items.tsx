import type { ContentTypeKey } from '~/modules/content/content-type-keys';
import type { TaggedHubItem, TaggedHubType } from '~/modules/hub/tagged-hub-items.server';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { TranslatedText } from '~/ui/translated-text';

const listPath: Record<TaggedHubType, string> = {
  hub_resource: '/hub/resources',
  hub_practice: '/hub/practices',
  hub_expert: '/hub/experts',
  discussion: '/hub/discussions',
};
/** The lists that take the page's filter (discussions are listed by space, unfiltered). */
const filtered: Record<TaggedHubType, readonly string[]> = {
  hub_resource: ['objective', 'principle', 'country'],
  hub_practice: ['objective', 'principle', 'country'],
  hub_expert: ['objective', 'country'],
  discussion: [],
};

/**
 * "From the Hub" on an objective, principle or country page: the newest public resources,
 * practices, experts and discussions tagged with it, and a link to each filtered list.
 */
export function TaggedHubItems({
  items,
  counts,
  filter,
  headingId,
}: {
  items: Record<TaggedHubType, TaggedHubItem[]>;
  counts: Record<ContentTypeKey, number>;
  filter: { name: 'objective' | 'principle' | 'country'; value: string };
  headingId: string;
}) {
  const { t } = useI18n();
  const href = useHref();
  const kinds = (Object.keys(items) as TaggedHubType[]).filter((type) => items[type].length);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-xl font-bold">
        {t('hub.tagged.title')}
      </h2>
      {kinds.length ? (
        <div className="mt-2 grid gap-6 sm:grid-cols-2">
          {kinds.map((type) => {
            const query = filtered[type].includes(filter.name)
              ? `?${filter.name}=${encodeURIComponent(filter.value)}`
              : '';
            return (
              <section key={type} aria-labelledby={`${headingId}-${type}`}>
                <h3 id={`${headingId}-${type}`} className="font-bold">
                  {t(`content.type.${type}.other`)}
                </h3>
                <ul className="mt-1 list-disc space-y-1 ps-5">
                  {items[type].map((item) => (
                    <li key={item.id}>
                      <Link to={href(item.path)}>
                        <TranslatedText value={item.title} />
                      </Link>
                    </li>
                  ))}
                </ul>
                <p className="mt-1 text-sm">
                  <Link to={`${href(listPath[type])}${query}`}>
                    {t('hub.tagged.seeAll', { count: counts[type] })}
                  </Link>
                </p>
              </section>
            );
          })}
        </div>
      ) : (
        <p className="mt-2">
          {t('hub.tagged.none')} <Link to={href('/hub')}>{t('hub.tagged.browse')}</Link>
        </p>
      )}
    </section>
  );
}
