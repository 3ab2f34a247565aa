import type { Paragraph, Table } from 'docx';
import type { Translated } from '#db/schema/columns';
import { sdgTarget } from '~/modules/reference/sdg-targets';
import {
  createDocument,
  heading,
  hyperlink,
  languageOfText,
  line,
  packDocument,
  paragraph,
  run,
  structuredText,
} from '~/platform/docx/docx-kit';
import type { I18n } from '~/platform/i18n/translator';
import { pickText } from '../synthesis/present-synthesis';
import type { ReviewDocumentData } from './review-document.server';

type Block = Paragraph | Table;

/**
 * A published review as a Word document in the reader's language: title page, then every section
 * of the template in order (implementation status and the structured fields of objective sections,
 * then the text), each text in the reader's language or, when written only in the other one, in
 * that one with a note; Arabic paragraphs and runs right-to-left. Attachments are listed with links.
 */
export function buildReviewDocument(options: { data: ReviewDocumentData; i18n: I18n; baseUrl: string }) {
  const { data, i18n, baseUrl } = options;
  const L = i18n.locale;
  const pick = (value: Translated) => pickText(value, L);

  const text = (value: Translated): Block[] => {
    const p = pick(value);
    if (!p.text) return [];
    const note = p.isFallback
      ? i18n.t(p.lang === 'en' ? 'common.onlyInEnglish' : 'common.onlyInArabic')
      : null;
    return [
      ...(note ? [line(note, L, { italics: true, color: '92400E', size: 18 })] : []),
      ...structuredText(p.text, p.lang, { number: (n) => i18n.number(n) }),
    ];
  };
  const field = (label: string, value: Translated): Block[] => {
    const blocks = text(value);
    return blocks.length ? [heading(label, L, 3), ...blocks] : [];
  };

  const title = pick(data.title);
  const author = pick(data.author);
  const cycle = pick(data.cycleTitle);
  const titlePage: Block[] = [
    line(i18n.t(`reviews.kind.${data.kind}`), L, {
      center: true,
      size: 28,
      color: '475569',
      spacingBefore: 2400,
      spacingAfter: 360,
    }),
    paragraph([run(title.text, title.lang, { bold: true, size: 44, color: '0B5A55' })], {
      lang: title.lang,
      center: true,
      spacingAfter: 480,
    }),
    line(author.text, author.lang, { center: true, size: 28 }),
    line(cycle.text, cycle.lang, { center: true, color: '475569' }),
    ...(data.publishedAt
      ? [
          line(i18n.t('reviews-synthesis.review.publishedOn', { date: i18n.date(data.publishedAt) }), L, {
            center: true,
            spacingBefore: 480,
          }),
        ]
      : []),
    line(i18n.t('reviews-synthesis.review.originalLanguage', { language: data.originalLanguage }), L, {
      center: true,
      color: '475569',
    }),
    ...(data.isSample ? [line(i18n.t('reviews.sampleData'), L, { center: true, color: '92400E' })] : []),
    paragraph(
      [
        hyperlink(
          i18n.t('reviews-synthesis.review.onlineVersion'),
          new URL(`/${L}/reviews/${data.reviewId}`, baseUrl).toString(),
          L,
        ),
      ],
      {
        lang: L,
        center: true,
      },
    ),
  ];

  // Objectives the review leaves unanswered are not given a chapter each: they are named once, at the end.
  const notReported: string[] = [];
  const sections: Block[] = data.sections.flatMap((s, i) => {
    const sectionTitle = pick(s.title);
    const blocks: Block[] = [
      ...(s.isObjective && s.objectiveStatus
        ? [
            paragraph(
              [
                run(`${i18n.t('reviews.field.implementationStatus')}: `, L, { bold: true }),
                run(i18n.t(`reviews.objectiveStatus.${s.objectiveStatus}`), L),
              ],
              { lang: L },
            ),
          ]
        : []),
      ...field(i18n.t('reviews.field.measures'), s.measures),
      ...field(i18n.t('reviews.field.partners'), s.partners),
      ...(s.sdgTargets.length || s.sdgTargetsNote
        ? [
            heading(i18n.t('reviews.field.sdgTargets'), L, 3),
            ...s.sdgTargets.map((code) => {
              const target = sdgTarget(code);
              return line(
                target ? i18n.t('reviews.sdgTarget', { code, title: i18n.pick(target.title).text }) : code,
                L,
              );
            }),
            ...(s.sdgTargetsNote ? [line(s.sdgTargetsNote, languageOfText(s.sdgTargetsNote, L))] : []),
          ]
        : []),
      ...field(i18n.t('reviews.field.dataAvailable'), s.dataAvailable),
      ...(s.isObjective && (s.measures.ar || s.measures.en || s.partners.ar || s.partners.en)
        ? field(i18n.t('reviews-synthesis.field.body'), s.body)
        : text(s.body)),
    ];
    if (s.isObjective && !blocks.length && i > 0) {
      notReported.push(sectionTitle.text);
      return [];
    }
    return [
      heading(sectionTitle.text || i18n.t('reviews-synthesis.field.body'), sectionTitle.lang, 1, {
        pageBreakBefore: i === 0,
      }),
      ...(blocks.length
        ? blocks
        : [line(i18n.t('reviews-synthesis.review.notAnswered'), L, { color: '475569' })]),
    ];
  });

  const attachments: Block[] = data.attachments.length
    ? [
        heading(i18n.t('reviews-synthesis.review.attachments'), L, 1),
        ...data.attachments.map((a) =>
          paragraph(
            [
              hyperlink(
                a.name,
                new URL(`/${L}/files/${a.fileId}`, baseUrl).toString(),
                languageOfText(a.name, L),
              ),
            ],
            {
              lang: L,
            },
          ),
        ),
      ]
    : [];

  return createDocument({
    locale: L,
    title: title.text,
    sections: [
      {
        children: [
          ...titlePage,
          ...sections,
          ...(notReported.length
            ? [
                heading(i18n.t('reviews-synthesis.review.notReportedOn'), L, 1),
                ...notReported.map((title) => line(title, L)),
              ]
            : []),
          ...attachments,
        ],
      },
    ],
  });
}

export function renderReviewDocx(options: { data: ReviewDocumentData; i18n: I18n; baseUrl: string }) {
  return packDocument(buildReviewDocument(options), options.i18n.locale);
}
