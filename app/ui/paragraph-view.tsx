import type { ReactNode } from 'react';
import type { Locale, Translated } from '#db/schema/columns';
import type { ContentTypeKey } from '~/modules/content/content-type-keys';
import type { DocumentParagraph } from '~/platform/text/document-paragraphs';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';

export interface CitingItem {
  type: ContentTypeKey;
  id: string;
  title: Translated;
  path: string;
}

/** The heading a paragraph page and its title give a paragraph ("Paragraph 3", "Preambular paragraph 1"). */
export function useParagraphHeading(paragraph: Pick<DocumentParagraph, 'part' | 'number'>) {
  const { t } = useI18n();
  return t('documents.paragraph.heading', { part: paragraph.part, number: paragraph.number });
}

/**
 * The body of a paragraph's own page, whatever document it belongs to: its text in both languages,
 * a link to it in the document, the address to cite it with, and what cites it (only what the
 * reader may open).
 */
export function ParagraphView({
  intro,
  paragraph,
  documentPath,
  address,
  citedBy,
}: {
  /** What document and version it is from (a sentence, above the text). */
  intro: ReactNode;
  paragraph: DocumentParagraph;
  documentPath: string;
  address: string;
  citedBy: CitingItem[];
}) {
  const { t, pick } = useI18n();
  const href = useHref();
  const texts: { lang: Locale; label: string }[] = [
    { lang: 'ar', label: t('documents.paragraph.inArabic') },
    { lang: 'en', label: t('documents.paragraph.inEnglish') },
  ];
  return (
    <>
      <p className="mb-4 text-slate-700">{intro}</p>
      {texts.map(({ lang, label }) => (
        <section key={lang} aria-labelledby={`text-${lang}`} className="mb-4">
          <h2 id={`text-${lang}`} className="text-sm font-semibold text-slate-600">
            {label}
          </h2>
          {paragraph[lang].trim() ? (
            <p lang={lang} dir={lang === 'ar' ? 'rtl' : 'ltr'} className="whitespace-pre-line text-lg">
              {paragraph[lang]}
            </p>
          ) : (
            <p className="text-slate-600">{t('documents.paragraph.noText')}</p>
          )}
        </section>
      ))}
      <p className="mb-6">
        <Link to={href(`${documentPath}#${paragraph.eId}`)}>{t('documents.paragraph.inDocument')}</Link>
      </p>
      <section aria-labelledby="cite-title" className="mb-6 rounded border border-slate-300 p-3">
        <h2 id="cite-title" className="font-semibold">
          {t('documents.paragraph.cite')}
        </h2>
        <p className="mb-2 text-sm text-slate-700">{t('documents.paragraph.citeHelp')}</p>
        <label className="block text-sm font-medium" htmlFor="paragraph-address">
          {t('documents.paragraph.citeLabel')}
        </label>
        <input
          id="paragraph-address"
          readOnly
          dir="ltr"
          value={address}
          className="w-full rounded border border-slate-400 bg-slate-50 px-2 py-1 font-mono text-sm"
        />
        <p className="mt-2 text-sm">
          {t('documents.paragraph.identifier')}: <code dir="ltr">{paragraph.eId}</code> —{' '}
          {t('documents.paragraph.identifierHelp')}
        </p>
      </section>
      <section aria-labelledby="cited-title">
        <h2 id="cited-title" className="mb-2 text-xl font-semibold">
          {t('documents.paragraph.citedBy')}
        </h2>
        {citedBy.length ? (
          <ul className="list-disc space-y-1 ps-6">
            {citedBy.map((item) => (
              <li key={`${item.type}:${item.id}`}>
                <span className="text-sm text-slate-600">{t(`content.type.${item.type}.one`)}:</span>{' '}
                <Link to={href(item.path)}>
                  <bdi>{pick(item.title).text}</bdi>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('documents.paragraph.citedByNone')}</p>
        )}
      </section>
    </>
  );
}
