import type { ReactNode } from 'react';
import { useI18n } from './i18n';

/**
 * Server-rendered SVG charts that read in both directions: in Arabic the first column and the first
 * bar are on the right. Each chart is an image with a title and a description for assistive
 * technology; the page shows the same numbers in a data table beside it.
 */
/** A chart wider than a phone scrolls sideways; keyboard users can focus it to scroll too. */
export function ChartScroller({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section
      className="mt-3 relative overflow-x-auto"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
      tabIndex={0}
      aria-label={t('common.chart.scroll', { title: label })}
    >
      {children}
    </section>
  );
}

const shades = ['#f1f5f9', '#dbeafe', '#93c5fd', '#3b82f6', '#1d4ed8', '#1e3a8a'];
const shadeOf = (value: number, max: number) =>
  value <= 0 || max <= 0
    ? 0
    : Math.min(shades.length - 1, 1 + Math.floor(((shades.length - 1) * (value - 1)) / max));
const inkOn = (shade: number) => (shade >= 3 ? '#ffffff' : '#0f172a');

export function HeatMap(props: {
  id: string;
  title: string;
  description: string;
  rowLabels: string[];
  /** Short column labels (codes) drawn in the chart; full names go in `columnTitles`. */
  columnLabels: string[];
  columnTitles: string[];
  values: number[][];
}) {
  const { dir, number } = useI18n();
  const { rowLabels, columnLabels, columnTitles, values } = props;
  const labelWidth = 96;
  const cell = { w: columnLabels.length > 8 ? 44 : 64, h: 22 };
  const header = 30;
  const width = labelWidth + cell.w * columnLabels.length;
  const height = header + cell.h * rowLabels.length;
  const max = Math.max(0, ...values.flat());
  const rtl = dir === 'rtl';
  const colX = (i: number) => (rtl ? width - labelWidth - cell.w * (i + 1) : labelWidth + cell.w * i);
  const labelX = rtl ? width - 6 : 6;
  return (
    <svg
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="max-w-none font-sans"
      direction={dir}
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.description}</desc>
      {columnLabels.map((label, i) => (
        <text
          key={label}
          x={colX(i) + cell.w / 2}
          y={header - 10}
          textAnchor="middle"
          fontSize="11"
          fill="#0f172a"
          direction="ltr"
        >
          <title>{columnTitles[i]}</title>
          {label}
        </text>
      ))}
      {rowLabels.map((label, r) => (
        <g key={label}>
          <text x={labelX} y={header + cell.h * r + 15} textAnchor="start" fontSize="11" fill="#0f172a">
            {label}
          </text>
          {columnLabels.map((column, c) => {
            const value = values[r]?.[c] ?? 0;
            const shade = shadeOf(value, max);
            return (
              <g key={column}>
                <rect
                  x={colX(c) + 1}
                  y={header + cell.h * r + 1}
                  width={cell.w - 2}
                  height={cell.h - 2}
                  fill={shades[shade]}
                />
                <text
                  x={colX(c) + cell.w / 2}
                  y={header + cell.h * r + 15}
                  textAnchor="middle"
                  fontSize="11"
                  fill={inkOn(shade)}
                >
                  {number(value)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}

export function BarChart(props: {
  id: string;
  title: string;
  description: string;
  labels: string[];
  values: number[];
}) {
  const { dir, number } = useI18n();
  const { labels, values } = props;
  const bar = 40;
  const gap = 12;
  const chartHeight = 120;
  const width = Math.max(200, labels.length * (bar + gap) + gap);
  const height = chartHeight + 40;
  const max = Math.max(1, ...values);
  const rtl = dir === 'rtl';
  const x = (i: number) => (rtl ? width - gap - (bar + gap) * i - bar : gap + (bar + gap) * i);
  return (
    <svg
      role="img"
      aria-labelledby={`${props.id}-title ${props.id}-desc`}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      className="max-w-none font-sans"
    >
      <title id={`${props.id}-title`}>{props.title}</title>
      <desc id={`${props.id}-desc`}>{props.description}</desc>
      {labels.map((label, i) => {
        const h = Math.round((chartHeight - 16) * ((values[i] ?? 0) / max));
        return (
          <g key={label}>
            <rect x={x(i)} y={chartHeight - h} width={bar} height={h} fill="#1d4ed8" />
            <text x={x(i) + bar / 2} y={chartHeight - h - 4} textAnchor="middle" fontSize="11" fill="#0f172a">
              {number(values[i] ?? 0)}
            </text>
            <text x={x(i) + bar / 2} y={chartHeight + 16} textAnchor="middle" fontSize="11" fill="#0f172a">
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
