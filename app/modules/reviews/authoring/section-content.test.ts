import { describe, expect, it } from 'vitest';
import { isSectionFilled, paragraphsOf, reportsOnObjective, textFieldsOf } from './section-content';

describe('section content rules', () => {
  it('counts a section as filled with text in any language or an implementation status', () => {
    expect(isSectionFilled({ body: { ar: '  ' } })).toBe(false);
    expect(isSectionFilled({ body: { en: 'Text' } })).toBe(true);
    expect(isSectionFilled({ measures: { ar: 'تدابير' } })).toBe(true);
    expect(isSectionFilled({ objectiveStatus: 'not_applicable' })).toBe(true);
    expect(isSectionFilled(null)).toBe(false);
  });

  it('reports on an objective with a status other than not applicable, or with text', () => {
    expect(reportsOnObjective({ objectiveStatus: 'not_applicable' })).toBe(false);
    expect(reportsOnObjective({ objectiveStatus: 'not_started' })).toBe(true);
    expect(reportsOnObjective({ objectiveStatus: 'not_applicable', body: { ar: 'لأن…' } })).toBe(true);
    expect(reportsOnObjective({ sdgTargets: ['10.7'] })).toBe(true);
    expect(reportsOnObjective({})).toBe(false);
  });

  it('shows the body, then only the structured text fields the template asks for', () => {
    expect(textFieldsOf([])).toEqual(['body']);
    expect(textFieldsOf(['implementationStatus', 'dataAvailable', 'measures'])).toEqual([
      'body',
      'measures',
      'dataAvailable',
    ]);
  });

  it('splits plain text into paragraphs on blank lines', () => {
    expect(paragraphsOf('أولًا\r\n\r\n\r\nثانيًا\nتابع\n \nثالثًا')).toEqual(['أولًا', 'ثانيًا\nتابع', 'ثالثًا']);
    expect(paragraphsOf('')).toEqual([]);
  });
});
