import type { Locale } from '#db/schema/columns';
import type { DocumentParagraph } from '~/platform/text/document-paragraphs';
import { useHref, useI18n } from '~/ui/i18n';

/**
 * A document's text (an outcome document, a declaration, a summary), paragraph by paragraph in one
 * language: each paragraph carries its identifier as its anchor (<document>#para_12) and links to
 * its own page (<document>/paragraphs/para_12). Operative paragraphs are numbered in the reader's
 * digits; the preamble stands apart, unnumbered, as in UN documents.
 */
export function DocumentText({
  documentPath,
  paragraphs,
  lang,
  anchors = true,
}: {
  /** The document's page without the language prefix (/meetings/<id>/outcome). */
  documentPath: string;
  paragraphs: DocumentParagraph[];
  lang: Locale;
  /** Anchors go on one copy only (the reader's language), so each identifier names one element. */
  anchors?: boolean;
}) {
  const { t, number } = useI18n();
  const href = useHref();
  const shown = paragraphs.filter((p) => p[lang].trim());
  const preamble = shown.filter((p) => p.part === 'preamble');
  const operative = shown.filter((p) => p.part === 'operative');
  const paragraph = (p: DocumentParagraph) => (
    <div key={p.eId} id={anchors ? p.eId : undefined} className="flex gap-2 scroll-mt-4">
      {p.part === 'operative' ? (
        <span aria-hidden="true" className="min-w-6 font-semibold">
          {number(p.number)}.
        </span>
      ) : null}
      <p className="flex-1 whitespace-pre-line">
        <bdi>{p[lang]}</bdi>{' '}
        <a
          href={href(`${documentPath}/paragraphs/${p.eId}`)}
          className="text-sm text-brand-800 no-underline hover:underline"
          aria-label={t('documents.text.paragraphLink', { part: p.part, number: p.number })}
        >
          ¶
        </a>
      </p>
    </div>
  );
  return (
    <div lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} className="max-w-3xl space-y-3">
      {preamble.length ? (
        <section aria-label={t('documents.text.preamble')} className="space-y-3 text-slate-800">
          {preamble.map(paragraph)}
        </section>
      ) : null}
      {operative.map(paragraph)}
    </div>
  );
}
