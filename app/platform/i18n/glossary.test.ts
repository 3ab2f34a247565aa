import { describe, expect, it } from 'vitest';
import { bannedVariantsIn, glossaryTerms } from './glossary';

describe('the glossary of Global Compact terms', () => {
  it('names the Compact «الاتفاق العالمي» and bans «الميثاق العالمي», also with a prefix', () => {
    const compact = glossaryTerms.find((t) => t.key === 'compact');
    expect(compact?.ar.short).toBe('الاتفاق العالمي');
    expect(bannedVariantsIn('لتنفيذ الميثاق العالمي من أجل الهجرة')).toEqual([
      { variant: 'الميثاق العالمي', term: 'compact' },
    ]);
    expect(bannedVariantsIn('وفقًا للميثاق العالمي')).toHaveLength(1);
    expect(bannedVariantsIn('لتنفيذ الاتفاق العالمي من أجل الهجرة')).toEqual([]);
  });

  it('bans English variants whatever their case', () => {
    expect(bannedVariantsIn('the global compact on migration')).toEqual([
      { variant: 'Global Compact on Migration', term: 'compact' },
    ]);
    expect(bannedVariantsIn('the Global Compact for Migration')).toEqual([]);
  });

  it('gives every term in both languages and never bans its own names', () => {
    for (const term of glossaryTerms) {
      expect(term.ar.term && term.en.term, term.key).toBeTruthy();
      const own = [term.ar.term, term.ar.short, term.en.term, term.en.short].filter(Boolean).join(' | ');
      expect(bannedVariantsIn(own), term.key).toEqual([]);
    }
  });
});
