import { describe, expect, it } from 'vitest';
import { emptyNarrative } from '#db/schema/review-synthesis-types';
import { objectiveSectionKey, standardTemplateSections } from '../standard-template';
import {
  compileSynthesis,
  isSectionAnswered,
  type SynthesisInput,
  type SynthesisReviewInput,
  type SynthesisSectionInput,
} from './compile-synthesis';
import { presentSynthesis } from './present-synthesis';

const section = (key: string, values: Partial<SynthesisSectionInput> = {}): SynthesisSectionInput => ({
  sectionKey: key,
  body: {},
  objectiveStatus: null,
  measures: {},
  partners: {},
  dataAvailable: {},
  ...values,
});

let nextId = 0;
const review = (values: Partial<SynthesisReviewInput>): SynthesisReviewInput => {
  nextId += 1;
  return {
    id: `00000000-0000-4000-8000-${String(nextId).padStart(12, '0')}`,
    kind: 'national',
    countryIso3: null,
    organisationId: null,
    authorName: {},
    title: { ar: 'الاستعراض', en: 'Review' },
    originalLanguage: 'ar',
    freeForm: false,
    isSample: false,
    objectiveTags: [],
    sections: [],
    ...values,
  };
};

const states = [
  { iso3: 'EGY', name: { ar: 'مصر', en: 'Egypt' } },
  { iso3: 'JOR', name: { ar: 'الأردن', en: 'Jordan' } },
  { iso3: 'MAR', name: { ar: 'المغرب', en: 'Morocco' } },
];

function input(reviews: SynthesisReviewInput[], overrides: Partial<SynthesisInput> = {}): SynthesisInput {
  return {
    cycle: {
      id: '11111111-1111-4111-8111-111111111111',
      regionId: 'LAS',
      regionName: { ar: 'جامعة الدول العربية', en: 'League of Arab States' },
      title: { ar: 'الاستعراض الإقليمي', en: 'Regional review' },
      partners: { en: 'LAS, ESCWA, IOM' },
    },
    statesInScope: states,
    objectives: Array.from({ length: 23 }, (_, i) => ({
      number: i + 1,
      title: { ar: `الهدف ${i + 1}`, en: `Objective ${i + 1}` },
    })),
    templateSections: standardTemplateSections().map((s) => ({
      key: s.key,
      kind: s.kind,
      objective: s.objective,
    })),
    reviews,
    compiledAt: new Date('2024-07-01T00:00:00Z'),
    ...overrides,
  };
}

const o = objectiveSectionKey;

describe('isSectionAnswered', () => {
  it('counts a status other than not applicable, or any text', () => {
    expect(isSectionAnswered(undefined)).toBe(false);
    expect(isSectionAnswered(section('x'))).toBe(false);
    expect(isSectionAnswered(section('x', { objectiveStatus: 'not_applicable' }))).toBe(false);
    expect(isSectionAnswered(section('x', { objectiveStatus: 'planned' }))).toBe(true);
    expect(isSectionAnswered(section('x', { objectiveStatus: 'not_applicable', body: { en: 'Why' } }))).toBe(
      true,
    );
    expect(isSectionAnswered(section('x', { partners: { ar: 'الشركاء' } }))).toBe(true);
    expect(isSectionAnswered(section('x', { body: { ar: '   ' } }))).toBe(false);
  });
});

describe('compileSynthesis', () => {
  const jordan = review({
    countryIso3: 'JOR',
    authorName: { ar: 'الأردن', en: 'Jordan' },
    sections: [
      section(o(1), { objectiveStatus: 'advanced', measures: { ar: 'أنشأت الحكومة قاعدة بيانات وطنية.' } }),
      section(o(2), { objectiveStatus: 'not_applicable' }),
      section(o(3), { body: { en: 'Information centres opened in Amman.' } }),
      section('challenges', { body: { ar: 'نقص البيانات المصنفة.', en: 'Lack of disaggregated data.' } }),
    ],
  });
  const egypt = review({
    countryIso3: 'EGY',
    authorName: { ar: 'مصر', en: 'Egypt' },
    sections: [
      section(o(1), { objectiveStatus: 'in_progress', body: { ar: 'مسح وطني للهجرة.' } }),
      section(o(3), { objectiveStatus: 'advanced' }),
      section('practices', { body: { ar: 'مراكز الخدمة الموحدة.' } }),
    ],
  });
  const shadow = review({
    kind: 'parallel',
    organisationId: '22222222-2222-4222-8222-222222222222',
    authorName: { en: 'Migrant Rights Network' },
    originalLanguage: 'en',
    sections: [
      section(o(1), {
        objectiveStatus: 'not_started',
        body: { en: 'Data is not shared with civil society.' },
      }),
      section('challenges', { body: { en: 'Shrinking civic space.' } }),
    ],
  });
  const freeForm = review({
    kind: 'parallel',
    organisationId: '33333333-3333-4333-8333-333333333333',
    authorName: { ar: 'شبكة المجتمع المدني' },
    freeForm: true,
    objectiveTags: [3],
    sections: [section('body', { body: { ar: 'نص حر عن مراكز المعلومات.' } })],
  });
  const compiled = compileSynthesis(input([shadow, jordan, freeForm, egypt]));

  it('counts who reported each objective and the spread of statuses, national and parallel apart', () => {
    const [one, two, three] = compiled.objectives;
    expect(one!.national.reporters.sort()).toEqual([jordan.id, egypt.id].sort());
    expect(one!.national.statuses).toMatchObject({ advanced: 1, in_progress: 1, not_started: 0 });
    expect(one!.national.notReported).toEqual(['MAR']);
    expect(one!.parallel.reporters).toEqual([shadow.id]);
    expect(one!.parallel.statuses.not_started).toBe(1);
    // Not applicable without text is not a report, but its status is counted.
    expect(two!.national.reporters).toEqual([]);
    expect(two!.national.statuses.not_applicable).toBe(1);
    expect(two!.national.notReported).toEqual(['EGY', 'JOR', 'MAR']);
    // Text without a status is a report "without status".
    expect(three!.national.reporters.sort()).toEqual([jordan.id, egypt.id].sort());
    expect(three!.national.withoutStatus).toBe(1);
    // A free-form parallel review counts for the objectives it is tagged with.
    expect(three!.parallel.reporters).toEqual([freeForm.id]);
    expect(three!.parallel.extracts).toEqual([
      { reviewId: freeForm.id, sectionKey: 'body', field: 'body', text: { ar: 'نص حر عن مراكز المعلومات.' } },
    ]);
    expect(compiled.totals).toEqual({
      statesInScope: 3,
      nationalPublished: 2,
      parallelPublished: 2,
      contributions: 0,
    });
  });

  it('quotes measures and text with their source section, in the languages written', () => {
    const one = compiled.objectives[0]!;
    expect(one.national.extracts).toEqual(
      expect.arrayContaining([
        {
          reviewId: jordan.id,
          sectionKey: 'objective-1',
          field: 'measures',
          text: { ar: 'أنشأت الحكومة قاعدة بيانات وطنية.' },
        },
        { reviewId: egypt.id, sectionKey: 'objective-1', field: 'body', text: { ar: 'مسح وطني للهجرة.' } },
      ]),
    );
    expect(one.national.extracts).toHaveLength(2);
    expect(one.parallel.extracts.map((e) => e.text.en)).toEqual(['Data is not shared with civil society.']);
  });

  it('trims long sections to about 80 words', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Sentence number ${i} is here.`).join(' ');
    const result = compileSynthesis(
      input([review({ countryIso3: 'MAR', sections: [section(o(5), { measures: { en: long } })] })]),
    );
    const text = result.objectives[4]!.national.extracts[0]!.text.en!;
    expect(text.endsWith(' …')).toBe(true);
    expect(text.split(/\s+/).length).toBeLessThanOrEqual(81);
    expect(long.startsWith(text.slice(0, -2))).toBe(true);
  });

  it('quotes the thematic sections per state and organisation', () => {
    const challenges = compiled.themes.find((t) => t.theme === 'challenges')!;
    expect(challenges.national).toEqual([
      {
        reviewId: jordan.id,
        sectionKey: 'challenges',
        field: 'body',
        text: { ar: 'نقص البيانات المصنفة.', en: 'Lack of disaggregated data.' },
      },
    ]);
    expect(challenges.parallel.map((e) => e.reviewId)).toEqual([shadow.id]);
    expect(compiled.themes.find((t) => t.theme === 'practices')!.national.map((e) => e.reviewId)).toEqual([
      egypt.id,
    ]);
    expect(compiled.themes.map((t) => t.theme)).toEqual(['challenges', 'priorities', 'practices', 'support']);
  });

  it('builds the coverage matrix of the states in scope × 23 objectives', () => {
    const { coverage } = compiled;
    expect(coverage.objectives).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(coverage.rows.map((r) => r.iso3)).toEqual(['EGY', 'JOR', 'MAR']);
    const jor = coverage.rows.find((r) => r.iso3 === 'JOR')!;
    expect(jor.reviewId).toBe(jordan.id);
    expect(jor.cells.slice(0, 4)).toEqual([
      { reported: true, status: 'advanced' },
      { reported: false, status: 'not_applicable' },
      { reported: true, status: null },
      { reported: false, status: null },
    ]);
    const mar = coverage.rows.find((r) => r.iso3 === 'MAR')!;
    expect(mar.reviewId).toBeNull();
    expect(mar.cells.every((c) => !c.reported && c.status === null)).toBe(true);
  });

  it('lists the least reported objectives, fewest first, ties kept together', () => {
    // Objectives 1 and 3 have two reports; the 21 others none: all of those tie at the bottom.
    expect(compiled.leastReported).toHaveLength(21);
    expect(compiled.leastReported[0]).toEqual({ objective: 2, count: 0 });
    expect(compiled.leastReported.map((l) => l.objective)).not.toContain(1);

    const spread = compileSynthesis(
      input(
        states.map((s, i) =>
          review({
            countryIso3: s.iso3,
            // State i reports on objectives 1..(i * 8 + 5): coverage falls from objective 1 to 23.
            sections: Array.from({ length: i * 8 + 5 }, (_, n) =>
              section(o(n + 1), { objectiveStatus: 'planned' }),
            ),
          }),
        ),
      ),
    );
    expect(spread.leastReported).toEqual([
      { objective: 22, count: 0 },
      { objective: 23, count: 0 },
      { objective: 14, count: 1 },
      { objective: 15, count: 1 },
      { objective: 16, count: 1 },
      { objective: 17, count: 1 },
      { objective: 18, count: 1 },
      { objective: 19, count: 1 },
      { objective: 20, count: 1 },
      { objective: 21, count: 1 },
    ]);
  });

  it('quotes each recorded contribution under the objectives it is tagged with, by the day received', () => {
    const contribution = (id: string, receivedOn: string, objectives: number[], text: string) => ({
      contributionId: id,
      kind: 'parliament' as const,
      contributor: { ar: `جهة ${id}` },
      receivedOn,
      objectives,
      text: { ar: text },
      isSample: false,
    });
    const compiled = compileSynthesis(
      input([], {
        contributions: [
          contribution('c2', '2021-02-04', [5, 7], 'بيان البرلمان العربي.'),
          contribution('c1', '2021-01-28', [7], 'بيان العملية التشاورية.'),
          contribution('c3', '2021-02-23', [], 'خلاصة المشاورة.'),
          contribution('c4', '2021-02-24', [9], ''),
        ],
      }),
    );
    const quoted = (n: number) => compiled.objectives[n - 1]!.contributions!.map((e) => e.contributionId);
    expect(quoted(7)).toEqual(['c1', 'c2']);
    expect(quoted(5)).toEqual(['c2']);
    // A contribution without text (a file only) is listed, not quoted.
    expect(quoted(9)).toEqual([]);
    expect(compiled.objectives[4]!.contributions![0]!.text).toEqual({ ar: 'بيان البرلمان العربي.' });
    expect(compiled.contributions!.map((c) => c.contributionId)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(compiled.contributions![0]).not.toHaveProperty('text');
    expect(compiled.totals.contributions).toBe(4);
  });

  it('follows the section kinds of the cycle template, whatever their keys', () => {
    const custom = compileSynthesis(
      input(
        [
          review({
            countryIso3: 'EGY',
            sections: [
              section('obj-seven', { objectiveStatus: 'advanced' }),
              section('barriers', { body: { en: 'Costs of recruitment.' } }),
            ],
          }),
        ],
        {
          templateSections: [
            { key: 'obj-seven', kind: 'objective', objective: 7 },
            { key: 'barriers', kind: 'challenges', objective: null },
          ],
        },
      ),
    );
    expect(custom.objectives[6]!.national.reporters).toHaveLength(1);
    expect(custom.objectives[0]!.national.reporters).toHaveLength(0);
    expect(custom.themes[0]!.national[0]).toMatchObject({ sectionKey: 'barriers' });
  });
});

describe('presentSynthesis', () => {
  it('picks each text in the reader language, flags the other language, links to the source section', () => {
    const jordan = review({
      countryIso3: 'JOR',
      sections: [section(o(4), { objectiveStatus: 'planned', measures: { ar: 'بطاقات هوية للمهاجرين.' } })],
    });
    const egypt = review({
      countryIso3: 'EGY',
      sections: [section(o(4), { measures: { ar: 'سجل مدني.', en: 'Civil registry.' } })],
    });
    const compiled = compileSynthesis(input([jordan, egypt]));
    const view = presentSynthesis({
      compiled,
      narrative: { ...emptyNarrative(), introduction: { ar: 'مقدمة' } },
      locale: 'en',
      number: 2,
      publishedAt: new Date('2024-07-04T10:00:00Z'),
    });
    const four = view.objectives[3]!;
    // Ordered by state name in the reader's language: Egypt, Jordan.
    expect(four.national.extracts.map((e) => e.author.text)).toEqual(['Egypt', 'Jordan']);
    expect(four.national.extracts[0]!.text).toEqual({
      text: 'Civil registry.',
      lang: 'en',
      isFallback: false,
    });
    expect(four.national.extracts[1]!.text).toEqual({
      text: 'بطاقات هوية للمهاجرين.',
      lang: 'ar',
      isFallback: true,
    });
    expect(four.national.extracts[1]!.href).toBe(`/en/reviews/${jordan.id}#section-objective-4`);
    expect(view.introduction).toEqual({ text: 'مقدمة', lang: 'ar', isFallback: true });
    expect(view.coverage.rows.map((r) => r.name.text)).toEqual(['Egypt', 'Jordan', 'Morocco']);
    expect(view.publishedAt).toBe('2024-07-04T10:00:00.000Z');

    const arabic = presentSynthesis({
      compiled,
      narrative: emptyNarrative(),
      locale: 'ar',
      number: null,
      publishedAt: null,
    });
    expect(arabic.objectives[3]!.national.extracts.map((e) => e.author.text)).toEqual(['الأردن', 'مصر']);
    expect(arabic.objectives[3]!.national.extracts[0]!.href).toBe(
      `/ar/reviews/${jordan.id}#section-objective-4`,
    );
  });
});
