import type { Paragraph, Table } from 'docx';
import type { Locale } from '#db/schema/columns';
import { type ObjectiveStatus, objectiveStatuses } from '#db/schema/review-values';
import {
  createDocument,
  heading,
  hyperlink,
  line,
  packDocument,
  paragraph,
  run,
  type TableCellSpec,
  type TocEntry,
  table,
  tableOfContents,
  textParagraphs,
} from '~/platform/docx/docx-kit';
import type { I18n } from '~/platform/i18n/translator';
import {
  type ContributionExtractView,
  coverageCellState,
  type ExtractView,
  type PickedText,
  type SynthesisView,
} from '../synthesis/present-synthesis';

type Block = Paragraph | Table;

/** Cell fills of the coverage matrix, by what the cell shows (same tones as the HTML page). */
export const coverageFills: Record<string, string> = {
  advanced: '99D5C9',
  in_progress: 'C7E8E1',
  planned: 'FDE68A',
  not_started: 'FECACA',
  not_applicable: 'E2E8F0',
  reported: 'DBEAFE',
  notReported: 'FFFFFF',
};

/**
 * The regional synthesis report as a Word document in the reader's language: title page, table
 * of contents (each chapter linked, with its page), introduction, migration patterns and trends (a
 * table per indicator: each state's latest figure, year and source, the regional total), overview with the least
 * reported objectives, one chapter per objective titled with it (the secretariat's commentary,
 * who reported, the statuses, quotations from national and — apart — parallel reviews and the
 * contributions recorded on the cycle, each with its author and a link to the source), the
 * thematic chapters, the contributions received, conclusions and roadmap, and the coverage matrix
 * as an annex in landscape.
 */
export function buildSynthesisDocument(options: { view: SynthesisView; i18n: I18n; baseUrl: string }) {
  const { view, i18n, baseUrl } = options;
  const L: Locale = view.locale;
  const n = (value: number) => i18n.number(value);
  const onlyIn = (p: PickedText) =>
    p.isFallback ? i18n.t(p.lang === 'en' ? 'common.onlyInEnglish' : 'common.onlyInArabic') : null;

  /** A narrative text (the reader's language, or the other one with a note). */
  const narrative = (p: PickedText): Block[] => {
    if (!p.text) return [];
    const note = onlyIn(p);
    return [
      ...(note ? [line(note, L, { italics: true, color: '92400E' })] : []),
      ...textParagraphs(p.text, p.lang),
    ];
  };

  const quotation = (e: ExtractView): Block[] => {
    const note = onlyIn(e.text);
    const fieldLabel =
      e.field === 'measures' ? i18n.t('reviews.field.measures') : i18n.t('reviews-synthesis.field.body');
    return [
      ...textParagraphs(e.text.text, e.text.lang, { quote: true }),
      paragraph(
        [
          run('— ', L),
          run(e.author.text, e.author.lang, { bold: true }),
          run(` · ${fieldLabel}${note ? ` · ${note}` : ''} · `, L, { color: '475569' }),
          hyperlink(i18n.t('reviews-synthesis.extract.source'), new URL(e.href, baseUrl).toString(), L),
        ],
        { lang: L, spacingAfter: 200 },
      ),
    ];
  };

  const contributionQuotation = (e: ContributionExtractView): Block[] => {
    const note = onlyIn(e.text);
    return [
      ...textParagraphs(e.text.text, e.text.lang, { quote: true }),
      paragraph(
        [
          run('— ', L),
          run(e.author.text, e.author.lang, { bold: true }),
          run(` · ${i18n.t(`reviews-cycles.contribution.kind.${e.kind}`)}${note ? ` · ${note}` : ''} · `, L, {
            color: '475569',
          }),
          hyperlink(i18n.t('reviews-synthesis.extract.source'), new URL(e.href, baseUrl).toString(), L),
        ],
        { lang: L, spacingAfter: 200 },
      ),
    ];
  };

  const quotations = (title: string, list: ExtractView[]): Block[] =>
    list.length ? [heading(title, L, 3), ...list.flatMap(quotation)] : [];

  const statusTable = (
    statuses: Record<string, number>,
    withoutStatus: number,
    notReported: number | null,
  ) => {
    const rows: TableCellSpec[][] = [
      [
        { text: i18n.t('reviews-synthesis.objective.status'), bold: true, fill: 'E2E8F0' },
        { text: i18n.t('reviews-synthesis.objective.states'), bold: true, fill: 'E2E8F0', center: true },
      ],
      ...objectiveStatuses.map((s) => [
        { text: i18n.t(`reviews.objectiveStatus.${s}`) },
        { text: n(statuses[s] ?? 0), center: true },
      ]),
      [
        { text: i18n.t('reviews-synthesis.objective.withoutStatus') },
        { text: n(withoutStatus), center: true },
      ],
      ...(notReported === null
        ? []
        : [
            [
              { text: i18n.t('reviews-synthesis.objective.notReported') },
              { text: n(notReported), center: true },
            ],
          ]),
    ];
    return table(rows, { locale: L, header: true, columnWidths: [6000, 2000] });
  };

  const titlePage: Block[] = [
    line(i18n.t('reviews-synthesis.reportTitle'), L, {
      center: true,
      size: 28,
      color: '475569',
      spacingBefore: 2400,
      spacingAfter: 360,
    }),
    paragraph(
      [run(view.cycle.title.text, view.cycle.title.lang, { bold: true, size: 44, color: '0B5A55' })],
      {
        lang: view.cycle.title.lang,
        center: true,
        spacingAfter: 480,
      },
    ),
    line(view.cycle.regionName.text, view.cycle.regionName.lang, { center: true, size: 26 }),
    ...(view.cycle.partners.text
      ? [line(view.cycle.partners.text, view.cycle.partners.lang, { center: true, color: '475569' })]
      : []),
    line(
      view.number !== null && view.publishedAt
        ? i18n.t('reviews-synthesis.versionLine', {
            number: n(view.number),
            date: i18n.date(view.publishedAt),
          })
        : i18n.t('reviews-synthesis.draftLine', { date: i18n.date(view.compiledAt) }),
      L,
      { center: true, spacingBefore: 720 },
    ),
    ...(view.sampleData
      ? [line(i18n.t('reviews-synthesis.sampleData'), L, { center: true, color: '92400E' })]
      : []),
    line(i18n.t('reviews-synthesis.generatedBy'), L, { center: true, color: '475569', size: 18 }),
  ];

  const year = (value: number) => i18n.number(value, { useGrouping: false });
  const figure = (value: number) => i18n.number(value, { maximumFractionDigits: 2 });
  const trends: Block[] = view.trends.length
    ? [
        heading(i18n.t('reviews-synthesis.section.trends'), L, 1, {
          pageBreakBefore: true,
          bookmark: 'toc_trends',
        }),
        line(i18n.t('reviews-synthesis.trends.intro'), L),
        ...view.trends.flatMap((part) => {
          // As on the page: the years recorded per state, when any state has more than one.
          const withSeries = part.rows.some((r) => r.series.length > 1);
          const series = (row: (typeof part.rows)[number]) =>
            row.series.length > 1
              ? row.series
                  .map((p) =>
                    i18n.t('reviews-synthesis.trends.point', { year: year(p.year), value: figure(p.value) }),
                  )
                  .join(i18n.t('reviews-synthesis.trends.pointSeparator'))
              : '';
          const totalFill = { text: '', fill: 'F1F5F9' };
          return [
            heading(i18n.t(`reviews-synthesis.trends.indicator.${part.indicator}`), L, 2),
            line(i18n.t(`reviews-synthesis.trends.unit.${part.indicator}`), L, { color: '475569' }),
            table(
              [
                [
                  { text: i18n.t('reviews-synthesis.coverage.state'), bold: true, fill: 'E2E8F0' },
                  { text: i18n.t('reviews-synthesis.trends.year'), bold: true, fill: 'E2E8F0', center: true },
                  {
                    text: i18n.t('reviews-synthesis.trends.value'),
                    bold: true,
                    fill: 'E2E8F0',
                    center: true,
                  },
                  ...(withSeries
                    ? [{ text: i18n.t('reviews-synthesis.trends.series'), bold: true, fill: 'E2E8F0' }]
                    : []),
                  { text: i18n.t('reviews-synthesis.trends.source'), bold: true, fill: 'E2E8F0' },
                ],
                ...part.rows.map((row) => [
                  { text: row.name.text, lang: row.name.lang },
                  { text: year(row.year), center: true },
                  { text: figure(row.value), center: true },
                  ...(withSeries ? [{ text: series(row), size: 18 }] : []),
                  { text: row.note ? `${row.source} — ${row.note}` : row.source },
                ]),
                ...(part.total
                  ? [
                      [
                        {
                          text: i18n.t('reviews-synthesis.trends.total', { count: part.total.states }),
                          bold: true,
                          fill: 'F1F5F9',
                        },
                        totalFill,
                        { text: figure(part.total.value), bold: true, fill: 'F1F5F9', center: true },
                        ...(withSeries ? [totalFill] : []),
                        totalFill,
                      ],
                    ]
                  : []),
              ],
              {
                locale: L,
                header: true,
                columnWidths: withSeries ? [2000, 800, 1700, 2300, 2200] : [2600, 1000, 2000, 3400],
              },
            ),
          ];
        }),
      ]
    : [];

  const overview: Block[] = [
    heading(i18n.t('reviews-synthesis.section.overview'), L, 1, {
      pageBreakBefore: true,
      bookmark: 'toc_overview',
    }),
    table(
      [
        [
          { text: i18n.t('reviews-synthesis.totals.statesInScope') },
          { text: n(view.totals.statesInScope), center: true },
        ],
        [
          { text: i18n.t('reviews-synthesis.totals.nationalPublished') },
          { text: n(view.totals.nationalPublished), center: true },
        ],
        [
          { text: i18n.t('reviews-synthesis.totals.parallelPublished') },
          { text: n(view.totals.parallelPublished), center: true },
        ],
        [
          { text: i18n.t('reviews-synthesis.totals.contributions') },
          { text: n(view.totals.contributions ?? 0), center: true },
        ],
      ],
      { locale: L, columnWidths: [6000, 2000] },
    ),
    heading(i18n.t('reviews-synthesis.section.leastReported'), L, 2),
    line(i18n.t('reviews-synthesis.leastReported.intro'), L),
    table(
      [
        [
          { text: i18n.t('reviews-synthesis.leastReported.objective'), bold: true, fill: 'E2E8F0' },
          {
            text: i18n.t('reviews-synthesis.leastReported.states'),
            bold: true,
            fill: 'E2E8F0',
            center: true,
          },
        ],
        ...view.leastReported.map((l) => [
          {
            text: i18n.t('reviews-synthesis.objective.heading', {
              number: n(l.objective),
              title: l.title.text,
            }),
          },
          { text: i18n.t('reviews-synthesis.leastReported.count', { count: l.count }), center: true },
        ]),
      ],
      { locale: L, header: true, columnWidths: [6500, 2500] },
    ),
  ];

  const objectiveChapters: Block[] = view.objectives.flatMap((o, i) => [
    heading(
      i18n.t('reviews-synthesis.objective.heading', { number: n(o.number), title: o.title.text }),
      L,
      1,
      { pageBreakBefore: i === 0, bookmark: `toc_objective_${o.number}` },
    ),
    ...narrative(o.narrative),
    line(
      i18n.t('reviews-synthesis.objective.reportedCount', {
        count: n(o.national.reporters.length),
        total: n(view.coverage.rows.length),
      }),
      L,
      { bold: true },
    ),
    ...(o.national.reporters.length
      ? [line(i18n.list(o.national.reporters.map((r) => r.text)), L)]
      : [line(i18n.t('reviews-synthesis.objective.noneReported'), L, { color: '92400E' })]),
    statusTable(o.national.statuses, o.national.withoutStatus, o.national.notReported),
    ...quotations(i18n.t('reviews-synthesis.objective.nationalExtracts'), o.national.extracts),
    ...(o.parallel.reporters.length
      ? [
          line(
            i18n.t('reviews-synthesis.objective.parallelCount', { count: n(o.parallel.reporters.length) }),
            L,
            { bold: true },
          ),
          ...quotations(i18n.t('reviews-synthesis.objective.parallelExtracts'), o.parallel.extracts),
        ]
      : []),
    ...(o.contributions.length
      ? [
          heading(i18n.t('reviews-synthesis.objective.contributionExtracts'), L, 3),
          ...o.contributions.flatMap(contributionQuotation),
        ]
      : []),
  ]);

  const themeChapters: Block[] = view.themes.flatMap((theme, i) => [
    heading(i18n.t(`reviews-synthesis.theme.${theme.theme}`), L, 1, {
      pageBreakBefore: i === 0,
      bookmark: `toc_theme_${theme.theme}`,
    }),
    ...(theme.national.length || theme.parallel.length
      ? [
          ...quotations(i18n.t('reviews-synthesis.objective.nationalExtracts'), theme.national),
          ...quotations(i18n.t('reviews-synthesis.objective.parallelExtracts'), theme.parallel),
        ]
      : [line(i18n.t('reviews-synthesis.theme.none'), L, { color: '475569' })]),
  ]);

  const introduction: Block[] = view.introduction.text
    ? [
        heading(i18n.t('reviews-synthesis.section.introduction'), L, 1, {
          pageBreakBefore: true,
          bookmark: 'toc_introduction',
        }),
        ...narrative(view.introduction),
      ]
    : [];
  const conclusions: Block[] = view.conclusions.text
    ? [
        heading(i18n.t('reviews-synthesis.section.conclusions'), L, 1, {
          pageBreakBefore: true,
          bookmark: 'toc_conclusions',
        }),
        ...narrative(view.conclusions),
      ]
    : [];

  const contributions: Block[] = view.contributions.length
    ? [
        heading(i18n.t('reviews-synthesis.section.contributions'), L, 1, {
          pageBreakBefore: true,
          bookmark: 'toc_contributions',
        }),
        ...view.contributions.map((c) =>
          paragraph(
            [
              hyperlink(c.contributor.text, new URL(c.href, baseUrl).toString(), c.contributor.lang),
              run(
                ` — ${i18n.t('reviews-synthesis.contribution.line', {
                  kind: i18n.t(`reviews-cycles.contribution.kind.${c.kind}`),
                  date: i18n.date(c.receivedOn, { dateStyle: 'medium', timeZone: 'UTC' }),
                  count: c.objectives.length,
                })}`,
                L,
                { color: '475569' },
              ),
            ],
            { lang: L },
          ),
        ),
      ]
    : [];

  const tocEntries: TocEntry[] = [
    ...(view.introduction.text
      ? [
          {
            text: i18n.t('reviews-synthesis.section.introduction'),
            lang: L,
            bookmark: 'toc_introduction',
            level: 1 as const,
          },
        ]
      : []),
    ...(view.trends.length
      ? [
          {
            text: i18n.t('reviews-synthesis.section.trends'),
            lang: L,
            bookmark: 'toc_trends',
            level: 1 as const,
          },
        ]
      : []),
    { text: i18n.t('reviews-synthesis.section.overview'), lang: L, bookmark: 'toc_overview', level: 1 },
    { text: i18n.t('reviews-synthesis.section.objectives'), lang: L, bookmark: 'toc_objective_1', level: 1 },
    ...view.objectives.map((o) => ({
      text: i18n.t('reviews-synthesis.objective.heading', { number: n(o.number), title: o.title.text }),
      lang: o.title.isFallback ? o.title.lang : L,
      bookmark: `toc_objective_${o.number}`,
      level: 2 as const,
    })),
    {
      text: i18n.t('reviews-synthesis.section.themes'),
      lang: L,
      bookmark: `toc_theme_${view.themes[0]?.theme}`,
      level: 1,
    },
    ...view.themes.map((t) => ({
      text: i18n.t(`reviews-synthesis.theme.${t.theme}`),
      lang: L,
      bookmark: `toc_theme_${t.theme}`,
      level: 2 as const,
    })),
    ...(view.contributions.length
      ? [
          {
            text: i18n.t('reviews-synthesis.section.contributions'),
            lang: L,
            bookmark: 'toc_contributions',
            level: 1 as const,
          },
        ]
      : []),
    ...(view.conclusions.text
      ? [
          {
            text: i18n.t('reviews-synthesis.section.conclusions'),
            lang: L,
            bookmark: 'toc_conclusions',
            level: 1 as const,
          },
        ]
      : []),
    { text: i18n.t('reviews-synthesis.section.coverage'), lang: L, bookmark: 'toc_coverage', level: 1 },
  ];
  const toc: Block[] = [
    heading(i18n.t('reviews-synthesis.toc'), L, 1, { pageBreakBefore: true }),
    tableOfContents(tocEntries, { locale: L, pageLabel: i18n.t('reviews-synthesis.tocPage') }),
  ];

  const short = (state: string) => i18n.t(`reviews-synthesis.coverage.short.${state}`);
  const matrixStates = [...objectiveStatuses, 'reported', 'notReported'] as const;
  const isObjectiveStatus = (state: string): state is ObjectiveStatus =>
    (objectiveStatuses as readonly string[]).includes(state);
  const coverage: Block[] = [
    heading(i18n.t('reviews-synthesis.section.coverage'), L, 1, { bookmark: 'toc_coverage' }),
    line(i18n.t('reviews-synthesis.coverage.intro'), L),
    table(
      [
        [
          { text: i18n.t('reviews-synthesis.coverage.state'), bold: true, fill: 'E2E8F0', size: 16 },
          ...view.coverage.objectives.map((o) => ({
            text: n(o),
            bold: true,
            fill: 'E2E8F0',
            size: 16,
            center: true,
          })),
        ],
        ...view.coverage.rows.map((row) => [
          {
            text: row.hasReview
              ? row.name.text
              : `${row.name.text} (${i18n.t('reviews-synthesis.coverage.noReview')})`,
            lang: row.name.lang,
            size: 16,
          },
          ...row.cells.map((cell) => {
            const state = coverageCellState(cell);
            return { text: short(state), fill: coverageFills[state], size: 16, center: true };
          }),
        ]),
      ],
      { locale: L, header: true, columnWidths: [2600, ...view.coverage.objectives.map(() => 560)] },
    ),
    heading(i18n.t('reviews-synthesis.coverage.legend'), L, 3),
    table(
      matrixStates.map((state) => [
        { text: short(state), fill: coverageFills[state], center: true },
        {
          text: isObjectiveStatus(state)
            ? i18n.t(`reviews.objectiveStatus.${state}`)
            : i18n.t(`reviews-synthesis.coverage.${state}`),
        },
      ]),
      { locale: L, columnWidths: [1200, 6000] },
    ),
  ];

  return createDocument({
    locale: L,
    title: `${i18n.t('reviews-synthesis.reportTitle')} — ${view.cycle.title.text}`,
    updateFields: true,
    sections: [
      {
        children: [
          ...titlePage,
          ...toc,
          ...introduction,
          ...trends,
          ...overview,
          ...objectiveChapters,
          ...themeChapters,
          ...contributions,
          ...conclusions,
        ],
      },
      { landscape: true, children: coverage },
    ],
  });
}

export function renderSynthesisDocx(options: { view: SynthesisView; i18n: I18n; baseUrl: string }) {
  return packDocument(buildSynthesisDocument(options), options.view.locale);
}
