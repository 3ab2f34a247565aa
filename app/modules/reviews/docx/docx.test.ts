import { describe, expect, it } from 'vitest';
import { emptyNarrative } from '#db/schema/review-synthesis-types';
import { isRtlParagraph, isRtlRun, readDocx } from '~/platform/docx/docx-test-support';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { standardTemplateSections } from '../standard-template';
import { compileSynthesis, type SynthesisReviewInput } from '../synthesis/compile-synthesis';
import { presentSynthesis } from '../synthesis/present-synthesis';
import type { ReviewDocumentData } from './review-document.server';
import { renderReviewDocx } from './review-docx';
import { renderSynthesisDocx } from './synthesis-docx';

const jordanId = '00000000-0000-4000-8000-00000000000a';
const ngoId = '00000000-0000-4000-8000-00000000000b';
const arabicMeasure = 'أطلقت الحكومة منصة وطنية لبيانات الهجرة بالتعاون مع دائرة الإحصاءات العامة.';
const englishQuote = 'Recruitment fees remain high & unregulated.';

const reviews: SynthesisReviewInput[] = [
  {
    id: jordanId,
    kind: 'national',
    countryIso3: 'JOR',
    organisationId: null,
    authorName: { ar: 'الأردن', en: 'Jordan' },
    title: { ar: 'الاستعراض الوطني الطوعي للأردن' },
    originalLanguage: 'ar',
    freeForm: false,
    isSample: false,
    objectiveTags: [],
    sections: [
      {
        sectionKey: 'objective-1',
        objectiveStatus: 'advanced',
        measures: { ar: arabicMeasure },
        body: {},
        partners: {},
        dataAvailable: {},
      },
      {
        sectionKey: 'challenges',
        objectiveStatus: null,
        body: { ar: 'ضعف تبادل البيانات.' },
        measures: {},
        partners: {},
        dataAvailable: {},
      },
    ],
  },
  {
    id: ngoId,
    kind: 'parallel',
    countryIso3: null,
    organisationId: '00000000-0000-4000-8000-0000000000cc',
    authorName: { en: 'Migrant Rights Network' },
    title: { en: 'Shadow report' },
    originalLanguage: 'en',
    freeForm: false,
    isSample: false,
    objectiveTags: [],
    sections: [
      {
        sectionKey: 'objective-6',
        objectiveStatus: 'not_started',
        body: { en: englishQuote },
        measures: {},
        partners: {},
        dataAvailable: {},
      },
    ],
  },
];

const arcpStatement = 'تدعو العملية التشاورية إلى توسيع المسارات النظامية للعمال المهاجرين.';

const compiled = compileSynthesis({
  cycle: {
    id: '11111111-1111-4111-8111-111111111111',
    regionId: 'LAS',
    regionName: { ar: 'جامعة الدول العربية', en: 'League of Arab States' },
    title: { ar: 'الاستعراض الإقليمي العربي الثاني', en: 'Second Arab regional review' },
    partners: { ar: 'الجامعة والإسكوا والمنظمة الدولية للهجرة' },
  },
  statesInScope: [
    { iso3: 'JOR', name: { ar: 'الأردن', en: 'Jordan' } },
    { iso3: 'EGY', name: { ar: 'مصر', en: 'Egypt' } },
  ],
  objectives: Array.from({ length: 23 }, (_, i) => ({
    number: i + 1,
    title: { ar: `عنوان الهدف ${i + 1}`, en: `Objective title ${i + 1}` },
  })),
  templateSections: standardTemplateSections().map((s) => ({
    key: s.key,
    kind: s.kind,
    objective: s.objective,
  })),
  reviews,
  contributions: [
    {
      contributionId: '33333333-3333-4333-8333-333333333333',
      kind: 'consultative_process',
      contributor: { ar: 'العملية التشاورية العربية' },
      receivedOn: '2024-05-28',
      objectives: [5],
      text: { ar: arcpStatement },
      isSample: false,
    },
  ],
  figures: [
    {
      iso3: 'JOR',
      name: { ar: 'الأردن', en: 'Jordan' },
      indicator: 'migrant_stock',
      year: 2020,
      value: 3_100_000,
      source: 'UN DESA International Migrant Stock 2020',
      sourceUrl: null,
      note: null,
    },
    {
      iso3: 'JOR',
      name: { ar: 'الأردن', en: 'Jordan' },
      indicator: 'migrant_stock',
      year: 2024,
      value: 3_500_000,
      source: 'UN DESA International Migrant Stock 2024',
      sourceUrl: null,
      note: null,
    },
    {
      iso3: 'EGY',
      name: { ar: 'مصر', en: 'Egypt' },
      indicator: 'migrant_stock',
      year: 2024,
      value: 550_000,
      source: 'UN DESA International Migrant Stock 2024',
      sourceUrl: null,
      note: null,
    },
  ],
  compiledAt: new Date('2024-07-01T00:00:00Z'),
});

async function synthesisDocx(locale: 'ar' | 'en') {
  const view = presentSynthesis({
    compiled,
    narrative: { ...emptyNarrative(), introduction: { ar: 'مقدمة التقرير.\n\nالفقرة الثانية.' } },
    locale,
    number: 1,
    publishedAt: new Date('2024-07-04T00:00:00Z'),
  });
  return readDocx(
    await renderSynthesisDocx({ view, i18n: serverI18n(locale), baseUrl: 'https://marsad.example' }),
  );
}

describe('synthesis DOCX', () => {
  it('is right-to-left in Arabic at paragraph, run, table and section level, with the quoted extracts', async () => {
    const doc = await synthesisDocx('ar');
    expect(doc.files).toEqual(
      expect.arrayContaining(['word/document.xml', 'word/styles.xml', '[Content_Types].xml']),
    );

    const quote = doc.paragraphs.find((p) => p.text === arabicMeasure);
    expect(quote, 'the Arabic extract is quoted verbatim').toBeDefined();
    expect(isRtlParagraph(quote!)).toBe(true);
    expect(quote!.runs.every(isRtlRun)).toBe(true);
    // Arabic runs carry complex-script sizes; the document's default font names a complex-script face.
    expect(doc.styles).toMatch(/<w:docDefaults>[\s\S]*<w:szCs w:val="24"\/>[\s\S]*<\/w:docDefaults>/);
    expect(doc.styles).toMatch(/<w:rFonts [^>]*w:cs="Arial"/);
    expect(doc.styles).toMatch(/<w:lang [^>]*w:bidi="ar-SA"/);

    const attribution = doc.paragraphs[doc.paragraphs.indexOf(quote!) + 1]!;
    expect(attribution.text).toContain('الأردن');
    expect(attribution.text).toContain('اقرأ القسم كاملًا');
    expect(isRtlParagraph(attribution)).toBe(true);
    expect(doc.links).toContain(`https://marsad.example/ar/reviews/${jordanId}#section-objective-1`);

    // Headings and labels in the reader's language are right-to-left too.
    const heading = doc.paragraphs.find((p) => p.text.startsWith('الهدف ١: عنوان الهدف 1'));
    expect(heading && isRtlParagraph(heading)).toBe(true);
    expect(doc.paragraphs.filter((p) => /[\u0600-\u06FF]/.test(p.text)).every(isRtlParagraph)).toBe(true);

    // Every table (statuses, least reported, coverage matrix, legend) is visually right-to-left.
    expect(doc.tables.length).toBeGreaterThan(25);
    expect(doc.tables.every((t) => t.includes('<w:bidiVisual/>'))).toBe(true);
    // Page direction of each section (portrait body, landscape matrix), before docGrid as the schema orders it.
    expect(doc.sections).toHaveLength(2);
    for (const section of doc.sections) expect(section).toMatch(/<w:bidi\/>(<w:docGrid|$)/);
    expect(doc.sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(doc.sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);

    // The English quotation of the parallel review keeps its language: a left-to-right paragraph.
    const english = doc.paragraphs.find((p) => p.text === englishQuote);
    expect(english).toBeDefined();
    expect(isRtlParagraph(english!)).toBe(false);
    expect(english!.runs.some(isRtlRun)).toBe(false);
    expect(doc.paragraphs[doc.paragraphs.indexOf(english!) + 1]!.text).toContain('Migrant Rights Network');

    // The coverage matrix: a row per state with the short status codes.
    expect(doc.documentXml).toContain('مصفوفة التغطية');
    const narrative = doc.paragraphs.filter(
      (p) => p.text === 'مقدمة التقرير.' || p.text === 'الفقرة الثانية.',
    );
    expect(narrative).toHaveLength(2);
  });

  it('opens with a table of contents linking every chapter, objective titles in its headings, and quotes contributions', async () => {
    const doc = await synthesisDocx('ar');
    const tocTitle = doc.paragraphs.findIndex((p) => p.text === 'المحتويات');
    const introduction = doc.paragraphs.findIndex(
      (p) => p.text === 'المقدمة' && p.pPr.includes('<w:pStyle w:val="Heading1"/>'),
    );
    expect(tocTitle).toBeGreaterThan(0);
    expect(tocTitle).toBeLessThan(introduction);
    // Each objective: a heading with its number and title, bookmarked, linked from the contents with a PAGEREF.
    for (const n of [1, 12, 23]) {
      const title = `الهدف ${new Intl.NumberFormat('ar-EG').format(n)}: عنوان الهدف ${n}`;
      const headingIndex = doc.paragraphs.findIndex(
        (p) => p.text === title && p.pPr.includes('<w:pStyle w:val="Heading1"/>'),
      );
      expect(headingIndex, title).toBeGreaterThan(introduction);
      // …and the same title in the contents, before the introduction.
      expect(doc.paragraphs.findIndex((p) => p.text === title)).toBeLessThan(introduction);
      expect(doc.documentXml).toContain(`w:name="toc_objective_${n}"`);
      expect(doc.links).toContain(`#toc_objective_${n}`);
      expect(doc.documentXml).toContain(`PAGEREF toc_objective_${n} \\h`);
    }
    // Word is asked to update the page numbers on opening; line spacing is never exact.
    expect(doc.documentXml).not.toMatch(/w:lineRule="(exact|atLeast)"/);
    expect(doc.styles).toMatch(/<w:spacing [^>]*w:line="276"[^>]*w:lineRule="auto"/);
    // The contribution of a consultative process is quoted under objective 5, with who sent it.
    const quote = doc.paragraphs.find((p) => p.text === arcpStatement);
    expect(quote && isRtlParagraph(quote)).toBe(true);
    expect(doc.paragraphs[doc.paragraphs.indexOf(quote!) + 1]!.text).toContain('العملية التشاورية العربية');
    expect(doc.paragraphs.some((p) => p.text === 'المساهمات الواردة')).toBe(true);
  });

  it('has the migration patterns and trends chapter before the overview, in the contents, with a right-to-left table per indicator', async () => {
    const doc = await synthesisDocx('ar');
    const i18n = serverI18n('ar');
    const isHeading1 = (p: (typeof doc.paragraphs)[number]) => p.pPr.includes('<w:pStyle w:val="Heading1"/>');
    const trends = doc.paragraphs.findIndex((p) => p.text === 'أنماط الهجرة واتجاهاتها' && isHeading1(p));
    const overview = doc.paragraphs.findIndex((p) => p.text === 'لمحة عامة' && isHeading1(p));
    expect(trends).toBeGreaterThan(0);
    expect(trends).toBeLessThan(overview);
    expect(doc.links).toContain('#toc_trends');
    expect(doc.paragraphs.some((p) => p.text === 'المهاجرون الدوليون المقيمون في الدولة')).toBe(true);
    const cell = (text: string) => doc.paragraphs.find((p) => p.text === text);
    expect(cell('UN DESA International Migrant Stock 2024')).toBeDefined();
    expect(isRtlParagraph(cell(i18n.number(3_500_000))!)).toBe(true);
    // The regional total over the two states with a figure, the year in the reader's digits.
    expect(cell(i18n.number(4_050_000))).toBeDefined();
    expect(cell('٢٠٢٤')).toBeDefined();
    // The years recorded, as the page shows them, where a state has more than one.
    expect(cell(i18n.t('reviews-synthesis.trends.series'))).toBeDefined();
    const jordanSeries = doc.paragraphs.find((p) => p.text.includes('٢٠٢٠') && p.text.includes('٢٠٢٤'));
    expect(jordanSeries?.text).toContain(i18n.number(3_100_000));
    expect(doc.tables.every((t) => t.includes('<w:bidiVisual/>'))).toBe(true);
  });

  it('is left-to-right in English, quoting Arabic texts right-to-left with a note', async () => {
    const doc = await synthesisDocx('en');
    expect(doc.tables.some((t) => t.includes('bidiVisual'))).toBe(false);
    expect(doc.sections.some((s) => s.includes('<w:bidi/>'))).toBe(false);
    const heading = doc.paragraphs.find((p) => p.text === 'Objective 1: Objective title 1');
    expect(heading && isRtlParagraph(heading)).toBe(false);
    const quote = doc.paragraphs.find((p) => p.text === arabicMeasure)!;
    expect(isRtlParagraph(quote)).toBe(true);
    expect(quote.runs.every(isRtlRun)).toBe(true);
    const attribution = doc.paragraphs[doc.paragraphs.indexOf(quote) + 1]!;
    expect(attribution.text).toContain('Jordan');
    expect(attribution.text).toContain('Arabic only');
    expect(doc.links).toContain(`https://marsad.example/en/reviews/${jordanId}#section-objective-1`);
    expect(doc.paragraphs.some((p) => p.text === englishQuote && !isRtlParagraph(p))).toBe(true);
  });
});

describe('review DOCX', () => {
  const data: ReviewDocumentData = {
    reviewId: jordanId,
    kind: 'national',
    title: { ar: 'الاستعراض الوطني الطوعي للأردن' },
    author: { ar: 'الأردن', en: 'Jordan' },
    cycleTitle: { ar: 'الاستعراض الإقليمي العربي الثاني' },
    originalLanguage: 'ar',
    publishedAt: new Date('2024-05-01T00:00:00Z'),
    isSample: true,
    sections: standardTemplateSections().map((s) => ({
      key: s.key,
      title: s.title,
      isObjective: s.kind === 'objective',
      objectiveStatus: s.key === 'objective-2' ? 'in_progress' : null,
      body: s.key === 'introduction' ? { ar: 'تمهيد.\nسطر ثانٍ.\n\nفقرة أخرى.' } : {},
      measures: s.key === 'objective-2' ? { ar: 'تدابير الهدف الثاني.' } : {},
      partners: {},
      sdgTargets: s.key === 'objective-2' ? ['8.8', '10.7'] : [],
      sdgTargetsNote: s.key === 'objective-2' ? 'والغاية 10.7 جزئيًا' : null,
      dataAvailable: {},
    })),
    attachments: [{ fileId: '00000000-0000-4000-8000-0000000000ff', name: 'ملحق البيانات.pdf' }],
  };

  it('holds the full text in template order, right-to-left in Arabic', async () => {
    const doc = readDocx(
      await renderReviewDocx({ data, i18n: serverI18n('ar'), baseUrl: 'https://marsad.example' }),
    );
    // Answered sections (and the sections that are not objectives) in template order…
    const unanswered = standardTemplateSections().filter(
      (s) => s.kind === 'objective' && s.key !== 'objective-2',
    );
    const titles = standardTemplateSections()
      .filter((s) => !unanswered.some((u) => u.key === s.key))
      .map((s) => s.title.ar!);
    const positions = titles.map((title) => doc.paragraphs.findIndex((p) => p.text === title));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // …and the objectives left unanswered named once, after them, under one heading.
    const notReported = doc.paragraphs.findIndex((p) => p.text === 'أهداف لم يُبلَغ عنها');
    expect(notReported).toBeGreaterThan(Math.max(...positions));
    for (const s of unanswered) {
      expect(doc.paragraphs.filter((p) => p.text === s.title.ar).length).toBe(1);
      expect(doc.paragraphs.findIndex((p) => p.text === s.title.ar)).toBeGreaterThan(notReported);
    }
    const intro = doc.paragraphs.find((p) => p.text.startsWith('تمهيد.'))!;
    expect(intro.text).toBe('تمهيد.سطر ثانٍ.');
    expect(intro.runs.length).toBe(2);
    expect(isRtlParagraph(intro)).toBe(true);
    expect(doc.paragraphs.some((p) => p.text === 'فقرة أخرى.')).toBe(true);
    expect(doc.paragraphs.some((p) => p.text === 'حالة التنفيذ: قيد التنفيذ')).toBe(true);
    expect(doc.paragraphs.some((p) => p.text === 'تدابير الهدف الثاني.' && isRtlParagraph(p))).toBe(true);
    // SDG targets: code and title in the reader's language, then the note kept from the old free text.
    const targets = doc.paragraphs.findIndex((p) => p.text === 'غايات أهداف التنمية المستدامة ذات الصلة');
    expect(doc.paragraphs.slice(targets + 1, targets + 4).map((p) => p.text)).toEqual([
      '8.8: حماية حقوق العمل وتوفير بيئات عمل آمنة لجميع العمال، بمن فيهم العمال المهاجرون',
      '10.7: تيسير الهجرة على نحو منظم وآمن ومنتظم ومتسم بالمسؤولية',
      'والغاية 10.7 جزئيًا',
    ]);
    expect(doc.paragraphs.filter((p) => p.text === 'لم تُقدَّم إجابة.').length).toBe(titles.length - 2);
    expect(doc.paragraphs.some((p) => p.text === 'بيانات تجريبية')).toBe(true);
    expect(doc.links).toContain('https://marsad.example/ar/files/00000000-0000-4000-8000-0000000000ff');
    expect(doc.sections[0]).toContain('<w:bidi/>');
  });

  it("keeps the lists and tables the writer typed: items marked, numbers in the reader's digits, a table", async () => {
    const structured: ReviewDocumentData = {
      ...data,
      sections: data.sections.map((s) =>
        s.key === 'introduction'
          ? {
              ...s,
              body: {
                ar: 'اتخذت الحكومة:\n- قانونًا\n- وحدة حماية\n\n1. أولًا\n2. ثانيًا\n\n| السنة | العائدون |\n|---|---|\n| 2024 | 1200 |',
              },
            }
          : s,
      ),
    };
    const doc = readDocx(
      await renderReviewDocx({ data: structured, i18n: serverI18n('ar'), baseUrl: 'https://marsad.example' }),
    );
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toContain('اتخذت الحكومة:');
    expect(texts).toContain('• قانونًا');
    expect(texts).toContain('١. أولًا');
    expect(texts).toContain('٢. ثانيًا');
    const item = doc.paragraphs.find((p) => p.text === '• وحدة حماية')!;
    expect(item.pPr).toContain('w:hanging');
    expect(isRtlParagraph(item)).toBe(true);
    // The table: its header and cells, right to left.
    expect(texts).toEqual(expect.arrayContaining(['السنة', 'العائدون', '2024', '1200']));
    expect(doc.documentXml).not.toContain('|---|');
  });

  it('tells an English reader which texts exist only in Arabic', async () => {
    const doc = readDocx(
      await renderReviewDocx({ data, i18n: serverI18n('en'), baseUrl: 'https://marsad.example' }),
    );
    expect(doc.paragraphs.some((p) => p.text === 'Introduction and methodology' && !isRtlParagraph(p))).toBe(
      true,
    );
    expect(doc.paragraphs.filter((p) => p.text === 'available in Arabic only').length).toBeGreaterThan(0);
    expect(doc.paragraphs.some((p) => p.text === 'Jordan')).toBe(true);
    expect(doc.sections[0]).not.toContain('<w:bidi/>');
  });
});
