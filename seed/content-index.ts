import { contentTypeRegistry, contentTypes } from '~/content-types.server';
import type { ContentTypeKey } from '~/modules/content/content-type-keys';
import { rebuildContentType } from '~/modules/content/reindex.server';
import type { DbOrTx } from '~/platform/db.server';

/**
 * Brings the content index in line after writes that went straight to the tables (the sample data
 * set, test set-ups) rather than through the domain operations, which sync it themselves.
 */
export async function rebuildContentIndex(db: DbOrTx, keys?: readonly ContentTypeKey[]): Promise<void> {
  for (const type of keys ? keys.map((k) => contentTypeRegistry[k]) : contentTypes) {
    await rebuildContentType(db, type);
  }
}
