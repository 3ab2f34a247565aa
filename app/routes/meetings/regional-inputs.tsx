import { Link } from 'react-router';
import type { ForwardedDocument } from '#db/schema/review-forwarding-values';
import { useHref, useI18n } from '~/ui/i18n';
import { TranslatedText } from '~/ui/translated-text';

type Translated = { ar?: string; en?: string };

export interface RegionalInputView {
  id: string;
  cycleId: string;
  cycleTitle: Translated;
  regionName: Translated;
  document: ForwardedDocument;
  documentVersion: number;
  forwardedOn: string;
}

/** The IMRF meeting's regional inputs: what each regional review forwarded to it, with links to the documents. */
export function RegionalInputs({ inputs }: { inputs: RegionalInputView[] }) {
  const { t, date } = useI18n();
  const href = useHref();
  return (
    <section aria-labelledby="regional-inputs-title" className="mb-8">
      <h2 id="regional-inputs-title" className="mb-3 text-xl font-semibold">
        {t('meetings.regionalInputs.title')}
      </h2>
      <p className="mb-2 text-sm text-slate-700">{t('meetings.regionalInputs.intro')}</p>
      {inputs.length ? (
        <ul className="space-y-2">
          {inputs.map((input) => (
            <li key={input.id} className="border-b border-slate-100 pb-2">
              <p className="text-sm text-slate-600">
                <TranslatedText value={input.regionName} />
              </p>
              <p>
                <Link to={href(`/reviews/cycles/${input.cycleId}`)} className="underline">
                  <TranslatedText value={input.cycleTitle} />
                </Link>
                {t('meetings.regionalInputs.separator')}
                <Link to={href(`/reviews/cycles/${input.cycleId}/${input.document}`)} className="underline">
                  {t('meetings.regionalInputs.document', {
                    document: input.document,
                    version: input.documentVersion,
                  })}
                </Link>
              </p>
              <p className="text-sm text-slate-600">
                {t('meetings.regionalInputs.forwardedOn', {
                  date: date(input.forwardedOn, { dateStyle: 'long', timeZone: 'UTC' }),
                })}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('meetings.regionalInputs.none')}</p>
      )}
    </section>
  );
}
