/**
 * A light Arabic stemmer for search (decision "Arabic light stemming": chosen over PostgreSQL's
 * `arabic` snowball configuration and @orama/stemmers by recall on the relevance set). It works on
 * words already folded by foldArabic (so أ إ آ → ا, ة → ه, ى → ي, no diacritics) and, in the manner
 * of Larkey's light10, strips:
 *   1. one article, alone or after a conjunction or preposition: وال بال كال فال لل ال (2+ letters left);
 *   2. suffixes in order, each at most once, leaving 3+ letters: attached pronouns (هما كما ها هم هن
 *      كم نا), plural and dual endings (ان ات ون ين), the nisba ending (يه, the folded ية) and the final
 *      ه (the folded ة) and ي.
 * So المهاجرين, مهاجر, للمهاجرين, والمهاجرون and بالمهاجرات all give مهاجر; الأسرة, أسرهم and الأسر give اسر.
 * Broken plurals and infixes are left alone: a light stemmer keeps precision where a root extractor
 * would merge unrelated words.
 */

const articles = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const suffixes = ['هما', 'كما', 'ها', 'هم', 'هن', 'كم', 'نا', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];

export function stemArabic(word: string): string {
  let w = word;
  for (const article of articles) {
    if (w.startsWith(article) && w.length - article.length >= 2) {
      w = w.slice(article.length);
      break;
    }
  }
  for (const suffix of suffixes) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) w = w.slice(0, -suffix.length);
  }
  return w;
}

/**
 * The stems a word may stand for: its stem, and the stem without a leading one-letter conjunction
 * or preposition (و ف ب ك ل, e.g. ومهاجرين, لحماية). Whether that letter is a clitic or part of the
 * word (وثيقة, بلد) cannot be told without a dictionary, so both readings are indexed at the word's
 * place and both are searched: وثيقة still finds الوثيقة, ومهاجرين finds المهاجرين.
 */
export function arabicStemVariants(word: string): string[] {
  const out = new Set([stemArabic(word)]);
  // و or ف, then one of ب ك ل: وبحقوق → بحقوق → حقوق.
  let rest = word;
  if (rest.length >= 4 && 'وف'.includes(rest[0]!)) {
    rest = rest.slice(1);
    out.add(stemArabic(rest));
  }
  if (rest.length >= 4 && 'بكل'.includes(rest[0]!)) out.add(stemArabic(rest.slice(1)));
  return [...out];
}
