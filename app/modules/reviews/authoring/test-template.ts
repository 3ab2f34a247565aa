import type { TemplateSectionInput } from '../standard-template';

/**
 * Test support: a short guidance template — a required introduction, objective 7 with every
 * structured field, objective 12 (optional), and optional challenges.
 */
export const shortTemplate: TemplateSectionInput[] = [
  {
    key: 'introduction',
    kind: 'introduction',
    objective: null,
    title: { ar: 'المقدمة والمنهجية', en: 'Introduction and methodology' },
    guidance: { ar: 'قدّم لمحة عن السياق.', en: 'Give an overview of the context.' },
    required: true,
    fields: [],
  },
  {
    key: 'objective-7',
    kind: 'objective',
    objective: 7,
    title: { ar: 'الهدف 7', en: 'Objective 7' },
    guidance: { ar: 'صِف حالة التنفيذ.', en: 'Describe the implementation status.' },
    required: true,
    fields: ['implementationStatus', 'measures', 'partners', 'sdgTargets', 'dataAvailable'],
  },
  {
    key: 'objective-12',
    kind: 'objective',
    objective: 12,
    title: { ar: 'الهدف 12', en: 'Objective 12' },
    guidance: { ar: 'صِف حالة التنفيذ.', en: 'Describe the implementation status.' },
    required: false,
    fields: ['implementationStatus', 'measures'],
  },
  {
    key: 'challenges',
    kind: 'challenges',
    objective: null,
    title: { ar: 'التحديات', en: 'Challenges' },
    guidance: { ar: 'ما التحديات؟', en: 'What are the challenges?' },
    required: false,
    fields: [],
  },
];
