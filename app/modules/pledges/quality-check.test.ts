import { describe, expect, it } from 'vitest';
import { sampleDescription } from '#seed/pledge-factories';
import { foldArabic } from '~/platform/text/arabic-fold';
import { normaliseForMatch } from '~/platform/text/normalise-text';
import { findVagueTerms, type QualityInput, qualityCheck } from './quality-check';

const today = '2025-06-01';
const pledges: Record<'ar' | 'en', QualityInput> = {
  en: {
    title: { en: 'Four one-stop centres for migrant workers' },
    description: { en: sampleDescription.en },
    endDate: '2029-12-31',
    indicators: [{ name: { en: 'Centres open' }, unit: 'centres', baseline: 0, target: 4 }],
    partners: [{ confirmed: true }],
  },
  ar: {
    title: { ar: 'أربعة مراكز خدمات متكاملة للعمال المهاجرين' },
    description: { ar: sampleDescription.ar },
    endDate: '2029-12-31',
    indicators: [{ name: { ar: 'المراكز المفتوحة' }, unit: 'مركز', baseline: 0, target: 4 }],
    partners: [{ confirmed: true }],
  },
};
const codes = (pledge: QualityInput) => qualityCheck({ pledge, today }).map((f) => f.code);

describe('pledge quality check', () => {
  for (const lang of ['ar', 'en'] as const) {
    const good = pledges[lang];
    describe(lang, () => {
      it('finds nothing in a concrete, measurable, time-bound pledge', () => {
        expect(qualityCheck({ pledge: good, today })).toEqual([]);
      });

      it('noMeasurableTarget (error): no indicator, or none with a unit and a numeric target', () => {
        expect(qualityCheck({ pledge: { ...good, indicators: [] }, today })).toEqual([
          { code: 'noMeasurableTarget', severity: 'error', params: {} },
        ]);
        expect(codes({ ...good, indicators: [{ ...good.indicators![0], target: null }] })).toContain(
          'noMeasurableTarget',
        );
        expect(codes({ ...good, indicators: [{ ...good.indicators![0], unit: ' ' }] })).toContain(
          'noMeasurableTarget',
        );
      });

      it('noEndDate, endDatePassed, endDateTooFar (errors)', () => {
        expect(qualityCheck({ pledge: { ...good, endDate: null }, today })).toEqual([
          { code: 'noEndDate', severity: 'error', params: {} },
        ]);
        expect(codes({ ...good, endDate: '2025-05-31' })).toEqual(['endDatePassed']);
        expect(codes({ ...good, endDate: today })).toEqual([]);
        expect(codes({ ...good, endDate: '2035-06-01' })).toEqual([]);
        expect(qualityCheck({ pledge: { ...good, endDate: '2035-06-02' }, today })).toEqual([
          { code: 'endDateTooFar', severity: 'error', params: { years: 10 } },
        ]);
      });

      it('targetWithoutBaseline (warning), counting the indicators', () => {
        const indicators = [
          { ...good.indicators![0], baseline: null },
          { ...good.indicators![0], baseline: undefined },
          good.indicators![0]!,
        ];
        expect(qualityCheck({ pledge: { ...good, indicators }, today })).toEqual([
          { code: 'targetWithoutBaseline', severity: 'warning', params: { count: 2 } },
        ]);
      });

      it('partnersUnconfirmed (warning), counting the partners', () => {
        expect(
          qualityCheck({ pledge: { ...good, partners: [{ confirmed: false }, { confirmed: true }] }, today }),
        ).toEqual([{ code: 'partnersUnconfirmed', severity: 'warning', params: { count: 1 } }]);
      });
    });
  }

  it('vagueWording (warning) in English: whole words and phrases, quoted once each', () => {
    const pledge = {
      ...pledges.en,
      description: {
        en: `${sampleDescription.en} We will endeavour to promote, where possible, PROMOTING etc.`,
      },
    };
    expect(qualityCheck({ pledge, today })).toEqual([
      {
        code: 'vagueWording',
        severity: 'warning',
        params: { count: 4, terms: 'where possible, endeavour, promote, etc' },
      },
    ]);
    // "considerable" is not "consider"; "promoter" not "promote".
    expect(findVagueTerms(['A considerable budget for the promoter.'])).toEqual([]);
    expect(findVagueTerms(['Raising awareness, as appropriate.'])).toEqual([
      'as appropriate',
      'raise awareness',
    ]);
  });

  it('vagueWording (warning) in Arabic: with diacritics, letter variants and attached clitics', () => {
    const pledge = {
      ...pledges.ar,
      title: { ar: 'وتَعْزِيزُ حماية المهاجرين حسب الاقتضاء' },
      indicators: [{ name: { ar: 'حملات للتوعية' }, unit: 'حملة', baseline: 0, target: 3 }],
    };
    expect(qualityCheck({ pledge, today })).toEqual([
      {
        code: 'vagueWording',
        severity: 'warning',
        params: { count: 3, terms: 'حسب الاقتضاء, رفع الوعي, تعزيز' },
      },
    ]);
    // أ/إ/آ, ى/ي and ة/ه variants; tatweel.
    expect(findVagueTerms(['سنسعي الي ذلك اذا امكن'])).toEqual(['إن أمكن', 'نسعى']);
    expect(findVagueTerms(['في الوقـــت المناسبة'])).toEqual(['في الوقت المناسب']);
    expect(findVagueTerms(['افتتاح أربعة مراكز'])).toEqual([]);
  });

  it('normalises Arabic for matching', () => {
    expect(foldArabic('إِنَّ الأمَّةَ آمنة ٱلمدينة على')).toBe('ان الامه امنه المدينه علي');
    expect(normaliseForMatch('Hello, ٤٠٠ World!')).toBe(' hello 400 world ');
  });
});
