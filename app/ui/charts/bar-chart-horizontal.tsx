/**
 * A horizontal bar chart drawn as plain SVG on the server (no client script). Bars grow from the
 * start side of the reading direction: in RTL the x axis is mirrored, labels sit on the right.
 * Labels and values arrive already translated and formatted; the chart never holds text of its own.
 * With `domainMax` the scale is fixed (100 for percentages) and each bar sits on a track showing
 * the whole scale; otherwise the longest bar fills the plot.
 */
export type BarTone = 'brand' | 'green' | 'amber' | 'red' | 'slate';

export interface BarDatum {
  key: string;
  label: string;
  /** null when there is nothing to draw: no bar, the value text is muted. */
  value: number | null;
  /** The value as the reader should see it (digits of the reader's choice). */
  valueText: string;
  tone?: BarTone;
}

const toneClass: Record<BarTone, string> = {
  brand: 'fill-brand-600',
  green: 'fill-green-700',
  amber: 'fill-amber-500',
  red: 'fill-red-700',
  slate: 'fill-slate-500',
};

const WIDTH = 640;
const ROW = 26;
const BAR = 18;
const GAP = 8;
const VALUE_SPACE = 64;

export function HorizontalBarChart({
  rows,
  dir,
  label,
  labelWidth = 200,
  domainMax,
}: {
  rows: BarDatum[];
  dir: 'rtl' | 'ltr';
  /** The accessible summary of the chart (role="img"). */
  label: string;
  labelWidth?: number;
  /** A fixed end of the scale (e.g. 100 for percentages) instead of the largest value. */
  domainMax?: number;
}) {
  const max = domainMax ?? Math.max(1, ...rows.map((r) => r.value ?? 0));
  const plot = WIDTH - labelWidth - GAP - VALUE_SPACE;
  const height = Math.max(ROW, rows.length * ROW) + 8;
  // Mirrors an x measured from the start side into SVG coordinates.
  const x = (fromStart: number) => (dir === 'rtl' ? WIDTH - fromStart : fromStart);
  const barStart = labelWidth + GAP;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="h-auto w-full max-w-3xl"
      preserveAspectRatio="xMinYMin meet"
      fontSize="13"
    >
      <line
        x1={x(barStart)}
        x2={x(barStart)}
        y1={0}
        y2={height - 4}
        className="stroke-slate-400"
        strokeWidth="1"
      />
      {rows.map((row, i) => {
        const w = row.value !== null && row.value > 0 ? Math.max(2, (row.value / max) * plot) : 0;
        const y = 4 + i * ROW;
        const middle = y + BAR / 2;
        return (
          <g key={row.key}>
            <text
              x={x(labelWidth)}
              y={middle}
              direction={dir}
              textAnchor="end"
              dominantBaseline="central"
              className="fill-slate-800"
            >
              {row.label}
            </text>
            {domainMax !== undefined ? (
              <rect
                x={dir === 'rtl' ? WIDTH - barStart - plot : barStart}
                y={y}
                width={plot}
                height={BAR}
                rx="2"
                className="fill-slate-100"
              />
            ) : null}
            <rect
              x={dir === 'rtl' ? WIDTH - barStart - w : barStart}
              y={y}
              width={w}
              height={BAR}
              rx="2"
              className={toneClass[row.tone ?? 'brand']}
            />
            <text
              x={x(barStart + w + 4)}
              y={middle}
              direction={dir}
              textAnchor="start"
              dominantBaseline="central"
              className={row.value === null ? 'fill-slate-600' : 'fill-slate-900 font-semibold'}
            >
              {row.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
