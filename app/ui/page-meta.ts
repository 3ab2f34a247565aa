import type { MetaDescriptor } from 'react-router';
import { isolate } from '~/platform/i18n/bidi';
import type { I18n } from '~/platform/i18n/translator';
import type { RootData } from '~/root.server';
import { rootI18n } from './i18n';

type MatchLike = { id: string; loaderData?: unknown } | undefined;

/** The reader's translator inside a route's `meta` function, built from the root loader data. */
export function metaI18n(matches: readonly MatchLike[]): I18n | null {
  const root = matches.find((m) => m?.id === 'root')?.loaderData as RootData | undefined;
  return root ? rootI18n(root) : null;
}

/**
 * Title and description (also as OpenGraph tags) in the reader's language: `pageMeta(matches, (i18n) => ({ title, description }))`.
 * When the loader failed (e.g. 404) `build` is skipped and the error title is used.
 */
export function pageMeta(
  matches: readonly MatchLike[],
  build: ((i18n: I18n) => { title: string; description?: string }) | null,
): MetaDescriptor[] {
  const i18n = metaI18n(matches);
  if (!i18n) return [];
  const site = i18n.t('common.siteName');
  if (!build) return [{ title: `${i18n.t('errors.notFound.title')} — ${site}` }];
  const { title, description } = build(i18n);
  return [
    { title: `${isolate(title)} — ${site}` },
    ...(description ? [{ name: 'description', content: description }] : []),
    // OpenGraph for link previews (URL, type and locales: ui/seo-links.tsx).
    { property: 'og:title', content: title },
    { property: 'og:site_name', content: site },
    ...(description ? [{ property: 'og:description', content: description }] : []),
  ];
}
