import { describe, expect, it } from 'vitest';
import {
  assignParagraphIds,
  documentParagraphs,
  isParagraphId,
  paragraphCountMismatch,
  splitDocument,
} from './document-paragraphs';

const text = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('document paragraphs', () => {
  it('splits on blank lines, a dashes line ends the preamble, languages matched by position', () => {
    const parts = splitDocument({
      ar: 'إذ نشير إلى الاتفاق العالمي\n\nوإذ نرحب\n---\nنقرر ما يلي\n\n  \n\nنطلب من الأمانة',
      en: 'Recalling the Compact\r\n\r\nWelcoming\r\n---\r\nDecide',
    });
    expect(parts.preamble).toEqual([
      { ar: 'إذ نشير إلى الاتفاق العالمي', en: 'Recalling the Compact' },
      { ar: 'وإذ نرحب', en: 'Welcoming' },
    ]);
    expect(parts.operative).toEqual([
      { ar: 'نقرر ما يلي', en: 'Decide' },
      { ar: 'نطلب من الأمانة', en: '' },
    ]);
    expect(paragraphCountMismatch({ ar: 'أ\n\nب', en: 'a' })).toEqual({ ar: 2, en: 1 });
    expect(paragraphCountMismatch({ ar: 'أ\n\nب', en: '' })).toBeNull();
  });

  it('gives a first version identifiers by part and position', () => {
    const ids = assignParagraphIds({ previous: null, next: { ar: text('أ', 'ب', '---', 'ج') }, used: [] });
    expect(ids).toEqual(['preamble__para_1', 'preamble__para_2', 'para_1']);
    expect(documentParagraphs({ ar: text('أ', 'ب', '---', 'ج') }, ids).map((p) => [p.eId, p.number])).toEqual(
      [
        ['preamble__para_1', 1],
        ['preamble__para_2', 2],
        ['para_1', 1],
      ],
    );
  });

  it('keeps identifiers through an insertion, a correction and a removal; never reuses one', () => {
    const v1 = { ar: text('أولاً', 'ثانياً', 'ثالثاً') };
    const ids1 = assignParagraphIds({ previous: null, next: v1, used: [] });
    expect(ids1).toEqual(['para_1', 'para_2', 'para_3']);

    // A paragraph inserted at the top and the second one corrected.
    const v2 = { ar: text('جديد', 'أولاً', 'ثانياً مصححة', 'ثالثاً') };
    const ids2 = assignParagraphIds({ previous: { body: v1, ids: ids1 }, next: v2, used: ids1 });
    expect(ids2).toEqual(['para_4', 'para_1', 'para_2', 'para_3']);

    // The last paragraph removed, then a new one added at the end: it does not take para_3.
    const v3 = { ar: text('جديد', 'أولاً', 'ثانياً مصححة') };
    const ids3 = assignParagraphIds({
      previous: { body: v2, ids: ids2 },
      next: v3,
      used: [...ids1, ...ids2],
    });
    expect(ids3).toEqual(['para_4', 'para_1', 'para_2']);
    const v4 = { ar: text('جديد', 'أولاً', 'ثانياً مصححة', 'خاتمة') };
    const ids4 = assignParagraphIds({
      previous: { body: v3, ids: ids3 },
      next: v4,
      used: [...ids1, ...ids2, ...ids3],
    });
    expect(ids4).toEqual(['para_4', 'para_1', 'para_2', 'para_5']);
  });

  it('finds a corrected paragraph by its words when a new one is inserted just before it', () => {
    const v1 = { ar: text('تعزيز جمع البيانات عن الهجرة', 'حماية حقوق العمال المهاجرين في جميع المراحل') };
    const ids1 = assignParagraphIds({ previous: null, next: v1, used: [] });
    const v2 = {
      ar: text(
        'تعزيز جمع البيانات عن الهجرة',
        'فقرة جديدة عن التحويلات المالية',
        'حماية حقوق العمال المهاجرين وأسرهم في جميع المراحل',
      ),
    };
    expect(assignParagraphIds({ previous: { body: v1, ids: ids1 }, next: v2, used: ids1 })).toEqual([
      'para_1',
      'para_3',
      'para_2',
    ]);
    // Rewritten in place with other words: still the same paragraph, by position.
    const v3 = { ar: text('تعزيز جمع البيانات عن الهجرة', 'نص مختلف تماماً') };
    expect(assignParagraphIds({ previous: { body: v1, ids: ids1 }, next: v3, used: ids1 })).toEqual([
      'para_1',
      'para_2',
    ]);
  });

  it('a translation added later keeps every identifier', () => {
    const v1 = { ar: text('أ', 'ب') };
    const ids1 = assignParagraphIds({ previous: null, next: v1, used: [] });
    const v2 = { ar: text('أ', 'ب'), en: text('a', 'b') };
    expect(assignParagraphIds({ previous: { body: v1, ids: ids1 }, next: v2, used: ids1 })).toEqual(ids1);
  });

  it('reads a version saved before identifiers were kept by position', () => {
    const v1 = { ar: text('أ', 'ب') };
    expect(documentParagraphs(v1, []).map((p) => p.eId)).toEqual(['para_1', 'para_2']);
    expect(
      assignParagraphIds({ previous: { body: v1, ids: [] }, next: { ar: text('أ', 'ج', 'ب') }, used: [] }),
    ).toEqual(['para_1', 'para_3', 'para_2']);
  });

  it('knows its identifiers and nothing else', () => {
    expect(isParagraphId('para_12')).toBe(true);
    expect(isParagraphId('preamble__para_3')).toBe(true);
    for (const bad of ['para_0', 'para_', 'para_1x', '../para_1', 'preamble_para_1', 'para_123456']) {
      expect(isParagraphId(bad)).toBe(false);
    }
  });
});
