import { describe, expect, it } from 'vitest';
import { strayArabicIndicDigits, strayLatinDigits } from './latin-digits';

describe('Latin digits in Arabic messages', () => {
  it('finds a figure written in the text', () => {
    expect(strayLatinDigits('من 0 إلى 14 سنة')).toEqual(['0', '14']);
    expect(strayLatinDigits('حتى 200 حرف')).toEqual(['200']);
    expect(strayLatinDigits('القسم {n} من 32')).toEqual(['32']);
    expect(strayLatinDigits('{count, plural, one {سنة واحدة} other {# سنة، منذ 2018}}')).toEqual(['2018']);
    expect(strayLatinDigits('<b>الهدف 7</b>')).toEqual(['7']);
  });

  it('lets placeholders, whatever their names and plural cases, through', () => {
    expect(strayLatinDigits('من {from} إلى {to1} سنة')).toEqual([]);
    expect(strayLatinDigits('{n, plural, =0 {لا شيء} other {# ميغابايت}} و{limit2, number}')).toEqual([]);
  });

  it.each([
    ['a URL', 'انظر https://example.org/page-2 للمزيد'],
    ['a query parameter', 'أضف ‎?bom=0 إلى العنوان'],
    ['ISO standards and ISO3', 'وفق ISO 3166-1 وISO 4217 وISO 8601 (رموز ISO3)'],
    ['the encoding', 'بترميز UTF-8'],
    ['M49 and its region ids', 'تصنيف M49 (M49-145)'],
    ["Marsad's indicator codes", 'مثل P-24'],
    ['objective codes', 'O1 إلى O23'],
    ['an SDG indicator id', 'مثل 10.7.2'],
    ["the Compact's resolution", 'القرار 73/195'],
    ['a number inside Latin-script text', 'مثل CWG 2.2 أو International Migrant Stock 2024'],
    ['the Latin digit sample', 'لاتينية: 123'],
    ['an ISO date to type', 'مثل 2025-03-31'],
    ['a time to type', 'مثل 14:30'],
    ['a number in both digit systems', 'مثل 1250 أو ١٢٥٠'],
  ])('allows %s', (_, message) => {
    expect(strayLatinDigits(message)).toEqual([]);
  });

  it('allows a code, not a figure beside it', () => {
    expect(strayLatinDigits('رمز P-24، وحتى 5 مؤشرات')).toEqual(['5']);
    expect(strayLatinDigits('القرار 73/195، الفقرة 15')).toEqual(['15']);
  });

  it('finds Arabic-Indic digits written in the text, for readers who chose Latin ones', () => {
    expect(strayArabicIndicDigits('أنشئ الوثيقة (النسخة ١)')).toEqual(['١']);
    expect(strayArabicIndicDigits('بين ٠ و١٠٠')).toEqual(['٠', '١٠٠']);
    expect(strayArabicIndicDigits('بين {min} و{max}، مثل 14:30')).toEqual([]);
  });

  it.each([
    ['the Arabic-Indic sample', 'مشرقية: ١٢٣'],
    ['a number in both digit systems', 'مثل 1250 أو ١٢٥٠'],
    ['numbers shown as what to type', 'أدخل القيمة رقماً، مثل ٤٠٠ أو ١٢٫٥.'],
  ])('allows %s', (_, message) => {
    expect(strayArabicIndicDigits(message)).toEqual([]);
  });
});
