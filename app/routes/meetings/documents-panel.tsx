import type { Translated } from '#db/schema/columns';
import type { MeetingDocumentKind } from '#db/schema/meeting-document-values';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';

export interface PublishedDocumentView {
  id: string;
  kind: MeetingDocumentKind;
  title: Translated;
  sessionTitle: Translated | null;
  path: string;
  isSample: boolean;
}

/**
 * The meeting page's documents: its adopted declaration, outcome and summaries for everyone, and
 * for the organisers and partners the way to the documents being drafted.
 */
export function MeetingDocumentsPanel({
  meetingId,
  published,
  area,
}: {
  meetingId: string;
  published: PublishedDocumentView[];
  area: boolean;
}) {
  const { t } = useI18n();
  const href = useHref();
  if (!published.length && !area) return null;
  return (
    <section aria-labelledby="documents-title" className="mb-8">
      <h2 id="documents-title" className="mb-3 text-xl font-semibold">
        {t('meetings.documents.heading')}
      </h2>
      {published.length ? (
        <ul className="space-y-2">
          {published.map((d) => (
            <li key={d.id}>
              <span className="text-sm text-slate-600">
                {t(`documents.kind.${d.kind}`)}
                {d.sessionTitle ? (
                  <>
                    {' — '}
                    <TranslatedText value={d.sessionTitle} />
                  </>
                ) : null}
                :
              </span>{' '}
              <Link to={href(d.path)}>
                <TranslatedText value={d.title} />
              </Link>
              {d.isSample ? <SampleBadge /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('meetings.documents.nonePublished')}</p>
      )}
      {area ? (
        <p className="mt-2">
          <Link to={href(`/meetings/${meetingId}/documents`)}>{t('meetings.documents.workspaceAll')}</Link>
        </p>
      ) : null}
    </section>
  );
}
