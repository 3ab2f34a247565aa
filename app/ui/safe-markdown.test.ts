import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { markdownPlainText, parseInline, parseMarkdown, safeHref } from '~/platform/text/safe-markdown';
import { SafeText } from './safe-markdown';

const html = (text: string, format: 'plain' | 'markdown' = 'markdown') =>
  renderToStaticMarkup(SafeText({ text, format, lang: 'ar' }));

describe('safe Markdown', () => {
  it('reads emphasis, code, links, lists, quotes and headings', () => {
    expect(parseInline('**قوي** و*مائل* و`رمز`')).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'قوي' }] },
      { kind: 'text', text: ' و' },
      { kind: 'em', children: [{ kind: 'text', text: 'مائل' }] },
      { kind: 'text', text: ' و' },
      { kind: 'code', text: 'رمز' },
    ]);
    const blocks = parseMarkdown('# عنوان\n\n- أول\n- ثانٍ\n\n1. واحد\n2. اثنان\n\n> اقتباس\n\nفقرة');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'list', 'list', 'quote', 'paragraph']);
    expect(html('[الاتفاق](https://example.org/gcm)')).toContain('href="https://example.org/gcm"');
  });

  it('keeps raw HTML as visible text: no script, no event handlers', () => {
    const out = html('<script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;');
    expect(html('<b onclick="x()">hi</b>', 'plain')).not.toMatch(/<b[ >]/);
  });

  it('drops javascript:, data: and disguised link targets, keeping the words', () => {
    for (const target of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '/relative',
    ]) {
      const out = html(`[اضغط](${target})`);
      expect(out).not.toContain('href');
      expect(out).toContain('اضغط');
    }
    expect(safeHref('java\tscript:alert(1)')).toBeNull();
    expect(safeHref('https://example.org/\u202Egnp.exe')).toBeNull();
    expect(safeHref('mailto:someone@example.org')).toBe('mailto:someone@example.org');
  });

  it('isolates bidi controls: every text run sits inside <bdi>', () => {
    const out = html('نص \u202Eمعكوس\u202C **و\u2067قوي**');
    expect(out).toMatch(/<bdi>نص \u202Eمعكوس\u202C <\/bdi>/);
    expect(out).toMatch(/<strong><bdi>و\u2067قوي<\/bdi><\/strong>/);
    expect(html('سطر \u202E', 'plain')).toContain('<bdi>سطر \u202E</bdi>');
  });

  it('gives plain text for search and mail', () => {
    expect(markdownPlainText('**مرحبًا** [رابط](javascript:x)\n\n- بند')).toBe('مرحبًا رابط\n\n- بند');
  });
});
