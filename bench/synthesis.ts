/**
 * `npm run bench:synthesis`: the regional synthesis report at the size of the Arab region (issues 3
 * and 11). On embedded PGlite (migrated, reference data seeded), a cycle of the 22 LAS member
 * states, each with a published voluntary national review answering all 32 template sections with
 * about 500 words of Arabic text (objective sections add ~200 words of measures), 10 parallel
 * reviews (5 on the template, 5 free-form tagged with 4 objectives each) and 30 contributions
 * recorded on the cycle (about 300 words, 3 objectives each), and 264 trend figures (every state ×
 * indicator, two years). Then measures, several times
 * (median and worst):
 * - compile + render to DOCX (Arabic): read the published reviews, compile, present, build and
 *   pack the DOCX — what a draft preview export costs, the goal being under 3 s;
 * - publish a version (compile, freeze into jsonb, audit);
 * - export the published version as DOCX (read the frozen version, present, render), as the API does.
 */
import { sql } from 'drizzle-orm';
import { organisations } from '#db/schema/accounts';
import { contributionKinds, reviewContributions } from '#db/schema/review-contributions';
import { reviewSynthesisFigures } from '#db/schema/review-synthesis-figures';
import { emptyNarrative, trendIndicators } from '#db/schema/review-synthesis-types';
import { seedReference } from '#db/seed/reference';
import { createReview, createReviewCycle, type SectionAnswer } from '#seed/review-factories';
import { renderSynthesisDocx } from '~/modules/reviews/docx/synthesis-docx';
import { standardTemplateSections } from '~/modules/reviews/standard-template';
import { compileSynthesis } from '~/modules/reviews/synthesis/compile-synthesis';
import { loadSynthesisInput } from '~/modules/reviews/synthesis/load-synthesis-input.server';
import { presentSynthesis } from '~/modules/reviews/synthesis/present-synthesis';
import { publishSynthesis } from '~/modules/reviews/synthesis/publish-synthesis.server';
import { exportSynthesisDocx } from '~/modules/reviews/synthesis/synthesis-docx.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import { openPglite } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const goalMs = 3000;

const phrases = [
  'اعتمدت الحكومة استراتيجية وطنية للهجرة تستند إلى نهج الحكومة بأكملها',
  'وأنشأت لجنة تنسيقية تضم الوزارات المعنية وممثلين عن المجتمع المدني',
  'كما طوّرت نظامًا لجمع البيانات المصنفة حسب الجنس والعمر والوضع القانوني',
  'ونُظمت ورش عمل لبناء قدرات الموظفين العاملين في المنافذ الحدودية',
  'وتعاونت مع المنظمة الدولية للهجرة والإسكوا في إعداد الدراسات',
  'ولا تزال هناك تحديات تتعلق بالتمويل وتبادل المعلومات بين الجهات',
  'وتعمل الدولة على مواءمة تشريعاتها الوطنية مع المعايير الدولية لحقوق الإنسان',
  'وتولي اهتمامًا خاصًا لحماية الأطفال غير المصحوبين والنساء المهاجرات',
];

/** About `words` words of Arabic prose, in sentences and paragraphs, varied by seed. */
function prose(words: number, seed: number): string {
  const sentences: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    const sentence = `${phrases[(seed + i) % phrases.length]} في إطار الهدف ${(seed % 23) + 1} خلال الفترة ${2019 + (i % 5)}.`;
    sentences.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 6) paragraphs.push(sentences.slice(i, i + 6).join(' '));
  return paragraphs.join('\n\n');
}

function answers(seed: number): SectionAnswer[] {
  const statuses = ['not_started', 'planned', 'in_progress', 'advanced', 'not_applicable'] as const;
  return standardTemplateSections().map((s, i) =>
    s.kind === 'objective'
      ? {
          key: s.key,
          objectiveStatus: statuses[(seed + i) % statuses.length],
          body: { ar: prose(500, seed + i) },
          measures: { ar: prose(200, seed * 7 + i) },
          partners: { ar: 'وزارة العمل، وزارة الداخلية، المنظمة الدولية للهجرة' },
          sdgTargets: ['8.8', '10.7'],
        }
      : { key: s.key, body: { ar: prose(500, seed + i) } },
  );
}

function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  return run().then((value) => ({ ms: performance.now() - started, value }));
}

function summary(label: string, samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const worst = sorted.at(-1)!;
  console.log(
    `${label.padEnd(44)} median ${median.toFixed(0).padStart(5)} ms   worst ${worst.toFixed(0).padStart(5)} ms`,
  );
  return median;
}

async function main() {
  const seedStarted = performance.now();
  const database = await openPglite();
  await database.migrate();
  await seedReference(database.db);
  const { db } = database;
  const states = (
    await db.execute<{ iso3: string }>(
      sql`select country_iso3 as iso3 from region_members where region_id = 'LAS' order by 1`,
    )
  ).rows.map((r) => r.iso3);
  const cycle = await createReviewCycle(db, { regionId: 'LAS', states });
  for (const [i, iso3] of states.entries()) {
    await createReview(db, {
      cycleId: cycle.id,
      countryIso3: iso3,
      status: 'published',
      sections: answers(i),
    });
  }
  for (let i = 0; i < 10; i += 1) {
    const [org] = await db
      .insert(organisations)
      .values({ name: { ar: `منظمة مجتمع مدني ${i + 1}` } })
      .returning();
    const freeForm = i >= 5;
    const tagged = [1, 5, 7, 23].map((n) => ((n + i) % 23) + 1);
    const review = await createReview(db, {
      cycleId: cycle.id,
      kind: 'parallel',
      organisationId: org!.id,
      status: 'published',
      freeForm,
      objectivesTagged: freeForm ? tagged : [],
      sections: freeForm ? [{ key: 'body', body: { ar: prose(3000, 200 + i) } }] : answers(100 + i),
    });
    if (freeForm) {
      // What submission does for a free-form review: tag it with its authors' objectives.
      await setTags({ db, entityType: 'review', entityId: review.id, tags: { objectives: tagged } });
    }
  }
  await db.insert(reviewContributions).values(
    Array.from({ length: 30 }, (_, i) => ({
      cycleId: cycle.id,
      kind: contributionKinds[i % contributionKinds.length]!,
      contributor: { ar: `جهة مساهمة ${i + 1}` },
      receivedOn: `2024-0${1 + (i % 6)}-1${i % 10}`,
      text: { ar: prose(300, 300 + i) },
      objectives: [(i % 23) + 1, ((i + 7) % 23) + 1, ((i + 13) % 23) + 1],
    })),
  );
  // Trend figures: every state, indicator and year 2020 and 2024 (264 figures).
  await db.insert(reviewSynthesisFigures).values(
    states.flatMap((iso3, s) =>
      trendIndicators.flatMap((indicator, i) =>
        [2020, 2024].map((year) => ({
          cycleId: cycle.id,
          countryIso3: iso3,
          indicator,
          year,
          value: (s + 1) * (i + 1) * 10_000 + year,
          source: 'UN DESA International Migrant Stock 2024',
        })),
      ),
    ),
  );
  await db.execute(sql`analyze`);
  const words = (
    await db.execute<{ n: number }>(
      sql`select sum(array_length(regexp_split_to_array(coalesce(body->>'ar', '') || ' ' || coalesce(measures->>'ar', ''), '[[:space:]]+'), 1))::int as n from review_sections`,
    )
  ).rows[0]!.n;
  console.log(
    `seeded ${states.length} states × 23 objectives (+10 parallel reviews, 30 contributions, trend figures), ${words.toLocaleString('en')} words in reviews, in ${(
      (performance.now() - seedStarted) / 1000
    ).toFixed(1)} s`,
  );

  const i18n = serverI18n('ar');
  const baseUrl = 'https://marsad.example';
  const compileRender: number[] = [];
  const compileOnly: number[] = [];
  let size = 0;
  for (let r = 0; r <= runs; r += 1) {
    const t0 = performance.now();
    const compiled = compileSynthesis(await loadSynthesisInput(db, cycle));
    const t1 = performance.now();
    const view = presentSynthesis({
      compiled,
      narrative: emptyNarrative(),
      locale: 'ar',
      number: null,
      publishedAt: null,
    });
    const bytes = await renderSynthesisDocx({ view, i18n, baseUrl });
    const t2 = performance.now();
    size = bytes.length;
    // The first run warms the JIT and caches; it is not counted.
    if (r > 0) {
      compileOnly.push(t1 - t0);
      compileRender.push(t2 - t0);
    }
  }
  console.log(`DOCX: ${(size / 1024).toFixed(0)} KiB`);
  summary('load + compile (22 × 23, 32 reviews, 30 contr.)', compileOnly);
  const median = summary('compile + render to DOCX (ar)', compileRender);

  const admin: Subject = { userId: null, grants: [{ role: 'admin', scopeType: 'global', scopeId: '' }] };
  const publish = await timed(() =>
    publishSynthesis({ db, subject: admin, cycleId: cycle.id, expectedVersion: 0 }),
  );
  console.log(
    `${'publish version 1 (compile + freeze)'.padEnd(44)} ${publish.ms.toFixed(0).padStart(12)} ms`,
  );
  const exports: number[] = [];
  for (let r = 0; r <= runs; r += 1) {
    const { ms } = await timed(() => exportSynthesisDocx({ db, cycleId: cycle.id, locale: 'ar', baseUrl }));
    if (r > 0) exports.push(ms);
  }
  summary('export published version as DOCX (API)', exports);
  await database.close();
  console.log(median < goalMs ? `OK: under the ${goalMs} ms goal` : `SLOW: over the ${goalMs} ms goal`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
