import { type CsvCell, csvBom, csvLine } from '~/platform/csv';
import type { DbOrTx } from '~/platform/db.server';
import { listDelimiter } from './dataset-fields';
import type { Dataset, DatasetValue } from './datasets.server';

export const datasetFormats = ['csv', 'jsonl'] as const;
export type DatasetFormat = (typeof datasetFormats)[number];

const csvCell = (value: DatasetValue): CsvCell =>
  typeof value === 'object' && value !== null ? value.join(listDelimiter) : value;

/**
 * A dataset whole, as a byte stream: CSV (a header of field names, then one line per row; a UTF-8
 * byte order mark first unless `bom` is false) or JSON Lines (one object per line). Each pull reads
 * one batch, so memory stays flat however large the dataset.
 */
export function streamDataset(
  dataset: Dataset,
  options: { db: DbOrTx; origin: string; format: DatasetFormat; bom?: boolean },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const names = dataset.fields.map((f) => f.name);
  let batches: AsyncGenerator<Record<string, DatasetValue>[]> | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!batches) {
        batches = dataset.batches({ db: options.db, origin: options.origin });
        if (options.format === 'csv') {
          controller.enqueue(encoder.encode(`${options.bom === false ? '' : csvBom}${csvLine(names)}`));
          return;
        }
      }
      const next = await batches.next();
      if (next.done) {
        controller.close();
        return;
      }
      const text =
        options.format === 'csv'
          ? next.value.map((row) => csvLine(names.map((n) => csvCell(row[n] ?? null)))).join('')
          : next.value.map((row) => `${JSON.stringify(row)}\n`).join('');
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await batches?.return(undefined);
    },
  });
}
