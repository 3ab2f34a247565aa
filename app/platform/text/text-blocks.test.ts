import { describe, expect, it } from 'vitest';
import { textBlocks } from './text-blocks';

describe('text blocks', () => {
  it('keeps paragraphs, with their line breaks, between blank lines', () => {
    expect(textBlocks('First line\nsame paragraph\n\n\nSecond')).toEqual([
      { kind: 'paragraph', text: 'First line\nsame paragraph' },
      { kind: 'paragraph', text: 'Second' },
    ]);
    expect(textBlocks('')).toEqual([]);
    expect(textBlocks(null)).toEqual([]);
  });

  it('reads bulleted and numbered lists, Arabic-Indic numbers too, after a lead-in line', () => {
    expect(textBlocks('اتخذت الحكومة:\n- قانونًا\n• وحدة حماية\n\n١. أولًا\n٢) ثانيًا\nتتمة الثاني')).toEqual([
      { kind: 'paragraph', text: 'اتخذت الحكومة:' },
      { kind: 'list', ordered: false, items: ['قانونًا', 'وحدة حماية'] },
      { kind: 'list', ordered: true, items: ['أولًا', 'ثانيًا\nتتمة الثاني'] },
    ]);
  });

  it('reads pipe tables, with a header when a rule line follows the first row', () => {
    expect(textBlocks('| Year | Returns |\n|---|---:|\n| 2024 | 1,200 |\n| 2025 | 1,450 |')).toEqual([
      {
        kind: 'table',
        header: ['Year', 'Returns'],
        rows: [
          ['2024', '1,200'],
          ['2025', '1,450'],
        ],
      },
    ]);
    expect(textBlocks('| a | b |\n| c | d |')).toEqual([
      {
        kind: 'table',
        header: null,
        rows: [
          ['a', 'b'],
          ['c', 'd'],
        ],
      },
    ]);
    // One pipe line alone is text, not a table.
    expect(textBlocks('| not a table |')).toEqual([{ kind: 'paragraph', text: '| not a table |' }]);
  });

  it('never interprets markup: tags stay text', () => {
    expect(textBlocks('- <script>alert(1)</script>')).toEqual([
      { kind: 'list', ordered: false, items: ['<script>alert(1)</script>'] },
    ]);
  });

  it('does not take a negative number or a date for a list', () => {
    expect(textBlocks('-5 degrees\n2024. was a year')).toEqual([
      { kind: 'paragraph', text: '-5 degrees\n2024. was a year' },
    ]);
  });
});
