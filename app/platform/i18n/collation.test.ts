import { describe, expect, it } from 'vitest';
import { nameIn, sortByName, sortByText } from './collation';

describe('sorting for the reader', () => {
  it('sorts Arabic names alphabetically whatever the hamza seat, not by code point', () => {
    const names = ['بنما', 'ألبانيا', 'الأردن', 'أفغانستان', 'إثيوبيا'];
    expect(sortByText(names, 'ar', (n) => n)).toEqual(['إثيوبيا', 'أفغانستان', 'الأردن', 'ألبانيا', 'بنما']);
    // Code point order puts every أ before every إ and ا: what the reader does not expect.
    expect([...names].sort()).not.toEqual(sortByText(names, 'ar', (n) => n));
  });

  it('sorts English names without regard to case or accents', () => {
    expect(sortByText(['türkiye', 'Tunisia', 'Côte d’Ivoire', 'Cuba'], 'en', (n) => n)).toEqual([
      'Côte d’Ivoire',
      'Cuba',
      'Tunisia',
      'türkiye',
    ]);
  });

  it('sorts translated names by the reader’s language, falling back to the other', () => {
    const items = [
      { id: 1, name: { ar: 'مصر', en: 'Egypt' } },
      { id: 2, name: { en: 'Algeria' } },
      { id: 3, name: { ar: 'الأردن', en: 'Jordan' } },
    ];
    // An Arabic reader's order puts Arabic script before Latin.
    expect(sortByName(items, 'ar', (i) => i.name).map((i) => i.id)).toEqual([3, 1, 2]);
    expect(sortByName(items, 'en', (i) => i.name).map((i) => i.id)).toEqual([2, 1, 3]);
    expect(nameIn({ en: 'Algeria' }, 'ar')).toBe('Algeria');
  });
});
