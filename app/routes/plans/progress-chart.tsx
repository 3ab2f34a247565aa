/**
 * Average progress per objective as a horizontal bar chart on a fixed 0–100 % scale, drawn as
 * plain SVG on the server (no script). Bars grow from the start side of the reading direction.
 * Labels and values arrive translated and formatted; rows without data show their text only.
 */
export interface ProgressRow {
  key: string;
  label: string;
  /** 0–100, or null when there is nothing to draw. */
  percent: number | null;
  valueText: string;
}

const WIDTH = 640;
const ROW = 24;
const BAR = 16;
const GAP = 8;
const VALUE_SPACE = 120;
const LABEL_WIDTH = 230;

export function ObjectiveProgressChart({
  rows,
  dir,
  label,
}: {
  rows: ProgressRow[];
  dir: 'rtl' | 'ltr';
  /** The accessible summary of the chart (role="img"). */
  label: string;
}) {
  const plot = WIDTH - LABEL_WIDTH - GAP - VALUE_SPACE;
  const height = rows.length * ROW + 8;
  const x = (fromStart: number) => (dir === 'rtl' ? WIDTH - fromStart : fromStart);
  const barStart = LABEL_WIDTH + GAP;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-3xl"
      preserveAspectRatio="xMinYMin meet"
      fontSize="12"
    >
      {rows.map((row, i) => {
        const y = 4 + i * ROW;
        const middle = y + BAR / 2;
        const w = row.percent === null ? 0 : Math.max(row.percent > 0 ? 2 : 0, (row.percent / 100) * plot);
        return (
          <g key={row.key}>
            <text
              x={x(LABEL_WIDTH)}
              y={middle}
              direction={dir}
              textAnchor="end"
              dominantBaseline="central"
              className="fill-slate-800"
            >
              {row.label}
            </text>
            <rect
              x={dir === 'rtl' ? WIDTH - barStart - plot : barStart}
              y={y}
              width={plot}
              height={BAR}
              rx="2"
              className="fill-slate-100"
            />
            <rect
              x={dir === 'rtl' ? WIDTH - barStart - w : barStart}
              y={y}
              width={w}
              height={BAR}
              rx="2"
              className="fill-brand-600"
            />
            <text
              x={x(barStart + plot + 6)}
              y={middle}
              direction={dir}
              textAnchor="start"
              dominantBaseline="central"
              className={row.percent === null ? 'fill-slate-600' : 'fill-slate-900 font-semibold'}
            >
              {row.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
