import { describe, expect, it, vi } from 'vitest';
import { serverI18n } from './catalog.server';
import { localeFromAcceptLanguage, switchLocalePath } from './locales';
import { createI18n } from './translator';

describe('Arabic plurals', () => {
  const ar = serverI18n('ar', 'latn');
  it('use the six CLDR categories', () => {
    const forms = [0, 1, 2, 3, 11, 100].map((min) => ar.t('errors.tooShort', { min }));
    expect(forms[1]).toContain('حرف واحد'); // one
    expect(forms[2]).toContain('حرفين'); // two
    expect(forms[3]).toContain('3 أحرف'); // few
    expect(forms[4]).toContain('11 حرفًا'); // many
    expect(forms[5]).toContain('100 حرف'); // other
    expect(new Set(forms).size).toBe(6);
  });
});

describe('numbers and dates', () => {
  it('follow the digits preference in Arabic and stay Latin in English', () => {
    expect(serverI18n('ar', 'arab').number(1234.5)).toBe('١٬٢٣٤٫٥');
    expect(serverI18n('ar', 'latn').number(1234.5)).toBe('1,234.5');
    expect(serverI18n('en', 'arab').number(1234.5)).toBe('1,234.5');
    const date = new Date('2021-02-24T00:00:00Z');
    expect(serverI18n('ar', 'arab').date(date)).toContain('٢٠٢١');
    expect(serverI18n('ar', 'latn').date(date)).toContain('2021');
    expect(serverI18n('en').date(date)).toBe('February 24, 2021');
  });
});

describe('the Hijri date beside the Gregorian one', () => {
  // 15 May 2022 was 14 Shawwal 1443 in the Umm al-Qura calendar.
  const day = new Date('2022-05-15T00:00:00Z');
  it('follows the reader’s digits both ways', () => {
    expect(createI18n('ar', 'arab', {}, 'gregorian+hijri').date(day)).toBe('١٥ مايو ٢٠٢٢ (١٤ شوال ١٤٤٣ هـ)');
    expect(createI18n('ar', 'latn', {}, 'gregorian+hijri').date(day)).toBe('15 مايو 2022 (14 شوال 1443 هـ)');
  });
  it('is written in English on English pages', () => {
    expect(createI18n('en', 'latn', {}, 'gregorian+hijri').date(day)).toBe(
      'May 15, 2022 (Shawwal 14, 1443 AH)',
    );
  });
  it('is absent by default, and for a bare time', () => {
    expect(createI18n('ar', 'arab', {}).date(day)).toBe('١٥ مايو ٢٠٢٢');
    const i18n = createI18n('en', 'latn', {}, 'gregorian+hijri');
    expect(i18n.date(day, { timeStyle: 'short', timeZone: 'UTC' })).toBe('12:00 AM');
  });
  it('counts the day in the date’s own time zone', () => {
    // 22:30 UTC on 14 May is already 01:30 on 15 May in Amman: both calendars name the Amman day.
    const evening = new Date('2022-05-14T22:30:00Z');
    const i18n = createI18n('en', 'latn', {}, 'gregorian+hijri');
    expect(i18n.date(evening, { dateStyle: 'long', timeZone: 'Asia/Amman' })).toBe(
      'May 15, 2022 (Shawwal 14, 1443 AH)',
    );
  });
});

describe('the one number policy', () => {
  const messages = {
    section: 'القسم {n} من {total}',
    pledges: '{count, plural, one {# تعهد} two {تعهدان} few {# تعهدات} many {# تعهدًا} other {# تعهد}}',
    mixed: '{name} — {year}',
  };
  it('writes numbers given to bare placeholders in the reader’s digits', () => {
    expect(createI18n('ar', 'arab', messages).t('section', { n: 9, total: 32 })).toBe('القسم ٩ من ٣٢');
    expect(createI18n('ar', 'latn', messages).t('section', { n: 9, total: 32 })).toBe('القسم 9 من 32');
    // Ungrouped: years and numbers of things are not quantities.
    expect(createI18n('ar', 'arab', messages).t('mixed', { name: 'A1', year: 2026 })).toBe('A1 — ٢٠٢٦');
    expect(createI18n('en', 'latn', messages).t('mixed', { name: 'x', year: 2026 })).toBe('x — 2026');
  });
  it('keeps plural agreement with the count in the reader’s digits', () => {
    const ar = createI18n('ar', 'arab', messages);
    expect(ar.t('pledges', { count: 2 })).toBe('تعهدان');
    expect(ar.t('pledges', { count: 3 })).toBe('٣ تعهدات');
  });
  it('shows amounts with fraction digits only when there are any', () => {
    const jod = { style: 'currency', currency: 'JOD' } as const;
    expect(serverI18n('ar', 'arab').number(250000, jod)).toMatch(/^\u200f?٢٥٠٬٠٠٠\sد\.أ\.\u200f?$/);
    expect(serverI18n('ar', 'arab').number(250000, jod)).not.toContain('٫');
    expect(serverI18n('ar', 'arab').number(250000.5, jod)).toContain('٢٥٠٬٠٠٠٫٥٠٠');
    expect(serverI18n('en').number(1200, { style: 'currency', currency: 'USD' })).toBe('$1,200');
  });
});

describe('translated content', () => {
  const en = createI18n('en', 'latn', {});
  it("prefers the reader's language and flags a fallback", () => {
    expect(en.pick({ ar: 'الهجرة', en: 'Migration' })).toEqual({
      text: 'Migration',
      lang: 'en',
      isFallback: false,
    });
    expect(en.pick({ ar: 'الهجرة' })).toEqual({ text: 'الهجرة', lang: 'ar', isFallback: true });
    expect(en.pick({ ar: 'الهجرة', en: '  ' })).toMatchObject({ lang: 'ar', isFallback: true });
    expect(en.pick(null)).toEqual({ text: '', lang: 'en', isFallback: false });
  });
  it('fails on a missing message in tests and development, shows its key in production', () => {
    expect(() => en.t('common.nothing-here')).toThrow('[i18n] missing key en:common.nothing-here');
    vi.stubEnv('NODE_ENV', 'production');
    try {
      expect(en.t('common.nothing-here')).toBe('common.nothing-here');
    } finally {
      vi.unstubAllEnvs();
    }
  });
  it('fails on a missing value in tests and development; production writes an ellipsis in its place', () => {
    const ar = serverI18n('ar', 'arab');
    expect(() => ar.t('errors.tooLong', {})).toThrow();
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const shown = ar.t('errors.tooLong', {});
      expect(shown).toBe('يجب ألا يزيد النص على … حرف.');
      expect(shown).not.toMatch(/[{}]/);
      expect(ar.t('errors.tooLong', { max: 20 })).toContain('٢٠');
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('locale resolution', () => {
  it('reads Accept-Language by quality', () => {
    expect(localeFromAcceptLanguage('fr-FR,en;q=0.8,ar;q=0.9')).toBe('ar');
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(localeFromAcceptLanguage('fr,de')).toBeUndefined();
    expect(localeFromAcceptLanguage('ar;q=0,en')).toBe('en');
    expect(localeFromAcceptLanguage(null)).toBeUndefined();
  });
  it('switches the locale prefix and keeps the page', () => {
    expect(switchLocalePath('/ar/objectives/7', 'en')).toBe('/en/objectives/7');
    expect(switchLocalePath('/ar', 'en')).toBe('/en');
    expect(switchLocalePath('/objectives', 'ar')).toBe('/ar/objectives');
  });
});
