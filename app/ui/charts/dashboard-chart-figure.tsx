import type { ReactNode } from 'react';

/**
 * One dashboard chart: a figure with its caption, the chart, the same data as a table (in a
 * disclosure that works without script) and a link to the data as CSV.
 */
export function DashboardChartFigure({
  id,
  caption,
  note,
  chart,
  tableLabel,
  table,
  csvHref,
  csvLabel,
}: {
  id: string;
  caption: string;
  note?: ReactNode;
  chart: ReactNode;
  tableLabel: string;
  table: ReactNode;
  csvHref: string;
  csvLabel: string;
}) {
  return (
    <figure id={id} aria-labelledby={`${id}-caption`} className="rounded border border-slate-200 p-4">
      <figcaption id={`${id}-caption`} className="text-lg font-bold">
        {caption}
      </figcaption>
      {note ? <p className="mt-1 text-sm text-slate-600">{note}</p> : null}
      <div className="mt-3">{chart}</div>
      <details className="mt-3">
        <summary className="cursor-pointer font-medium text-brand-700">{tableLabel}</summary>
        <div className="mt-2 relative overflow-x-auto">{table}</div>
      </details>
      <p className="mt-2">
        <a href={csvHref} download className="text-sm">
          {csvLabel}
        </a>
      </p>
    </figure>
  );
}

/** A simple data table: a caption, column headings, rows of cells (the first cell heads its row). */
export function DataTable({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
}) {
  return (
    <table className="min-w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th
              key={c}
              scope="col"
              className={`border-b border-slate-300 px-2 py-1 ${i === 0 ? 'text-start' : 'text-end'}`}
            >
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-slate-100">
            {columns.map((column, i) =>
              i === 0 ? (
                <th key={column} scope="row" className="px-2 py-1 text-start font-normal">
                  {row.cells[i]}
                </th>
              ) : (
                <td key={column} className="px-2 py-1 text-end tabular-nums">
                  {row.cells[i]}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
