/**
 * Simple structure in plain text, read safely (text only, never markup): lines starting with
 * "- ", "* " or "• " make a list, "1. " or "1) " (any digits, Arabic-Indic too) a numbered list,
 * lines between pipes ("| a | b |") a table whose first row is a header when a "|---|" line follows
 * it; other lines are paragraphs, blank lines end a block. Review sections use it on the page and
 * in the DOCX, so what the writer typed reads the same in both.
 */

export type TextBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[] | null; rows: string[][] };

const bullet = /^\s*[-*•]\s+(.*)$/;
const numbered = /^\s*[0-9\u0660-\u0669\u06F0-\u06F9]{1,3}[.)]\s+(.*)$/;
const tableRow = /^\s*\|.*\|\s*$/;
const tableRule = /^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/;

type LineKind = 'bullet' | 'numbered' | 'row' | 'text';

function kindOf(line: string): LineKind {
  if (tableRow.test(line)) return 'row';
  if (bullet.test(line)) return 'bullet';
  if (numbered.test(line)) return 'numbered';
  return 'text';
}

const cellsOf = (line: string) =>
  line
    .trim()
    .slice(1, -1)
    .split('|')
    .map((cell) => cell.trim());

function tableOf(lines: string[]): TextBlock {
  const [first, second, ...rest] = lines;
  if (second !== undefined && tableRule.test(second)) {
    return {
      kind: 'table',
      header: cellsOf(first!),
      rows: rest.filter((l) => !tableRule.test(l)).map(cellsOf),
    };
  }
  return { kind: 'table', header: null, rows: lines.filter((l) => !tableRule.test(l)).map(cellsOf) };
}

export function textBlocks(text: string | null | undefined): TextBlock[] {
  const blocks: TextBlock[] = [];
  // Widened on purpose: `close` resets it, which flow analysis does not see.
  let run = null as { kind: LineKind; lines: string[] } | null;
  const close = () => {
    if (!run) return;
    const { kind, lines } = run;
    if (kind === 'text') blocks.push({ kind: 'paragraph', text: lines.join('\n').trim() });
    else if (kind === 'row')
      blocks.push(lines.length > 1 ? tableOf(lines) : { kind: 'paragraph', text: lines[0]!.trim() });
    else
      blocks.push({
        kind: 'list',
        ordered: kind === 'numbered',
        items: lines,
      });
    run = null;
  };
  for (const line of (text ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    if (!line.trim()) {
      close();
      continue;
    }
    const kind = kindOf(line);
    // A line that continues a list item (no marker) joins the item before it.
    if (run && run.kind !== kind && kind === 'text' && (run.kind === 'bullet' || run.kind === 'numbered')) {
      run.lines[run.lines.length - 1] += `\n${line.trim()}`;
      continue;
    }
    if (run?.kind !== kind) close();
    if (!run) run = { kind, lines: [] };
    // List runs keep their items without the marker.
    const item = kind === 'bullet' ? bullet.exec(line) : kind === 'numbered' ? numbered.exec(line) : null;
    run.lines.push(item ? item[1]!.trim() : line);
  }
  close();
  return blocks;
}
