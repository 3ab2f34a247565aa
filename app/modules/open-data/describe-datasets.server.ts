import { readContentStamp } from '~/modules/content/content-stamp.server';
import { type DbOrTx, readTogether } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import type { Locale } from '~/platform/i18n/locales';
import { countDatasetRows, type Dataset, datasets } from './datasets.server';

export interface DatasetDescription {
  key: string;
  kind: Dataset['kind'];
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  rows: number;
  /** When public data last changed: the files are built on request, so they are this fresh. */
  updatedAt: string;
  downloads: { csv: string; jsonl: string };
  /** The Frictionless Table Schema, per language. */
  schema: Record<Locale, string>;
  /** The readable data dictionary, per language. */
  page: Record<Locale, string>;
}

const locales: Locale[] = ['ar', 'en'];

function textOf(dataset: Dataset, locale: Locale, what: 'title' | 'description'): string {
  const i18n = serverI18n(locale);
  if (dataset.kind === 'reference') return i18n.t(`open-data.dataset.${dataset.key}.${what}`);
  const typeLabel = i18n.t(`content.type.${dataset.key}.other`);
  return what === 'title' ? typeLabel : i18n.t('open-data.dataset.content.description', { type: typeLabel });
}

export function describeDataset(
  dataset: Dataset,
  options: { origin: string; rows: number; updatedAt: Date },
): DatasetDescription {
  const base = `${options.origin}/api/v1/datasets/${dataset.key}`;
  const byLocale = (f: (l: Locale) => string) =>
    Object.fromEntries(locales.map((l) => [l, f(l)])) as Record<Locale, string>;
  return {
    key: dataset.key,
    kind: dataset.kind,
    title: byLocale((l) => textOf(dataset, l, 'title')),
    description: byLocale((l) => textOf(dataset, l, 'description')),
    rows: options.rows,
    updatedAt: options.updatedAt.toISOString(),
    downloads: { csv: `${base}.csv`, jsonl: `${base}.jsonl` },
    schema: byLocale((l) => `${base}/schema.json?lang=${l}`),
    page: byLocale((l) => `${options.origin}/${l}/open-data/${dataset.key}`),
  };
}

/** Every public dataset with its current size and links (the API list and the open-data page). */
export async function describeDatasets(options: {
  db: DbOrTx;
  origin: string;
}): Promise<DatasetDescription[]> {
  const [rows, stamp] = await readTogether(options.db, [
    () => countDatasetRows(options.db),
    () => readContentStamp(options.db),
  ]);
  return datasets.map((d) =>
    describeDataset(d, { origin: options.origin, rows: rows[d.key] ?? 0, updatedAt: stamp.changedAt }),
  );
}
