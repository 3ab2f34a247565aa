import fs from 'node:fs';
import path from 'node:path';
import type { IndicatorDisaggregations, IndicatorUnit } from '#db/schema/indicator-values';
import { indicators } from '#db/schema/indicators';
import { syncContent } from '~/modules/content/sync-content.server';
import type { DbOrTx } from '~/platform/db.server';
import { indicatorContent } from './indicator-content.server';

interface IndicatorFile {
  source: string;
  indicators: {
    code: string;
    name_en: string;
    name_ar: string;
    objectives: number[];
    sdg_indicator: string | null;
    unit: IndicatorUnit;
    disaggregations: IndicatorDisaggregations;
    source_en: string;
    source_ar: string;
  }[];
}

/** The provisional catalogue of data/reference/gcm-indicators.json, as rows. */
export function indicatorCatalogueRows() {
  const file = JSON.parse(
    fs.readFileSync(path.resolve(process.cwd(), 'data/reference/gcm-indicators.json'), 'utf8'),
  ) as IndicatorFile;
  return file.indicators.map((i, position) => ({
    code: i.code,
    name: { ar: i.name_ar, en: i.name_en },
    objectives: i.objectives,
    sdgIndicator: i.sdg_indicator,
    unit: i.unit,
    disaggregations: i.disaggregations,
    source: { ar: i.source_ar, en: i.source_en },
    provisional: true,
    position: position + 1,
  }));
}

/**
 * Adds the catalogue's indicators the database does not have yet (by code) and indexes them; an
 * indicator the secretariat edited keeps its edit. One small insert, run on every start after the
 * reference seed (server/open-platform.ts) and in the tests' template database.
 */
export async function seedIndicatorCatalogue(db: DbOrTx): Promise<number> {
  return db.transaction(async (tx) => {
    const added = await tx
      .insert(indicators)
      .values(indicatorCatalogueRows())
      .onConflictDoNothing()
      .returning({ id: indicators.id });
    await syncContent(
      tx,
      indicatorContent,
      added.map((r) => r.id),
    );
    return added.length;
  });
}
