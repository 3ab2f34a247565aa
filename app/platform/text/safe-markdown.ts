/**
 * A small, safe Markdown: the text is read into a structure of blocks and inline pieces that pages
 * render as elements with text children — never as HTML — so raw markup (`<script>`, `<img onerror>`)
 * stays visible text and nothing a writer types can run. Supported: paragraphs (blank lines), "- "/"* "
 * lists, "1. " lists, "> " quotes, "#"–"###" headings, **strong**, *em* / _em_, `code` and
 * [links](https://…). A link is kept only for http:, https: and mailto: (anything else — javascript:,
 * data:, vbscript:, relative paths — stays text). Bidi control characters are isolated where the text is
 * shown (each piece inside <bdi>), and `isolate()` for plain-text places.
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] };

export type MarkdownBlock =
  | { kind: 'paragraph'; content: Inline[] }
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  | { kind: 'quote'; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

const allowedLink = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

/** The link target if it is safe to follow (http, https, mailto), else null. */
export function safeHref(raw: string): string | null {
  // Control characters and white space inside a scheme ("java\tscript:") are refused outright.
  const href = raw.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/.test(href)) return null;
  return allowedLink.test(href) ? href : null;
}

function pushText(out: Inline[], text: string) {
  if (!text) return;
  const last = out[out.length - 1];
  if (last?.kind === 'text') last.text += text;
  else out.push({ kind: 'text', text });
}

/** Inline pieces of one block's text. */
export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    if (rest.startsWith('`')) {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        out.push({ kind: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (depth < 4 && rest.startsWith('**')) {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        out.push({ kind: 'strong', children: parseInline(text.slice(i + 2, end), depth + 1) });
        i = end + 2;
        continue;
      }
    }
    if (depth < 4 && (rest.startsWith('*') || rest.startsWith('_'))) {
      const mark = rest[0]!;
      const end = text.indexOf(mark, i + 1);
      if (end > i + 1 && !/\s/.test(text[i + 1]!)) {
        out.push({ kind: 'em', children: parseInline(text.slice(i + 1, end), depth + 1) });
        i = end + 1;
        continue;
      }
    }
    if (rest.startsWith('[')) {
      const link = /^\[([^\]\n]+)\]\(([^)\s]*)\)/.exec(rest);
      if (link) {
        const href = safeHref(link[2]!);
        if (href) out.push({ kind: 'link', href, children: parseInline(link[1]!, depth + 1) });
        else pushText(out, link[1]!);
        i += link[0].length;
        continue;
      }
    }
    pushText(out, text[i]!);
    i += 1;
  }
  return out;
}

const bullet = /^\s*[-*•]\s+(.*)$/;
const numbered = /^\s*[0-9\u0660-\u0669\u06F0-\u06F9]{1,3}[.)]\s+(.*)$/;
const heading = /^(#{1,3})\s+(.*)$/;
const quote = /^\s*>\s?(.*)$/;

/** The blocks of a Markdown text (see the file's comment for what is read). */
export function parseMarkdown(source: string | null | undefined): MarkdownBlock[] {
  const lines = (source ?? '').replace(/\r\n?/g, '\n').split('\n');
  const blocks: MarkdownBlock[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  let quoted: string[] = [];
  const flush = () => {
    if (para.length) blocks.push({ kind: 'paragraph', content: parseInline(para.join('\n').trim()) });
    if (list)
      blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map((t) => parseInline(t)) });
    if (quoted.length) blocks.push({ kind: 'quote', content: parseInline(quoted.join('\n').trim()) });
    para = [];
    list = null;
    quoted = [];
  };
  for (const line of lines) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const h = heading.exec(line);
    const b = bullet.exec(line);
    const n = b ? null : numbered.exec(line);
    const q = quote.exec(line);
    if (h) {
      flush();
      blocks.push({ kind: 'heading', level: h[1]!.length as 1 | 2 | 3, content: parseInline(h[2]!.trim()) });
    } else if (b || n) {
      const ordered = Boolean(n);
      if (para.length || quoted.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push((b ?? n)![1]!);
    } else if (q) {
      if (para.length || list) flush();
      quoted.push(q[1]!);
    } else if (list) {
      // A line after an item continues it.
      list.items[list.items.length - 1] += `\n${line.trim()}`;
    } else {
      if (quoted.length) flush();
      para.push(line);
    }
  }
  flush();
  return blocks;
}

/** The text of inline pieces without their marks (for search, mail and summaries). */
export function inlineText(pieces: readonly Inline[]): string {
  return pieces
    .map((p) => (p.kind === 'text' || p.kind === 'code' ? p.text : inlineText(p.children)))
    .join('');
}

/** A Markdown text as plain text: marks dropped, links kept as their words. */
export function markdownPlainText(source: string | null | undefined): string {
  return parseMarkdown(source)
    .map((b) =>
      b.kind === 'list' ? b.items.map((i) => `- ${inlineText(i)}`).join('\n') : inlineText(b.content),
    )
    .join('\n\n');
}
