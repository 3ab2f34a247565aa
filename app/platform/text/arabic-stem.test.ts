import { describe, expect, it } from 'vitest';
import { foldArabic } from './arabic-fold';
import { arabicStemVariants, stemArabic } from './arabic-stem';
import { stemsOf } from './search-text';

const stem = (word: string) => stemArabic(foldArabic(word));

describe('the Arabic light stemmer', () => {
  it('brings the forms of the issue together', () => {
    for (const w of ['المهاجرين', 'مهاجر', 'للمهاجرين', 'والمهاجرون', 'بالمهاجرات'])
      expect(stem(w), w).toBe('مهاجر');
    for (const w of ['الأسرة', 'أسرهم', 'الأسر']) expect(stem(w), w).toBe('اسر');
  });

  it('strips articles with their prepositions, and suffixes, but leaves three letters', () => {
    expect(stem('فالتحويلات')).toBe('تحويل');
    expect(stem('كالعادة')).toBe('عاد');
    expect(stem('دول')).toBe('دول');
    expect(stem('بيان')).toBe('بيان');
    expect(stem('ال')).toBe('ال');
  });

  it('reads a leading و ف ب ك ل both as a clitic and as part of the word', () => {
    expect(arabicStemVariants(foldArabic('وثيقة'))).toEqual(['وثيق', 'ثيق']);
    expect(arabicStemVariants(foldArabic('الوثيقة'))).toEqual(['وثيق']);
    expect(arabicStemVariants(foldArabic('وبحقوق'))).toEqual(['وبحقوق', 'بحقوق', 'حقوق']);
    expect(arabicStemVariants(foldArabic('بلد'))).toEqual(['بلد']);
  });
});

describe('search words', () => {
  it('ignore diacritics, tatweel, hamza seats and letter variants', () => {
    expect(stemsOf('المُهَاجِرِينَ')).toEqual(stemsOf('المهاجرين'));
    expect(stemsOf('الـــهجرة')).toEqual(stemsOf('الهجره'));
    expect(stemsOf('مسؤولية')).toEqual(stemsOf('مسئولية'));
    expect(stemsOf('مستشفى')).toEqual(stemsOf('مستشفي'));
  });

  it('stem English, drop stop words of both languages, keep digits', () => {
    expect(stemsOf('Remittances')).toEqual(stemsOf('remittance'));
    expect(stemsOf('the')).toEqual([]);
    expect(stemsOf('في')).toEqual([]);
    expect(stemsOf('وفي')).toEqual([]);
    expect(stemsOf('٢٠١٨')).toEqual(['2018']);
    expect(stemsOf('Café')).toEqual(stemsOf('cafe'));
  });

  it('keep GCM words that generic stop lists drop', () => {
    expect(stemsOf('إعادة')).not.toEqual([]);
    expect(stemsOf('الإطار')).not.toEqual([]);
  });
});
