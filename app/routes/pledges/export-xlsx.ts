import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import ExcelJS from 'exceljs';
import {
  type PledgeExportCell,
  type PledgeExportCellType,
  pledgeExportCells,
  pledgeExportColumns,
  pledgeExportHeadings,
} from '~/modules/pledges/pledge-export';
import { pledgeExportChunks } from '~/modules/pledges/pledge-export.server';
import type { Route } from './+types/export-xlsx';
import { readPledgeExportRequest } from './export-request.server';

/** A cell as the workbook types it: ISO days as dates, amounts as numbers. */
function typed(value: PledgeExportCell, type: PledgeExportCellType): string | number | Date | null {
  if (value === null || value === '') return null;
  if (type === 'day' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

/**
 * The registry as the reader downloads it, as a workbook (`/{lang}/pledges/export.xlsx`): the
 * columns of the CSV (pledge-export.ts), header row bold and frozen, the sheet right to left in
 * Arabic, amounts as numbers, dates as dates, lists wrapped one item per line. Written with
 * exceljs's streaming writer while the rows are read in chunks, so it is never held whole.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { filters, ctx, today, disposition } = await readPledgeExportRequest(request, params.lang);
  const { i18n } = ctx;

  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(i18n.t('pledges-registry.export.sheet'), {
    views: [{ rightToLeft: i18n.dir === 'rtl', state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = pledgeExportColumns.map((column) => ({
    key: column.key,
    width: column.width,
    style:
      column.type === 'day'
        ? { numFmt: 'yyyy-mm-dd' }
        : column.type === 'lines' || column.key === 'description'
          ? { alignment: { wrapText: true, vertical: 'top' } }
          : {},
  }));
  const head = sheet.addRow(pledgeExportHeadings(i18n));
  head.font = { bold: true };
  head.commit();

  const write = async () => {
    for await (const chunk of pledgeExportChunks({ filters, today })) {
      for (const row of chunk) {
        const cells = pledgeExportCells(row, ctx);
        sheet.addRow(cells.map((value, i) => typed(value, pledgeExportColumns[i]!.type))).commit();
      }
      // Let a slow reader catch up before the next chunk.
      if (out.writableNeedDrain) await once(out, 'drain');
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error as Error));

  return new Response(Readable.toWeb(out) as unknown as WebReadableStream<Uint8Array> as ReadableStream, {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': disposition('xlsx'),
      'Cache-Control': 'no-store',
    },
  });
}
