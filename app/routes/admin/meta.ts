import { createI18n } from '~/platform/i18n/translator';
import type { RootData } from '~/root';

type MetaMatch = { id: string; loaderData?: unknown; data?: unknown } | undefined;

/** A translated <title> for an administration page: "<page> · <site>". */
export function adminTitle(matches: readonly MetaMatch[], key: string) {
  const rootMatch = matches.find((m) => m?.id === 'root');
  const root = (rootMatch?.loaderData ?? rootMatch?.data) as RootData | undefined;
  if (!root) return [];
  const i18n = createI18n(root.locale, root.digits, root.messages);
  return [{ title: i18n.t('admin.pageTitle', { page: i18n.t(key), site: i18n.t('common.siteName') }) }];
}
