import type { Translated } from '#db/schema/columns';
import { sdgTarget } from '~/modules/reference/sdg-targets';
import { sortByText } from '~/platform/i18n/collation';
import type { I18n } from '~/platform/i18n/translator';
import type { PledgeListItem } from './list-pledges.server';

/**
 * The reader's export of the pledge registry (`/{lang}/pledges/export.csv|xlsx`): one list of
 * columns shared by the CSV and the XLSX writers. Headings and coded values (status, kind, forms,
 * level, category, freshness, objectives, principles, countries, regions, SDG targets) are written
 * with the labels the registry and pledge pages use, texts in the reader's language with the other
 * as fallback. The API exports (`/api/v1/pledges.csv|xlsx`, pledge-presenter.ts) keep their codes
 * and snake_case columns for programs.
 */

export interface PledgeExportIndicator {
  name: Translated;
  unit: string;
  baseline: number | null;
  target: number;
}

export interface PledgeExportPartner {
  /** A state partner; its name comes from the reference countries. */
  iso3: string | null;
  /** An organisation partner's name. */
  name: Translated | null;
  confirmed: boolean;
}

/** A registry row with what the list query leaves out: the description, indicators and partners. */
export interface PledgeExportRow extends PledgeListItem {
  description: Translated;
  indicators: PledgeExportIndicator[];
  partners: PledgeExportPartner[];
}

interface Named<K> {
  key: K;
  name: Translated;
}

/** The reference lists the names come from (the registry's, registry-reference.server.ts). */
export interface PledgeExportReference {
  objectives: Named<number>[];
  principles: Named<string>[];
  countries: Named<string>[];
  regions: Named<string>[];
}

export interface PledgeExportContext {
  i18n: I18n;
  /** The site's origin, for the link to each pledge's page. */
  origin: string;
  objectives: Map<number, Translated>;
  principles: Map<string, Translated>;
  countries: Map<string, Translated>;
  regions: Map<string, Translated>;
}

export function pledgeExportContext(
  i18n: I18n,
  reference: PledgeExportReference,
  origin: string,
): PledgeExportContext {
  const byKey = <K>(list: Named<K>[]) => new Map(list.map((x) => [x.key, x.name]));
  return {
    i18n,
    origin,
    objectives: byKey(reference.objectives),
    principles: byKey(reference.principles),
    countries: byKey(reference.countries),
    regions: byKey(reference.regions),
  };
}

/**
 * How a cell is written: text; lines (a list, one item per line, wrapped in the workbook); a plain
 * number (amounts); an ISO day `YYYY-MM-DD` (a date in the workbook).
 */
export type PledgeExportCellType = 'text' | 'lines' | 'number' | 'day';
export type PledgeExportCell = string | number | null;

/** The columns' keys; each has its heading at pledges-registry.export.col.<key>. */
export type PledgeExportColumnKey =
  | 'id'
  | 'link'
  | 'title'
  | 'description'
  | 'textLanguage'
  | 'status'
  | 'kind'
  | 'forms'
  | 'level'
  | 'pledger'
  | 'pledgerCategory'
  | 'objectives'
  | 'principles'
  | 'sdgTargets'
  | 'countries'
  | 'regions'
  | 'amount'
  | 'currency'
  | 'startDate'
  | 'endDate'
  | 'publishedOn'
  | 'lastProgressOn'
  | 'freshness'
  | 'indicators'
  | 'partners'
  | 'sample';

export interface PledgeExportColumn {
  key: PledgeExportColumnKey;
  type: PledgeExportCellType;
  /** Width in the workbook, in characters. */
  width: number;
  value(row: PledgeExportRow, ctx: PledgeExportContext): PledgeExportCell;
}

/** The column's heading in the reader's language (pledges-registry.export.col.<key>). */
export const pledgeExportHeading = (key: PledgeExportColumnKey, i18n: I18n): string =>
  i18n.t(`pledges-registry.export.col.${key}`);

const lines = (items: string[]) => (items.length ? items.join('\n') : null);
const named = (map: Map<string, Translated>, key: string, i18n: I18n) => i18n.pick(map.get(key)).text || key;
const day = (value: Date | null) => (value ? new Date(value).toISOString().slice(0, 10) : null);

function indicatorLine(indicator: PledgeExportIndicator, i18n: I18n): string {
  const amount = (value: number | null) =>
    value === null ? i18n.t('pledges-registry.notSet') : i18n.number(value);
  return i18n.t('pledges-registry.export.indicator', {
    name: i18n.pick(indicator.name).text,
    unit: indicator.unit,
    baseline: amount(indicator.baseline),
    target: amount(indicator.target),
  });
}

function partnerLine(partner: PledgeExportPartner, ctx: PledgeExportContext): string {
  const { i18n } = ctx;
  const name = partner.iso3 ? named(ctx.countries, partner.iso3, i18n) : i18n.pick(partner.name).text;
  return partner.confirmed ? name : `${name} ${i18n.t('pledges-registry.partner.unconfirmed')}`;
}

/** Says so when the title or the description is shown in the other language (the pages' badge). */
function textLanguage(row: PledgeExportRow, i18n: I18n): string | null {
  const fallback = [i18n.pick(row.title), i18n.pick(row.description)].find((p) => p.isFallback);
  if (!fallback) return null;
  return fallback.lang === 'en' ? i18n.t('common.onlyInEnglish') : i18n.t('common.onlyInArabic');
}

export const pledgeExportColumns: readonly PledgeExportColumn[] = [
  { key: 'id', type: 'text', width: 38, value: (r) => r.id },
  {
    key: 'link',
    type: 'text',
    width: 40,
    value: (r, ctx) => `${ctx.origin}/${ctx.i18n.locale}/pledges/${r.id}`,
  },
  { key: 'title', type: 'text', width: 50, value: (r, { i18n }) => i18n.pick(r.title).text || null },
  {
    key: 'description',
    type: 'text',
    width: 80,
    value: (r, { i18n }) => i18n.pick(r.description).text || null,
  },
  { key: 'textLanguage', type: 'text', width: 20, value: (r, { i18n }) => textLanguage(r, i18n) },
  {
    key: 'status',
    type: 'text',
    width: 14,
    value: (r, { i18n }) => i18n.t(`pledges-registry.status.${r.status}`),
  },
  { key: 'kind', type: 'text', width: 20, value: (r, { i18n }) => i18n.t(`pledges-registry.kind.${r.kind}`) },
  {
    key: 'forms',
    type: 'lines',
    width: 18,
    value: (r, { i18n }) => lines(r.forms.map((f) => i18n.t(`pledges-registry.form.${f}`))),
  },
  {
    key: 'level',
    type: 'text',
    width: 12,
    value: (r, { i18n }) => i18n.t(`pledges-registry.level.${r.level}`),
  },
  {
    key: 'pledger',
    type: 'text',
    width: 32,
    value: (r, ctx) =>
      r.pledger.type === 'state'
        ? named(ctx.countries, r.pledger.iso3, ctx.i18n)
        : ctx.i18n.pick(r.pledger.name).text || null,
  },
  {
    key: 'pledgerCategory',
    type: 'text',
    width: 24,
    value: (r, { i18n }) => (r.pledgerCategory ? i18n.t(`pledges.category.${r.pledgerCategory}`) : null),
  },
  {
    key: 'objectives',
    type: 'lines',
    width: 40,
    value: (r, ctx) =>
      lines(
        r.objectives.map((number) =>
          ctx.i18n.t('pledges-registry.objectiveOption', {
            number,
            name: ctx.i18n.pick(ctx.objectives.get(number)).text,
          }),
        ),
      ),
  },
  {
    key: 'principles',
    type: 'lines',
    width: 30,
    value: (r, ctx) => lines(r.principles.map((p) => named(ctx.principles, p, ctx.i18n))),
  },
  {
    key: 'sdgTargets',
    type: 'lines',
    width: 40,
    value: (r, { i18n }) =>
      lines(
        r.sdgTargets.map((code) => {
          const target = sdgTarget(code);
          return target ? i18n.t('pledges.sdgTarget', { code, title: i18n.pick(target.title).text }) : code;
        }),
      ),
  },
  {
    key: 'countries',
    type: 'lines',
    width: 24,
    // By name in the reader's alphabet, as the registry's country filter lists them.
    value: (r, { countries, i18n }) =>
      lines(
        sortByText(
          r.countries.map((c) => named(countries, c, i18n)),
          i18n.locale,
          (name) => name,
        ),
      ),
  },
  {
    key: 'regions',
    type: 'lines',
    width: 24,
    value: (r, ctx) => lines(r.regions.map((g) => named(ctx.regions, g, ctx.i18n))),
  },
  { key: 'amount', type: 'number', width: 14, value: (r) => r.financialAmount },
  {
    key: 'currency',
    type: 'text',
    width: 10,
    value: (r) => (r.financialAmount === null ? null : r.financialCurrency),
  },
  { key: 'startDate', type: 'day', width: 12, value: (r) => r.startDate },
  { key: 'endDate', type: 'day', width: 12, value: (r) => r.endDate },
  { key: 'publishedOn', type: 'day', width: 12, value: (r) => day(r.publishedAt) },
  { key: 'lastProgressOn', type: 'day', width: 12, value: (r) => r.lastProgressOn },
  {
    key: 'freshness',
    type: 'text',
    width: 20,
    value: (r, { i18n }) => (r.freshness ? i18n.t(`pledges-registry.freshness.${r.freshness}`) : null),
  },
  {
    key: 'indicators',
    type: 'lines',
    width: 60,
    value: (r, { i18n }) => lines(r.indicators.map((i) => indicatorLine(i, i18n))),
  },
  {
    key: 'partners',
    type: 'lines',
    width: 32,
    value: (r, ctx) => lines(r.partners.map((p) => partnerLine(p, ctx))),
  },
  {
    key: 'sample',
    type: 'text',
    width: 10,
    value: (r, { i18n }) => (r.isSample ? i18n.t('common.yes') : i18n.t('common.no')),
  },
];

/** The headings row in the reader's language. */
export const pledgeExportHeadings = (i18n: I18n): string[] =>
  pledgeExportColumns.map((c) => pledgeExportHeading(c.key, i18n));

/** One row's cells, in column order. */
export const pledgeExportCells = (row: PledgeExportRow, ctx: PledgeExportContext): PledgeExportCell[] =>
  pledgeExportColumns.map((c) => c.value(row, ctx));
