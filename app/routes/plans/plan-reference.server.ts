import type { Translated } from '#db/schema/columns';
import { listObjectives } from '~/modules/reference/list-objectives.server';
import { listPrinciples } from '~/modules/reference/list-principles.server';
import { listRegions } from '~/modules/reference/list-regions.server';
import { cachedReference } from '~/modules/reference/reference-cache.server';

export interface Named<K = string> {
  key: K;
  name: Translated;
}

/** The names the plan pages show objectives, principles and regions by (cached 60 s like all reference reads). */
export function planReference() {
  return cachedReference('plans:reference', async () => {
    const [objectives, principles, regions] = await Promise.all([
      listObjectives({ withTitle: false }),
      listPrinciples(),
      listRegions(),
    ]);
    return {
      objectives: objectives.items.map((o): Named<number> => ({ key: o.number, name: o.shortLabel })),
      principles: principles.map((p): Named => ({ key: p.key, name: p.name })),
      regions: regions.map((r): Named => ({ key: r.id, name: r.name })),
    };
  });
}

export type PlanReference = Awaited<ReturnType<typeof planReference>>;
