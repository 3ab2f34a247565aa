import { and, asc, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Translated } from '#db/schema/columns';
import { contentItems } from '#db/schema/content';
import { pledges, pledgeUpdates } from '#db/schema/pledges';
import {
  listIndicators,
  listIndicatorValues,
  type ValueCursor,
} from '~/modules/indicators/indicator-records.server';
import { breakdownText, unitLabel } from '~/modules/indicators/indicator-tables';
import { csvBom, csvLine } from '~/platform/csv';
import type { DbOrTx } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import type { TextSpool } from './zip-file-writer.server';

/**
 * The files of the bundle for the Secretary-General's biennial report, for a period. Everything
 * comes from what an anonymous reader may open: reviews, regional outcomes, pledges and statements
 * are the public rows of the content index published within the period (so a draft, a review under
 * moderation or a pledge not yet published never enters); the progress updates of public pledges
 * reported within the period; indicator values (public once reported)
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
/** The content parts, the pledges' progress updates and the indicator values. */
export const bundlePartCount = bundleParts.length + 2;

/** Rows are read and written this many at a time, so a part is never held in memory whole. */
export const bundlePageSize = 1000;

/** Where a part writes its files: a spool per file name, copied into the ZIP once the part is done. */
export type OpenSpool = (name: string) => TextSpool;

const t = (v: Translated, lang: 'ar' | 'en') => v[lang] ?? '';

/** A JSON array written item by item, byte for byte what `JSON.stringify(items, null, 2)` gives, then a line end. */
function jsonArray(spool: TextSpool) {
  let first = true;
  return {
    async item(value: unknown) {
      const text = JSON.stringify(value, null, 2).replace(/\n/g, '\n  ');
      await spool.write(`${first ? '[\n' : ',\n'}  ${text}`);
      first = false;
    },
    async close() {
      await spool.write(first ? '[]\n' : '\n]\n');
      await spool.close();
    },
  };
}

const contentColumns = [
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
];

/** One part's index rows, page by page in publication order (keyset on the exact timestamp, id and type). */
async function* publicContentPages(
  db: DbOrTx,
  part: (typeof bundleParts)[number],
  period: { periodStart: string; periodEnd: string },
  pageSize: number,
) {
  const end = new Date(`${period.periodEnd}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 1);
  const page = (after: { cursor: string; id: string; type: string } | undefined) =>
    db
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
        // The cursor keeps the database's microseconds, which a Date would round away.
        cursor: sql<string>`${contentItems.publishedAt}::text`,
      })
      .from(contentItems)
      .where(
        and(
          sql`${contentItems.visibility} = 'public'`,
          inArray(contentItems.type, [...part.types]),
          gte(contentItems.publishedAt, new Date(`${period.periodStart}T00:00:00Z`)),
          lt(contentItems.publishedAt, end),
          after
            ? sql`(${contentItems.publishedAt}, ${contentItems.id}, ${contentItems.type}) > (${after.cursor}::timestamptz, ${after.id}, ${after.type})`
            : undefined,
        ),
      )
      .orderBy(asc(contentItems.publishedAt), asc(contentItems.id), asc(contentItems.type))
      .limit(pageSize);
  for (let rows = await page(undefined); rows.length; rows = await page(rows.at(-1))) {
    yield rows;
    if (rows.length < pageSize) return;
  }
}

/** A part of the content index: `<key>.csv` and `<key>.json`, the same rows. Returns the file names. */
export async function publicContentPart(
  db: DbOrTx,
  part: (typeof bundleParts)[number],
  period: { periodStart: string; periodEnd: string },
  open: OpenSpool,
  pageSize = bundlePageSize,
): Promise<string[]> {
  const names = [`${part.key}.csv`, `${part.key}.json`];
  const csv = open(names[0]!);
  const json = jsonArray(open(names[1]!));
  await csv.write(csvBom + csvLine(contentColumns));
  for await (const page of publicContentPages(db, part, period, pageSize)) {
    for (const { cursor: _, ...row } of page) {
      const r = { ...row, publishedAt: row.publishedAt?.toISOString() ?? null };
      await json.item(r);
      await csv.write(
        csvLine([
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
      );
    }
  }
  await csv.close();
  await json.close();
  return names;
}

const progressColumns = [
  'pledge_id',
  'pledge_title_ar',
  'pledge_title_en',
  'country',
  'reported_on',
  'implementation_status',
  'narrative_ar',
  'narrative_en',
  'pledge_path',
];

/**
 * The progress updates of public pledges (any pledge an anonymous reader may open, whenever it was
 * published) reported within the period, oldest first, read page by page (keyset on the day and id):
 * `pledge-progress.csv` and `.json`, the same rows. Returns the file names.
 */
export async function pledgeProgressPart(
  db: DbOrTx,
  period: { periodStart: string; periodEnd: string },
  open: OpenSpool,
  pageSize = bundlePageSize,
): Promise<string[]> {
  const names = ['pledge-progress.csv', 'pledge-progress.json'];
  const csv = open(names[0]!);
  const json = jsonArray(open(names[1]!));
  await csv.write(csvBom + csvLine(progressColumns));
  const page = (after: { reportedOn: string; id: string } | undefined) =>
    db
      .select({
        id: pledgeUpdates.id,
        pledgeId: pledgeUpdates.pledgeId,
        pledgeTitle: contentItems.title,
        country: pledges.countryIso3,
        reportedOn: pledgeUpdates.reportedOn,
        status: pledgeUpdates.status,
        narrative: pledgeUpdates.narrative,
        path: contentItems.path,
      })
      .from(pledgeUpdates)
      .innerJoin(pledges, sql`${pledges.id} = ${pledgeUpdates.pledgeId}`)
      .innerJoin(
        contentItems,
        and(
          sql`${contentItems.type} = 'pledge'`,
          sql`${contentItems.id} = ${pledgeUpdates.pledgeId}::text`,
          sql`${contentItems.visibility} = 'public'`,
        ),
      )
      .where(
        and(
          gte(pledgeUpdates.reportedOn, period.periodStart),
          sql`${pledgeUpdates.reportedOn} <= ${period.periodEnd}`,
          after
            ? sql`(${pledgeUpdates.reportedOn}, ${pledgeUpdates.id}) > (${after.reportedOn}::date, ${after.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(asc(pledgeUpdates.reportedOn), asc(pledgeUpdates.id))
      .limit(pageSize);
  for (let rows = await page(undefined); rows.length; rows = await page(rows.at(-1))) {
    for (const { id: _, ...row } of rows) {
      await json.item(row);
      await csv.write(
        csvLine([
          row.pledgeId,
          t(row.pledgeTitle, 'ar'),
          t(row.pledgeTitle, 'en'),
          row.country ?? '',
          row.reportedOn,
          row.status,
          t(row.narrative, 'ar'),
          t(row.narrative, 'en'),
          row.path,
        ]),
      );
    }
    if (rows.length < pageSize) break;
  }
  await csv.close();
  await json.close();
  return names;
}

const valueColumns = [
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
];

/**
 * Indicator values of the period's years, one CSV per objective (an indicator under each of its
 * objectives) and all of them as JSON, read page by page. Returns the file names, objectives in order.
 */
export async function indicatorValuesPart(
  db: DbOrTx,
  period: { periodStart: string; periodEnd: string },
  open: OpenSpool,
  pageSize = bundlePageSize,
): Promise<string[]> {
  const catalogue = await listIndicators({ db, withRetired: true });
  const ar = serverI18n('ar', 'latn');
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const json = jsonArray(open('indicator-values.json'));
  // A CSV is opened when its objective's first value comes, so an objective without values has none.
  const perObjective = new Map<number, TextSpool>();
  let after: ValueCursor | undefined;
  for (;;) {
    const values = await listIndicatorValues({
      db,
      indicatorIds: catalogue.map((i) => i.id),
      yearFrom: Number(period.periodStart.slice(0, 4)),
      yearTo: Number(period.periodEnd.slice(0, 4)),
      after,
      limit: pageSize,
    });
    for (const v of values) {
      const indicator = byId.get(v.indicatorId)!;
      const row = {
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
      await json.item(row);
      const line = csvLine([
        row.indicator,
        row.provisional,
        row.sdgIndicator,
        row.country,
        row.year,
        Object.entries(row.disaggregation)
          .map(([k, value]) => `${k}=${value}`)
          .join(';'),
        row.breakdownAr,
        row.value,
        row.unit,
        row.unitAr,
        row.sourceNote.ar ?? '',
        row.sourceNote.en ?? '',
      ]);
      for (const o of row.objectives) {
        let csv = perObjective.get(o);
        if (!csv) {
          csv = open(objectiveFile(o));
          perObjective.set(o, csv);
          await csv.write(csvBom + csvLine(valueColumns));
        }
        await csv.write(line);
      }
    }
    if (values.length < pageSize) break;
    after = values.at(-1)!;
  }
  await json.close();
  const objectives = [...perObjective.keys()].sort((a, b) => a - b);
  for (const o of objectives) await perObjective.get(o)!.close();
  return [...objectives.map(objectiveFile), 'indicator-values.json'];
}

const objectiveFile = (o: number) => `indicator-values/objective-${String(o).padStart(2, '0')}.csv`;

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
- pledge-progress.csv / .json — progress updates reported in the period on public pledges (whenever the
  pledge was published): the day, the implementation status and the narrative in each language.
- statements.csv / .json — published statements of meetings in the period.
- indicator-values/objective-NN.csv — GCM indicator values reported for the period's years, per objective
  (an indicator appears under each of its objectives); indicator-values.json — all of them.
  Indicator codes P-NN are provisional codes of Marsad, not official GCM indicator codes.

Columns title_ar/title_en hold the text in each language where it exists; objectives are 1–23;
countries are ISO 3166-1 alpha-3 codes; path is the item's page on Marsad after /ar or /en.
`;
}
