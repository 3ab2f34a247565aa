import { pageMeta } from '~/ui/page-meta';

type MetaMatch = { id: string; loaderData?: unknown } | undefined;

/** A translated <title> for an administration page. */
export function adminTitle(matches: readonly MetaMatch[], key: string) {
  return pageMeta(matches, (i18n) => ({ title: i18n.t(key) }));
}
