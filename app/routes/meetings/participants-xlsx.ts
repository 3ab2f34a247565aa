import ExcelJS from 'exceljs';
import {
  participantCells,
  participantColumns,
  participantHeadings,
} from '~/modules/meetings/registration-export';
import type { Route } from './+types/participants-xlsx';
import { readParticipantExport } from './participants-export.server';

/**
 * The participant list as a workbook, for the organisers only: header row bold and frozen, the
 * sheet right to left in Arabic, registration days as dates. A meeting's list is small (capped by
 * maxParticipants), so the workbook is written whole.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { ctx, rows, sheetName, disposition } = await readParticipantExport(request, params);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ rightToLeft: ctx.i18n.dir === 'rtl', state: 'frozen', ySplit: 1 }],
  });
  const columns = participantColumns(ctx);
  sheet.columns = columns.map((c) => ({
    key: c.key,
    width: c.width,
    style: c.type === 'day' ? { numFmt: 'yyyy-mm-dd' } : { alignment: { wrapText: true, vertical: 'top' } },
  }));
  sheet.addRow(participantHeadings(ctx)).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      participantCells(row, ctx).map((value, i) =>
        value !== null && columns[i]!.type === 'day' ? new Date(`${value}T00:00:00Z`) : value,
      ),
    );
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Response(new Uint8Array(buffer as ArrayBuffer), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': disposition('xlsx'),
      'Cache-Control': 'no-store',
    },
  });
}
