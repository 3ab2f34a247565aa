import { describe, expect, it } from 'vitest';
import type { ReviewSnapshot } from '#db/schema/reviews';
import { compareSnapshots, diffCodes, diffText } from './compare-snapshots';

const section = (
  key: string,
  over: Partial<ReviewSnapshot['sections'][number]> = {},
): ReviewSnapshot['sections'][number] => ({
  key,
  body: {},
  objectiveStatus: null,
  measures: {},
  partners: {},
  sdgTargets: [],
  sdgTargetsNote: null,
  dataAvailable: {},
  ...over,
});
const snapshot = (over: Partial<ReviewSnapshot> = {}): ReviewSnapshot => ({
  title: { ar: 'الاستعراض' },
  originalLanguage: 'ar',
  sections: [],
  attachments: [],
  ...over,
});

describe('comparing two submitted versions', () => {
  it('marks word-level insertions and deletions, in either script', () => {
    expect(diffText('The plan was adopted in 2022.', 'The plan was revised in 2023.')).toEqual([
      { kind: 'same', text: 'The plan was ' },
      { kind: 'removed', text: 'adopted' },
      { kind: 'added', text: 'revised' },
      { kind: 'same', text: ' in ' },
      { kind: 'removed', text: '2022' },
      { kind: 'added', text: '2023' },
      { kind: 'same', text: '.' },
    ]);
    expect(diffText('أُنشئت لجنة وطنية', 'أُنشئت لجنة تنسيق وطنية')).toEqual([
      { kind: 'same', text: 'أُنشئت لجنة ' },
      { kind: 'added', text: 'تنسيق ' },
      { kind: 'same', text: 'وطنية' },
    ]);
    expect(diffText('same', 'same')).toBeNull();
  });

  it('compares SDG targets code by code, in reference order', () => {
    expect(diffCodes(['10.7', '8.8'], ['8.8', '10.c'])).toEqual([
      { kind: 'same', text: '8.8' },
      { kind: 'removed', text: '10.7' },
      { kind: 'added', text: '10.c' },
    ]);
    expect(diffCodes(['10.7'], ['10.7'])).toBeNull();
    const note = compareSnapshots(
      snapshot({ sections: [section('objective-1', { sdgTargetsNote: 'Goal 10 in general' })] }),
      snapshot({ sections: [section('objective-1', { sdgTargets: ['10.2'] })] }),
    ).sections[0]!.fields;
    expect(note.map((f) => [f.field, f.parts])).toEqual([
      ['sdgTargets', [{ kind: 'added', text: '10.2' }]],
      ['sdgTargetsNote', [{ kind: 'removed', text: 'Goal 10 in general' }]],
    ]);
  });

  it('shows a wholly rewritten long text as replaced instead of diffing it word by word', () => {
    const words = (prefix: string) => Array.from({ length: 1500 }, (_, i) => `${prefix}${i}`).join(' ');
    expect(diffText(words('a'), words('b'))).toEqual([
      { kind: 'removed', text: words('a') },
      { kind: 'added', text: words('b') },
    ]);
  });

  it('compares section by section, field by field and language by language', () => {
    const before = snapshot({
      sections: [
        section('introduction', { body: { ar: 'مقدمة' } }),
        section('objective-7', { objectiveStatus: 'planned', measures: { en: 'A law' } }),
        section('removed-section', { body: { ar: 'قديم' } }),
      ],
      attachments: [
        { fileId: 'a', name: 'old.pdf' },
        { fileId: 'b', name: 'kept.docx' },
      ],
    });
    const after = snapshot({
      title: { ar: 'الاستعراض', en: 'The review' },
      sections: [
        section('introduction', { body: { ar: 'مقدمة' } }),
        section('objective-7', {
          objectiveStatus: 'in_progress',
          measures: { en: 'A new law' },
          sdgTargets: ['10.7'],
        }),
      ],
      attachments: [
        { fileId: 'b', name: 'kept.docx' },
        { fileId: 'c', name: 'new.xlsx' },
      ],
    });
    const result = compareSnapshots(before, after);
    expect(result.changed).toBe(true);
    expect(result.title).toEqual([
      { field: 'title', lang: 'en', parts: [{ kind: 'added', text: 'The review' }] },
    ]);
    expect(result.sections.map((s) => [s.key, s.changed])).toEqual([
      ['introduction', false],
      ['objective-7', true],
      ['removed-section', true],
    ]);
    const objective = result.sections[1]!;
    expect(objective.status).toEqual({ from: 'planned', to: 'in_progress' });
    expect(objective.fields.map((f) => [f.field, f.lang])).toEqual([
      ['measures', 'en'],
      ['sdgTargets', null],
    ]);
    expect(result.sections[2]!.fields[0]!.parts).toEqual([{ kind: 'removed', text: 'قديم' }]);
    expect(result.attachments).toEqual({ added: ['new.xlsx'], removed: ['old.pdf'] });
  });

  it('shows the first version as new text, and identical versions as unchanged', () => {
    const only = snapshot({ sections: [section('introduction', { body: { ar: 'مقدمة' } })] });
    const first = compareSnapshots(null, only);
    expect(first.sections[0]!.fields[0]!.parts).toEqual([{ kind: 'added', text: 'مقدمة' }]);
    expect(compareSnapshots(only, only).changed).toBe(false);
  });
});
