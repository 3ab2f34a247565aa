import type { Locale, Translated } from '#db/schema/columns';
import { useI18n } from './i18n';

/** A text in the language it was written in, as the translator's `pick` returns it. */
export interface PickedText {
  text: string;
  lang: Locale;
  /** The text exists only in the other language. */
  isFallback: boolean;
}

const directionOf = (lang: Locale | null | undefined) => (lang ? (lang === 'ar' ? 'rtl' : 'ltr') : 'auto');

/** Blank lines separate paragraphs; each keeps its own line breaks and is isolated (bidi). */
function ParagraphList({ text }: { text: string }) {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim())
    .map((p, i) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text have no other identity
      <p key={i} className="whitespace-pre-line">
        <bdi>{p}</bdi>
      </p>
    ));
}

/** Plain text in paragraphs, in the language it was written in (its direction from the text when unknown). */
export function PlainParagraphs({
  text,
  lang,
  className = 'space-y-2',
}: {
  text: string;
  lang?: Locale | null;
  className?: string;
}) {
  if (!text.trim()) return null;
  return (
    <div lang={lang ?? undefined} dir={directionOf(lang)} className={className}>
      <ParagraphList text={text} />
    </div>
  );
}

/**
 * A translatable plain text in paragraphs, in the reader's language or the other one with a note
 * saying so. Takes the stored value, or a text a presenter already picked.
 */
export function Paragraphs({
  value,
  className = 'space-y-3',
}: {
  value: Translated | PickedText | null | undefined;
  className?: string;
}) {
  const { pick, t } = useI18n();
  const picked = value && 'isFallback' in value ? value : pick(value);
  if (!picked.text.trim()) return null;
  return (
    <div lang={picked.lang} dir={directionOf(picked.lang)} className={className}>
      {picked.isFallback ? (
        <p className="text-sm text-amber-900">
          {t(picked.lang === 'en' ? 'common.onlyInEnglish' : 'common.onlyInArabic')}
        </p>
      ) : null}
      <ParagraphList text={picked.text} />
    </div>
  );
}
