import { once } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import ExcelJS from 'exceljs';
import { filterError } from '~/modules/api/filter-error';
import {
  listPledges,
  loadPledgeFilterChoices,
  type PledgeCursor,
  type PledgeListItem,
  parsePledgeFilters,
} from '~/modules/pledges/list-pledges.server';
import { csvHeader, csvRowOf } from '~/modules/pledges/pledge-presenter';
import { guardPublic } from '~/permissions/guard.server';
import { contentDisposition } from '~/platform/http/content-disposition';
import type { Route } from './+types/pledges-xlsx';

const chunkSize = 500;
/** The same cap as the CSV export. */
const maxRows = 50_000;
type Column = (typeof csvHeader)[number];
const dayColumns = new Set<Column>(['start_date', 'end_date', 'last_progress_on']);
const widths: Partial<Record<Column, number>> = {
  id: 38,
  title_ar: 50,
  title_en: 50,
  pledger_name_ar: 32,
  pledger_name_en: 32,
  published_at: 18,
};

/** The CSV row with types a spreadsheet understands: amounts as numbers, dates as dates. */
function typedRow(item: PledgeListItem): (string | number | boolean | Date | null)[] {
  return csvRowOf(item).map((value, i) => {
    const column = csvHeader[i]!;
    if (value === null || value === '') return null;
    if (dayColumns.has(column) && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
    if (column === 'published_at' && typeof value === 'string') return new Date(value);
    return value;
  });
}

/**
 * The registry as an XLSX workbook: the same filters and columns as the CSV export, header row bold
 * and frozen, right-to-left sheet with ?lang=ar, amounts as numbers and dates as dates. Written with
 * exceljs's streaming writer while the rows are read in chunks (keyset paging in the default order),
 * so a 50,000-row export is never held whole.
 */
export async function loader({ request }: Route.LoaderArgs) {
  await guardPublic(request);
  const url = new URL(request.url);
  const parsed = parsePledgeFilters(url.searchParams, await loadPledgeFilterChoices());
  if (!parsed.ok) throw filterError(parsed.field, parsed.allowed);
  const filters = { sort: 'oldest' as const, ...parsed.filters };
  const rtl = url.searchParams.get('lang') === 'ar';
  const today = new Date();

  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(rtl ? 'التعهدات' : 'Pledges', {
    views: [{ rightToLeft: rtl, state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = csvHeader.map((key) => ({
    key,
    width: widths[key] ?? 16,
    style: dayColumns.has(key)
      ? { numFmt: 'yyyy-mm-dd' }
      : key === 'published_at'
        ? { numFmt: 'yyyy-mm-dd hh:mm' }
        : {},
  }));
  const head = sheet.addRow([...csvHeader]);
  head.font = { bold: true };
  head.commit();

  const write = async () => {
    let written = 0;
    let offset = 0;
    let after: PledgeCursor | undefined;
    for (;;) {
      const { items, next } = await listPledges({
        filters,
        limit: Math.min(chunkSize, maxRows - written),
        offset,
        after: filters.sort === 'oldest' ? after : undefined,
        today,
        count: false,
      });
      for (const item of items) sheet.addRow(typedRow(item)).commit();
      written += items.length;
      offset += items.length;
      after = next ?? undefined;
      if (items.length < chunkSize || written >= maxRows) break;
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
      'Content-Disposition': contentDisposition('pledges.xlsx'),
      'Cache-Control': 'public, max-age=60',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
