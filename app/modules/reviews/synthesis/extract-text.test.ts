import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('extractText', () => {
  it('quotes a short text verbatim, line breaks included', () => {
    const text = '  The ministry set up a one-stop shop.\n\nIt serves 40,000 workers.  ';
    expect(extractText(text)).toEqual({
      text: 'The ministry set up a one-stop shop.\n\nIt serves 40,000 workers.',
      truncated: false,
    });
    expect(extractText(words(80)).truncated).toBe(false);
  });

  it('keeps whole sentences within the limit when they are at least half of it', () => {
    const first = `${words(30, 'alpha')}.`;
    const second = `${words(30, 'beta')}!`;
    const third = `${words(30, 'gamma')}.`;
    const result = extractText(`${first} ${second} ${third}`);
    expect(result).toEqual({ text: `${first} ${second} …`, truncated: true });
  });

  it('cuts at the word limit when the whole sentences would keep too little', () => {
    const result = extractText(`Short one. ${words(100, 'long')} end.`);
    expect(result.truncated).toBe(true);
    expect(result.text.endsWith('long…')).toBe(true);
    expect(wordCount(result.text)).toBe(80);
    expect(result.text.startsWith('Short one. long')).toBe(true);
  });

  it('cuts Arabic text at Arabic sentence ends and drops dangling punctuation', () => {
    const sentence = `${words(25, 'وضعت')} الوزارة خطة وطنية؟`;
    const text = `${sentence} ${sentence} ${sentence} ${sentence}`;
    const result = extractText(text, { locale: 'ar' });
    expect(result.text).toBe(`${sentence} ${sentence} …`);

    const commas = extractText(`${words(79, 'كلمة')} نهاية، ${words(20, 'بقية')}`, { locale: 'ar' });
    expect(commas.text.endsWith('نهاية…')).toBe(true);
  });

  it('takes a paragraph end as a place to cut', () => {
    const list = `${words(45, 'item')}\n${words(45, 'next')}`;
    expect(extractText(list).text).toBe(`${words(45, 'item')} …`);
  });

  it('honours a smaller limit', () => {
    expect(extractText('one two three four five', { maxWords: 3 })).toEqual({
      text: 'one two three…',
      truncated: true,
    });
  });
});
