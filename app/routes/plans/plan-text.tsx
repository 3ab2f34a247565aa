import type { Translated } from '#db/schema/columns';
import { useI18n } from '~/ui/i18n';

/** Plain text in paragraphs (blank lines separate them), isolated, with the language fallback note. */
export function Paragraphs({ value, className = '' }: { value: Translated; className?: string }) {
  const { pick, t } = useI18n();
  const picked = pick(value);
  const paragraphs = picked.text.split(/\n\s*\n/).filter((p) => p.trim());
  if (!paragraphs.length) return null;
  return (
    <div lang={picked.lang} dir={picked.lang === 'ar' ? 'rtl' : 'ltr'} className={`space-y-2 ${className}`}>
      {picked.isFallback ? (
        <p className="text-sm text-amber-900">
          {t(picked.lang === 'en' ? 'common.onlyInEnglish' : 'common.onlyInArabic')}
        </p>
      ) : null}
      {paragraphs.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one fixed text
        <p key={i} className="whitespace-pre-line">
          <bdi>{p}</bdi>
        </p>
      ))}
    </div>
  );
}
