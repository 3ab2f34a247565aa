import type { ReactNode } from 'react';
import { type Inline, parseMarkdown } from '~/platform/text/safe-markdown';

/** Inline pieces as elements with text children; every text run is isolated (bidi). */
function Pieces({ pieces }: { pieces: readonly Inline[] }): ReactNode {
  return pieces.map((p, i) => {
    const key = `${p.kind}-${i}`;
    if (p.kind === 'text') return <bdi key={key}>{p.text}</bdi>;
    if (p.kind === 'code')
      return (
        <code key={key} className="rounded bg-slate-100 px-1">
          <bdi>{p.text}</bdi>
        </code>
      );
    if (p.kind === 'strong')
      return (
        <strong key={key}>
          <Pieces pieces={p.children} />
        </strong>
      );
    if (p.kind === 'em')
      return (
        <em key={key}>
          <Pieces pieces={p.children} />
        </em>
      );
    return (
      <a key={key} href={p.href} rel="noopener noreferrer nofollow ugc">
        <Pieces pieces={p.children} />
      </a>
    );
  });
}

/**
 * A writer's text shown safely: Markdown read into blocks (app/platform/text/safe-markdown.ts) and
 * rendered as elements, plain text as paragraphs — never HTML. `lang` sets its language and direction.
 */
export function SafeText({
  text,
  format,
  lang,
}: {
  text: string;
  format: 'plain' | 'markdown';
  lang?: 'ar' | 'en' | null;
}) {
  const dir = lang ? (lang === 'ar' ? 'rtl' : 'ltr') : 'auto';
  if (format === 'plain') {
    return (
      <div lang={lang ?? undefined} dir={dir} className="space-y-2">
        {text
          .split(/\n\s*\n/)
          .filter((p) => p.trim())
          .map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text
            <p key={i} className="whitespace-pre-line">
              <bdi>{p}</bdi>
            </p>
          ))}
      </div>
    );
  }
  return (
    <div lang={lang ?? undefined} dir={dir} className="space-y-2">
      {parseMarkdown(text).map((block, i) => {
        const key = `${block.kind}-${i}`;
        if (block.kind === 'paragraph')
          return (
            <p key={key} className="whitespace-pre-line">
              <Pieces pieces={block.content} />
            </p>
          );
        if (block.kind === 'heading')
          return (
            <p key={key} className="font-semibold">
              <Pieces pieces={block.content} />
            </p>
          );
        if (block.kind === 'quote')
          return (
            <blockquote
              key={key}
              className="whitespace-pre-line border-s-4 border-slate-300 ps-3 text-slate-700"
            >
              <Pieces pieces={block.content} />
            </blockquote>
          );
        const List = block.ordered ? 'ol' : 'ul';
        return (
          <List key={key} className={`space-y-1 ps-6 ${block.ordered ? 'list-decimal' : 'list-disc'}`}>
            {block.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: items of one fixed text
              <li key={j} className="whitespace-pre-line">
                <Pieces pieces={item} />
              </li>
            ))}
          </List>
        );
      })}
    </div>
  );
}
