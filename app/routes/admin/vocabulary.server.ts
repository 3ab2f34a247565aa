import type { Translated } from '#db/schema/columns';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { listPrinciples } from '~/modules/reference/list-principles.server';
import { cachedReference } from '~/modules/reference/reference-cache.server';

/** The objectives and principles a vocabulary term may name, with their names (cached like all reference reads). */
export function vocabularyReference() {
  return cachedReference('admin:vocabulary:reference', async () => {
    const [objectives, principles] = await Promise.all([
      listObjectives({ withTitle: false }),
      listPrinciples(),
    ]);
    return {
      objectives: objectives.items.map((o) => ({ key: o.number, name: o.shortLabel as Translated })),
      principles: principles.map((p) => ({ key: p.key, name: p.name as Translated })),
    };
  });
}

export type VocabularyReference = Awaited<ReturnType<typeof vocabularyReference>>;
