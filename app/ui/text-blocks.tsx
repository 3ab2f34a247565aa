import type { Locale } from '#db/schema/columns';
import { textBlocks } from '~/platform/text/text-blocks';
import { TableScroll } from './table-scroll';

/** Cells and rows of one fixed text: their position is their identity. */
const keyed = <T,>(items: readonly T[]) => items.map((value, position) => ({ value, key: String(position) }));

/**
 * Plain text with the simple structure its writer typed (paragraphs, lists, pipe tables: see
 * textBlocks), in its own language and direction; every piece is text, isolated, never markup.
 */
export function TextBlocks({ text, lang }: { text: string | null | undefined; lang: Locale }) {
  const blocks = textBlocks(text);
  if (!blocks.length) return null;
  return (
    <div lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} className="space-y-3">
      {blocks.map((block, i) => {
        const key = `${block.kind}-${i}`;
        if (block.kind === 'paragraph')
          return (
            <p key={key} className="whitespace-pre-line">
              <bdi>{block.text}</bdi>
            </p>
          );
        if (block.kind === 'list') {
          const List = block.ordered ? 'ol' : 'ul';
          return (
            <List key={key} className={`space-y-1 ps-6 ${block.ordered ? 'list-decimal' : 'list-disc'}`}>
              {block.items.map((item, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: items of one fixed text
                <li key={j} className="whitespace-pre-line">
                  <bdi>{item}</bdi>
                </li>
              ))}
            </List>
          );
        }
        return (
          <TableScroll key={key}>
            <table className="min-w-full border-collapse text-sm">
              {block.header ? (
                <thead>
                  <tr>
                    {keyed(block.header).map((cell) => (
                      <th
                        key={cell.key}
                        scope="col"
                        className="border border-slate-300 bg-slate-100 px-2 py-1 text-start"
                      >
                        <bdi>{cell.value}</bdi>
                      </th>
                    ))}
                  </tr>
                </thead>
              ) : null}
              <tbody>
                {keyed(block.rows).map((row) => (
                  <tr key={row.key}>
                    {keyed(row.value).map((cell) => (
                      <td key={cell.key} className="border border-slate-300 px-2 py-1">
                        <bdi>{cell.value}</bdi>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        );
      })}
    </div>
  );
}
