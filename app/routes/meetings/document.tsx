import { getPublishedDocument } from '~/modules/meetings/outcome/get-documents.server';
import { guardPublic } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { DocumentText } from '~/ui/document-text';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { Link } from '~/ui/link';
import { pageMeta } from '~/ui/page-meta';
import { SampleBadge } from '~/ui/sample-badge';
import { TranslatedText } from '~/ui/translated-text';
import type { Route } from './+types/document';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: `${i18n.pick(loaderData.title).text || i18n.t(`documents.kind.${loaderData.kind}`)} — ${i18n.pick(loaderData.meeting.title).text}`,
          description: i18n.pick(loaderData.body).text.slice(0, 160),
        })
      : null,
  );

/**
 * An adopted meeting document: the meeting's outcome (/meetings/:id/outcome: the Progress
 * Declaration or the conference outcome) or a summary (/meetings/:id/summaries/:documentId), each
 * paragraph anchored by its stable identifier and linked to its own page. Not found until adopted.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const documentId = 'documentId' in params && params.documentId ? params.documentId : 'outcome';
  const found = await orErrorPage(() =>
    getPublishedDocument({ subject: viewer.subject, meetingId: params.id, documentId }),
  );
  return {
    meeting: { id: found.meeting.id, title: found.meeting.title },
    kind: found.document.kind,
    session: found.session ? { title: found.session.title, coChairs: found.session.coChairs } : null,
    title: found.version.title,
    body: found.version.body,
    paragraphs: found.paragraphs,
    number: found.version.number,
    path: found.path,
    adoptedOn: found.document.publishedAt ? found.document.publishedAt.toISOString().slice(0, 10) : null,
    isSample: found.document.isSample,
    workspace: found.canEdit ? `/meetings/${found.meeting.id}/documents/${found.document.id}` : null,
  };
}

export default function MeetingDocument({ loaderData }: Route.ComponentProps) {
  const { t, pick, locale, date } = useI18n();
  const href = useHref();
  const { meeting, title, body, path } = loaderData;
  const other = locale === 'ar' ? 'en' : 'ar';
  const shown = body[locale]?.trim() ? locale : other;
  const kindLabel = t(`documents.kind.${loaderData.kind}`);
  return (
    <article aria-labelledby="page-title">
      <Breadcrumbs
        items={[
          { to: href('/meetings'), label: t('meetings.index.title') },
          { to: href(`/meetings/${meeting.id}`), label: pick(meeting.title).text },
          { label: kindLabel },
        ]}
      />
      <p className="text-sm text-slate-600">
        {kindLabel} — <TranslatedText value={meeting.title} />
        {loaderData.session ? (
          <>
            {' — '}
            <TranslatedText value={loaderData.session.title} />
          </>
        ) : null}
      </p>
      <h1 id="page-title" className="mb-2 text-3xl font-bold">
        {title.ar || title.en ? <TranslatedText value={title} /> : kindLabel}
      </h1>
      <p className="mb-6 flex flex-wrap items-center gap-2 text-sm text-slate-700">
        {loaderData.adoptedOn ? (
          <span>
            {t('documents.adoptedOn')} {date(loaderData.adoptedOn, { dateStyle: 'long', timeZone: 'UTC' })}
          </span>
        ) : null}
        <span>{t('documents.versionLabel', { number: loaderData.number })}</span>
        {loaderData.isSample ? <SampleBadge /> : null}
        {loaderData.workspace ? (
          <Link to={href(loaderData.workspace)}>{t('meetings.documents.workspace')}</Link>
        ) : null}
      </p>
      {body[locale]?.trim() ? null : (
        <p className="mb-2 text-sm text-amber-900">
          {t(other === 'en' ? 'common.onlyInEnglish' : 'common.onlyInArabic')}
        </p>
      )}
      <DocumentText documentPath={path} paragraphs={loaderData.paragraphs} lang={shown} />
      {body[locale]?.trim() && body[other]?.trim() ? (
        <details className="mt-6">
          <summary className="cursor-pointer text-brand-800">{t(`documents.otherLanguage.${other}`)}</summary>
          <div className="mt-3">
            <DocumentText
              documentPath={path}
              paragraphs={loaderData.paragraphs}
              lang={other}
              anchors={false}
            />
          </div>
        </details>
      ) : null}
    </article>
  );
}
