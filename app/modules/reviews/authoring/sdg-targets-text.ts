import { sdgTargetCodes } from '~/modules/reference/sdg-targets';

/**
 * How the free-text "SDG targets" of review sections written before the reference list became
 * codes (migration 0025, whose SQL functions `sdg_target_codes_in` and `sdg_targets_leftover` do
 * the same; sdg-targets-text.test.ts holds both to the same cases):
 * - every known code in the text (`10.7`, `10.C`, not inside a longer number) becomes a code, in
 *   reference order;
 * - when the text holds anything else than known codes, separators and a few filler words
 *   ("SDG", "targets", "and", «الغايات», «و»), the whole text is kept as written as the section's
 *   note, so nothing the author wrote is lost; otherwise there is no note.
 */

const codePattern = /(?<![0-9A-Za-z.])([0-9]{1,2}\.[0-9A-Za-z]{1,2})(?![0-9A-Za-z]|\.[0-9A-Za-z])/g;
const separators = /[\s,;،؛/+()]+/u;
const edgePunctuation = /^[.:-]+|[.:-]+$/g;

/** Words that only introduce or join codes; anything else is kept in the note. */
export const sdgFillerWords = [
  'sdg',
  'sdgs',
  'target',
  'targets',
  'goal',
  'goals',
  'and',
  '&',
  'و',
  'غاية',
  'غايات',
  'الغاية',
  'الغايات',
  'هدف',
  'الهدف',
  'أهداف',
  'التنمية',
  'المستدامة',
] as const;

export function sdgTargetsFromText(
  raw: string | null | undefined,
  known: readonly string[] = sdgTargetCodes,
): { codes: string[]; note: string | null } {
  const text = raw ?? '';
  const found = new Set([...text.matchAll(codePattern)].map((m) => m[1]!.toLowerCase()));
  const codes = known.filter((c) => found.has(c));
  const fillers = new Set<string>(sdgFillerWords);
  const leftover = text
    .split(separators)
    .map((token) => token.replace(edgePunctuation, ''))
    .some(
      (token) => token !== '' && !known.includes(token.toLowerCase()) && !fillers.has(token.toLowerCase()),
    );
  return { codes, note: leftover ? text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '') : null };
}
