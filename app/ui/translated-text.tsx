import type { Translated } from '#db/schema/columns';
import { useI18n } from './i18n';

/**
 * Shows a translatable field in the reader's language, or the other language with a visible note
 * ("available in English only"). User text is isolated so a bidi control character cannot flip the page.
 */
export function TranslatedText({
  value,
  as: Tag = 'span',
  className,
}: {
  value: Translated | null | undefined;
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'div' | 'dd' | 'li';
  className?: string;
}) {
  const { pick, t } = useI18n();
  const picked = pick(value);
  return (
    <Tag className={className}>
      <bdi lang={picked.lang} dir={picked.lang === 'ar' ? 'rtl' : 'ltr'}>
        {picked.text}
      </bdi>
      {picked.isFallback ? (
        <small className="ms-2 rounded bg-amber-100 px-1 text-xs font-normal text-amber-900">
          {t(picked.lang === 'en' ? 'common.onlyInEnglish' : 'common.onlyInArabic')}
        </small>
      ) : null}
    </Tag>
  );
}
