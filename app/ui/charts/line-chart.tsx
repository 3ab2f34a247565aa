/**
 * A small server-rendered SVG line chart of values over time (no client code). Time runs in the
 * reading direction: left to right in English, right to left in Arabic. The chart is one image with
 * a text alternative (`label`); the numbers themselves belong in a table beside it.
 */
export interface LineChartPoint {
  /** ISO date (YYYY-MM-DD). */
  date: string;
  value: number;
}

const width = 320;
const height = 160;
const pad = 16;

export function LineChart({
  points,
  label,
  dir,
  baseline,
  target,
}: {
  points: LineChartPoint[];
  label: string;
  dir: 'ltr' | 'rtl';
  baseline?: number | null;
  target?: number | null;
}) {
  const sorted = [...points].sort((a, b) => a.date.localeCompare(b.date));
  const values = [...sorted.map((p) => p.value), baseline ?? 0, target ?? 0];
  const min = Math.min(0, ...values);
  const max = Math.max(...values, min + 1);
  const times = sorted.map((p) => Date.parse(p.date));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const xOf = (time: number) => {
    const share = t1 === t0 ? 0.5 : (time - t0) / (t1 - t0);
    const x = pad + share * (width - 2 * pad);
    return dir === 'rtl' ? width - x : x;
  };
  const yOf = (value: number) => height - pad - ((value - min) / (max - min)) * (height - 2 * pad);
  const path = sorted.map(
    (p, i) => `${i ? 'L' : 'M'}${xOf(Date.parse(p.date)).toFixed(1)},${yOf(p.value).toFixed(1)}`,
  );
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      className="h-auto w-full max-w-sm rounded border border-slate-200 bg-white"
    >
      <line
        x1={pad}
        x2={width - pad}
        y1={yOf(min)}
        y2={yOf(min)}
        className="stroke-slate-400"
        strokeWidth="1"
      />
      {target != null ? (
        <line
          x1={pad}
          x2={width - pad}
          y1={yOf(target)}
          y2={yOf(target)}
          className="stroke-green-700"
          strokeWidth="1"
          strokeDasharray="4 3"
        />
      ) : null}
      {baseline != null ? (
        <line
          x1={pad}
          x2={width - pad}
          y1={yOf(baseline)}
          y2={yOf(baseline)}
          className="stroke-slate-500"
          strokeWidth="1"
          strokeDasharray="1 3"
        />
      ) : null}
      {sorted.length > 1 ? (
        <path d={path.join(' ')} fill="none" className="stroke-brand-700" strokeWidth="2" />
      ) : null}
      {sorted.map((p) => (
        <circle
          key={p.date}
          cx={xOf(Date.parse(p.date))}
          cy={yOf(p.value)}
          r="3.5"
          className="fill-brand-700"
        />
      ))}
    </svg>
  );
}
