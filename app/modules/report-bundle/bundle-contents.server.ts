import { and, asc, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { contentItems } from '#db/schema/content';
import { listIndicators, listIndicatorValues } from '~/modules/indicators/indicator-records.server';
import { breakdownText, unitLabel } from '~/modules/indicators/indicator-tables';
import { csvDocument } from '~/platform/csv';
import type { DbOrTx } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';

/**
 * The files of the bundle for the Secretary-General's biennial report, for a period. Everything
 * comes from what an anonymous reader may open: reviews, regional outcomes, pledges and statements
 * are the public rows of the content index published within the period (so a draft, a review under
 * moderation or a pledge not yet published never enters); indicator values (public once reported)
 * of the period's years, grouped by objective. Each part is a CSV (Arabic and English columns) and
 * the same rows as JSON; the README says what each file holds.
 */
export const bundleParts = [
  { key: 'reviews', types: ['national_review', 'parallel_review'] },
  { key: 'regional-outcomes', types: ['outcome_document', 'synthesis', 'consultation_summary'] },
  { key: 'pledges', types: ['pledge'] },
  { key: 'statements', types: ['statement'] },
] as const;
export type BundlePartKey = (typeof bundleParts)[number]['key'] | 'indicator-values';
export const bundlePartCount = bundleParts.length + 1;

export interface BundleFile {
  name: string;
  content: string;
}

const t = (v: Translated, lang: 'ar' | 'en') => v[lang] ?? '';

export async function publicContentPart(
  db: DbOrTx,
  part: (typeof bundleParts)[number],
  period: { periodStart: string; periodEnd: string },
): Promise<BundleFile[]> {
  const end = new Date(`${period.periodEnd}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  const rows = await db
    .select({
      type: contentItems.type,
      id: contentItems.id,
      status: contentItems.status,
      title: contentItems.title,
      summary: contentItems.summary,
      objectives: contentItems.objectives,
      countries: contentItems.countries,
      publishedAt: contentItems.publishedAt,
      path: contentItems.path,
    })
    .from(contentItems)
    .where(
      and(
        sql`${contentItems.visibility} = 'public'`,
        inArray(contentItems.type, [...part.types]),
        gte(contentItems.publishedAt, new Date(`${period.periodStart}T00:00:00Z`)),
        lt(contentItems.publishedAt, end),
      ),
    )
    .orderBy(asc(contentItems.publishedAt), asc(contentItems.id));
  const json = rows.map((r) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null }));
  const csv = csvDocument([
    [
      'type',
      'id',
      'status',
      'title_ar',
      'title_en',
      'summary_ar',
      'summary_en',
      'objectives',
      'countries',
      'published_at',
      'path',
    ],
    ...json.map((r) => [
      r.type,
      r.id,
      r.status,
      t(r.title, 'ar'),
      t(r.title, 'en'),
      t(r.summary, 'ar'),
      t(r.summary, 'en'),
      r.objectives.join(' '),
      r.countries.join(' '),
      r.publishedAt,
      r.path,
    ]),
  ]);
  return [
    { name: `${part.key}.csv`, content: csv },
    { name: `${part.key}.json`, content: `${JSON.stringify(json, null, 2)}\n` },
  ];
}

/** Indicator values of the period's years, one CSV per objective (an indicator under each of its objectives). */
export async function indicatorValuesPart(
  db: DbOrTx,
  period: { periodStart: string; periodEnd: string },
): Promise<BundleFile[]> {
  const catalogue = await listIndicators({ db, withRetired: true });
  const values = await listIndicatorValues({
    db,
    indicatorIds: catalogue.map((i) => i.id),
    yearFrom: Number(period.periodStart.slice(0, 4)),
    yearTo: Number(period.periodEnd.slice(0, 4)),
  });
  const ar = serverI18n('ar', 'latn');
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const rows = values.map((v) => {
    const indicator = byId.get(v.indicatorId)!;
    return {
      objectives: indicator.objectives,
      indicator: indicator.code,
      provisional: indicator.provisional,
      sdgIndicator: indicator.sdgIndicator,
      country: v.countryIso3,
      year: v.year,
      disaggregation: v.disaggregation,
      breakdownAr: breakdownText(ar, v.disaggregation),
      value: v.value,
      unit: indicator.unit,
      unitAr: unitLabel(ar, indicator.unit),
      sourceNote: v.sourceNote,
    };
  });
  const objectives = [...new Set(rows.flatMap((r) => r.objectives))].sort((a, b) => a - b);
  const files: BundleFile[] = objectives.map((o) => ({
    name: `indicator-values/objective-${String(o).padStart(2, '0')}.csv`,
    content: csvDocument([
      [
        'indicator',
        'provisional',
        'sdg_indicator',
        'country',
        'year',
        'disaggregation',
        'disaggregation_ar',
        'value',
        'unit',
        'unit_ar',
        'source_note_ar',
        'source_note_en',
      ],
      ...rows
        .filter((r) => r.objectives.includes(o))
        .map((r) => [
          r.indicator,
          r.provisional,
          r.sdgIndicator,
          r.country,
          r.year,
          Object.entries(r.disaggregation)
            .map(([k, v]) => `${k}=${v}`)
            .join(';'),
          r.breakdownAr,
          r.value,
          r.unit,
          r.unitAr,
          r.sourceNote.ar ?? '',
          r.sourceNote.en ?? '',
        ]),
    ]),
  }));
  files.push({ name: 'indicator-values.json', content: `${JSON.stringify(rows, null, 2)}\n` });
  return files;
}

export function bundleReadme(period: { periodStart: string; periodEnd: string }, builtAt: Date): string {
  return `# Marsad — bundle for the Secretary-General's biennial report on the GCM
# مرصد — حزمة بيانات تقرير الأمين العام كل سنتين عن الاتفاق العالمي

Period / الفترة: ${period.periodStart} – ${period.periodEnd}
Built / تاريخ الإعداد: ${builtAt.toISOString()}

Only what an anonymous reader of Marsad can open is included: published items only.
لا تتضمن الحزمة إلا ما يستطيع أي زائر لمرصد الاطلاع عليه: المنشور فقط.

Files (CSV in UTF-8 with a byte order mark; JSON with the same rows):
- reviews.csv / reviews.json — published national and parallel reviews published in the period.
- regional-outcomes.csv / .json — published outcome documents, regional synthesis reports and consultation summaries.
- pledges.csv / .json — published and closed pledges published in the period, with their status.
- statements.csv / .json — published statements of meetings in the period.
- indicator-values/objective-NN.csv — GCM indicator values reported for the period's years, per objective
  (an indicator appears under each of its objectives); indicator-values.json — all of them.
  Indicator codes P-NN are provisional codes of Marsad, not official GCM indicator codes.

Columns title_ar/title_en hold the text in each language where it exists; objectives are 1–23;
countries are ISO 3166-1 alpha-3 codes; path is the item's page on Marsad after /ar or /en.
`;
}
