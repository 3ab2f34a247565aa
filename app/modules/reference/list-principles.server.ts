import type { Translated } from '#db/schema/columns';
import { principles } from '#db/schema/reference';
import type { DbOrTx } from '~/platform/db.server';
import { getDb } from '~/platform/platform.server';

export interface PrincipleListItem {
  key: string;
  paragraph: string;
  position: number;
  name: Translated;
}

/** The ten guiding principles in the Compact's order (para 15 (a)–(j)). */
export async function listPrinciples(options: { db?: DbOrTx } = {}): Promise<PrincipleListItem[]> {
  const { db = getDb() } = options;
  return db
    .select({
      key: principles.key,
      paragraph: principles.paragraph,
      position: principles.position,
      name: principles.name,
    })
    .from(principles)
    .orderBy(principles.position);
}
