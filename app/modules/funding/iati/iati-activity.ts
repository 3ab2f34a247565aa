import type { Translated } from '#db/schema/columns';
import {
  type IndicatorMeasure,
  iatiMeasureCode,
  iatiResultTypeCode,
  type ResultType,
} from '#db/schema/funding-results-values';
import type { ProgrammeStatus } from '#db/schema/funding-values';
import { IATI_PLACEHOLDER_ORG_REF } from '~/platform/config-defaults';

/**
 * Joint programmes as IATI activities (IATI Activity Standard 2.03), as JSON and as CSV tables. Pure:
 * the reader (iati-export.server.ts) gathers the programmes, this file gives them IATI's shape, so
 * the shape is tested without a database. docs/iati-export.md describes both formats.
 *
 * JSON follows the XML element for element: an element is an object, its attributes are keys with
 * "@" (`"@code"`, `"@iso-date"`, `"@xml:lang"`), its text is `"#text"`, a repeatable element is a
 * list. Money is a number in US dollars (the activity's `@default-currency`).
 */
export const IATI_VERSION = '2.03';
/*
 * The reporting organisation's IATI identifier (`orgRef`) is the IATI_ORG_REF setting; every
 * iati-identifier starts with it. Its default is a placeholder until the fund's secretariat gives its
 * registered organisation identifier (docs/iati-export.md), and the JSON says so while it is used.
 */
const reportingOrgName: Translated = {
  ar: 'الصندوق الاستئماني المتعدد الشركاء للهجرة',
  en: 'Migration Multi-Partner Trust Fund',
};

const placeholderNotice = {
  '#text': `${IATI_PLACEHOLDER_ORG_REF} is a placeholder, not a registered IATI organisation identifier: set IATI_ORG_REF before publishing this file to the IATI Registry.`,
};

/** IATI ActivityStatus: 2 implementation, 4 closed. */
const activityStatusCode: Record<ProgrammeStatus, string> = { active: '2', closed: '4' };
/** IATI TransactionType: 2 outgoing commitment (the budget the fund approved), 3 disbursement. */
export const transactionTypeCode = { commitment: '2', disbursement: '3' } as const;
/** IATI DocumentCategory A07: review of project performance and evaluation (a progress report). */
const progressReportCategory = 'A07';

export interface IatiPeriod {
  periodStart: string;
  periodEnd: string;
  targetValue: number;
  actualValue: number | null;
  actualComment: string | null;
}
export interface IatiIndicator {
  title: Translated;
  measure: IndicatorMeasure;
  ascending: boolean;
  baselineValue: number;
  baselineDate: string;
  periods: IatiPeriod[];
}
export interface IatiResult {
  type: ResultType;
  title: Translated;
  description: Translated;
  indicators: IatiIndicator[];
}
export interface IatiProgramme {
  id: string;
  title: Translated;
  summary: Translated;
  originalLanguage: 'ar' | 'en';
  status: ProgrammeStatus;
  /** ISO 3166-1 alpha-2 of the programme's state, or null for a regional programme. */
  countryIso2: string | null;
  regionId: string | null;
  thematicArea: { id: number; name: Translated };
  objectives: number[];
  budgetUsd: number;
  startDate: string;
  endDate: string;
  createdAt: string;
  updatedAt: string;
  transfers: { organisation: string; amountUsd: number; transferredOn: string }[];
  results: IatiResult[];
  reports: { periodStart: string; periodEnd: string; summary: Translated; documentUrl: string | null }[];
}

export const iatiIdentifier = (orgRef: string, programmeId: string) => `${orgRef}-${programmeId}`;

type Narrative = { '@xml:lang': string; '#text': string };
const narratives = (text: Translated): Narrative[] =>
  (['ar', 'en'] as const).flatMap((lang) =>
    text[lang] ? [{ '@xml:lang': lang, '#text': text[lang]! }] : [],
  );

/** UN M49 regions (`M49-145`) are IATI region vocabulary 2; Marsad's own groupings are 99 (reporting org). */
export function iatiRegion(regionId: string): { '@code': string; '@vocabulary': string } {
  const m49 = /^M49-(\d+)$/.exec(regionId);
  return m49 ? { '@code': m49[1]!, '@vocabulary': '2' } : { '@code': regionId, '@vocabulary': '99' };
}

const usd = (value: number, valueDate: string) => ({
  '@currency': 'USD',
  '@value-date': valueDate,
  '#text': value,
});

export function iatiActivity(p: IatiProgramme, orgRef: string) {
  return {
    '@default-currency': 'USD',
    '@xml:lang': p.originalLanguage,
    '@last-updated-datetime': p.updatedAt,
    'iati-identifier': iatiIdentifier(orgRef, p.id),
    'reporting-org': {
      '@ref': orgRef,
      '@type': '40',
      narrative: narratives(reportingOrgName),
    },
    title: { narrative: narratives(p.title) },
    description: [{ '@type': '1', narrative: narratives(p.summary) }],
    'participating-org': [
      { '@role': '1', '@ref': orgRef, narrative: narratives(reportingOrgName) },
      ...[...new Set(p.transfers.map((t) => t.organisation))].map((name) => ({
        '@role': '4',
        narrative: [{ '@xml:lang': 'en', '#text': name }],
      })),
    ],
    'activity-status': { '@code': activityStatusCode[p.status] },
    'activity-date': [
      { '@type': '2', '@iso-date': p.startDate },
      { '@type': p.status === 'closed' ? '4' : '3', '@iso-date': p.endDate },
    ],
    ...(p.countryIso2
      ? { 'recipient-country': [{ '@code': p.countryIso2, '@percentage': 100 }] }
      : p.regionId
        ? { 'recipient-region': [{ ...iatiRegion(p.regionId), '@percentage': 100 }] }
        : {}),
    sector: [
      {
        '@vocabulary': '99',
        '@code': String(p.thematicArea.id),
        '@percentage': 100,
        narrative: narratives(p.thematicArea.name),
      },
    ],
    tag: p.objectives.map((n) => ({ '@vocabulary': '99', '@code': `GCM-${n}` })),
    budget: [
      {
        '@type': '1',
        '@status': '2',
        'period-start': { '@iso-date': p.startDate },
        'period-end': { '@iso-date': p.endDate },
        value: usd(p.budgetUsd, p.startDate),
      },
    ],
    transaction: [
      {
        'transaction-type': { '@code': transactionTypeCode.commitment },
        'transaction-date': { '@iso-date': p.startDate },
        value: usd(p.budgetUsd, p.startDate),
      },
      ...p.transfers.map((t) => ({
        'transaction-type': { '@code': transactionTypeCode.disbursement },
        'transaction-date': { '@iso-date': t.transferredOn },
        value: usd(t.amountUsd, t.transferredOn),
        'receiver-org': { narrative: [{ '@xml:lang': 'en', '#text': t.organisation }] },
      })),
    ],
    'document-link': p.reports
      .filter((r) => r.documentUrl)
      .map((r) => ({
        '@format': 'text/html',
        '@url': r.documentUrl!,
        title: { narrative: narratives(r.summary).map((n) => ({ ...n, '#text': n['#text'].slice(0, 200) })) },
        category: { '@code': progressReportCategory },
        'document-date': { '@iso-date': r.periodEnd },
      })),
    result: p.results.map((r) => ({
      '@type': iatiResultTypeCode[r.type],
      title: { narrative: narratives(r.title) },
      ...(r.description.ar || r.description.en
        ? { description: { narrative: narratives(r.description) } }
        : {}),
      indicator: r.indicators.map((i) => ({
        '@measure': iatiMeasureCode[i.measure],
        '@ascending': i.ascending ? '1' : '0',
        title: { narrative: narratives(i.title) },
        baseline: [
          {
            '@year': Number(i.baselineDate.slice(0, 4)),
            '@iso-date': i.baselineDate,
            '@value': i.baselineValue,
          },
        ],
        period: i.periods.map((pe) => ({
          'period-start': { '@iso-date': pe.periodStart },
          'period-end': { '@iso-date': pe.periodEnd },
          target: [{ '@value': pe.targetValue }],
          ...(pe.actualValue !== null
            ? {
                actual: [
                  {
                    '@value': pe.actualValue,
                    ...(pe.actualComment
                      ? {
                          comment: {
                            narrative: [{ '@xml:lang': p.originalLanguage, '#text': pe.actualComment }],
                          },
                        }
                      : {}),
                  },
                ],
              }
            : {}),
        })),
      })),
    })),
  };
}
export type IatiActivity = ReturnType<typeof iatiActivity>;

export function iatiActivities(programmes: IatiProgramme[], generatedAt: Date, orgRef: string) {
  return {
    'iati-activities': {
      '@version': IATI_VERSION,
      '@generated-datetime': generatedAt.toISOString(),
      // An element of our own namespace (IATI allows extensions), so no reader takes the placeholder for real.
      ...(orgRef === IATI_PLACEHOLDER_ORG_REF ? { 'marsad:notice': placeholderNotice } : {}),
      'iati-activity': programmes.map((p) => iatiActivity(p, orgRef)),
    },
  };
}

/** The CSV tables: one row per activity, budget, transaction, and indicator period. */
export const iatiTables = ['activity', 'budget', 'transaction', 'result'] as const;
export type IatiTable = (typeof iatiTables)[number];
export const isIatiTable = (v: unknown): v is IatiTable => iatiTables.includes(v as IatiTable);

type Cell = string | number | null;
const money = (n: number) => n.toFixed(2);

/**
 * A CSV table of the export: the header is IATI's path of each value (`budget/value/@currency`), with
 * the narrative's language in brackets where a text is given in both (`title/narrative[ar]`).
 */
export function iatiTable(table: IatiTable, programmes: IatiProgramme[], orgRef: string): Cell[][] {
  const activities = programmes.map((p) => iatiActivity(p, orgRef));
  switch (table) {
    case 'activity':
      return [
        [
          'iati-identifier',
          'title/narrative[ar]',
          'title/narrative[en]',
          'activity-status/@code',
          'activity-date[@type=2]/@iso-date',
          'activity-date[@type=3|4]/@iso-date',
          'recipient-country/@code',
          'recipient-region/@code',
          'recipient-region/@vocabulary',
          'sector[@vocabulary=99]/@code',
          'budget/value',
          '@default-currency',
        ],
        ...programmes.map((p, i) => {
          const a = activities[i]!;
          const region = 'recipient-region' in a ? a['recipient-region']?.[0] : undefined;
          return [
            a['iati-identifier'],
            p.title.ar ?? null,
            p.title.en ?? null,
            a['activity-status']['@code'],
            p.startDate,
            p.endDate,
            p.countryIso2,
            region?.['@code'] ?? null,
            region?.['@vocabulary'] ?? null,
            String(p.thematicArea.id),
            money(p.budgetUsd),
            'USD',
          ];
        }),
      ];
    case 'budget':
      return [
        [
          'iati-identifier',
          'budget/@type',
          'budget/@status',
          'budget/period-start/@iso-date',
          'budget/period-end/@iso-date',
          'budget/value/@currency',
          'budget/value/@value-date',
          'budget/value',
        ],
        ...activities.flatMap((a) =>
          a.budget.map((b) => [
            a['iati-identifier'],
            b['@type'],
            b['@status'],
            b['period-start']['@iso-date'],
            b['period-end']['@iso-date'],
            b.value['@currency'],
            b.value['@value-date'],
            money(b.value['#text']),
          ]),
        ),
      ];
    case 'transaction':
      return [
        [
          'iati-identifier',
          'transaction/transaction-type/@code',
          'transaction/transaction-date/@iso-date',
          'transaction/value/@currency',
          'transaction/value/@value-date',
          'transaction/value',
          'transaction/receiver-org/narrative',
        ],
        ...activities.flatMap((a) =>
          a.transaction.map((t) => [
            a['iati-identifier'],
            t['transaction-type']['@code'],
            t['transaction-date']['@iso-date'],
            t.value['@currency'],
            t.value['@value-date'],
            money(t.value['#text']),
            'receiver-org' in t ? (t['receiver-org']?.narrative[0]?.['#text'] ?? null) : null,
          ]),
        ),
      ];
    case 'result':
      return [
        [
          'iati-identifier',
          'result/@type',
          'result/title/narrative[ar]',
          'result/title/narrative[en]',
          'result/indicator/@measure',
          'result/indicator/@ascending',
          'result/indicator/title/narrative[ar]',
          'result/indicator/title/narrative[en]',
          'result/indicator/baseline/@iso-date',
          'result/indicator/baseline/@value',
          'result/indicator/period/period-start/@iso-date',
          'result/indicator/period/period-end/@iso-date',
          'result/indicator/period/target/@value',
          'result/indicator/period/actual/@value',
        ],
        ...programmes.flatMap((p) =>
          p.results.flatMap((r) =>
            r.indicators.flatMap((i) => {
              const head: Cell[] = [
                iatiIdentifier(orgRef, p.id),
                iatiResultTypeCode[r.type],
                r.title.ar ?? null,
                r.title.en ?? null,
                iatiMeasureCode[i.measure],
                i.ascending ? '1' : '0',
                i.title.ar ?? null,
                i.title.en ?? null,
                i.baselineDate,
                i.baselineValue,
              ];
              return i.periods.length
                ? i.periods.map((pe) => [
                    ...head,
                    pe.periodStart,
                    pe.periodEnd,
                    pe.targetValue,
                    pe.actualValue,
                  ])
                : [[...head, null, null, null, null]];
            }),
          ),
        ),
      ];
  }
}
