import { getDocumentParagraph } from '~/modules/meetings/outcome/get-documents.server';
import { guardPublic } from '~/permissions/guard.server';
import { orErrorPage } from '~/platform/http/error-page';
import { siteOrigin } from '~/platform/http/site-origin.server';
import { Breadcrumbs } from '~/ui/breadcrumbs';
import { staticPage } from '~/ui/hydration';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { ParagraphView, useParagraphHeading } from '~/ui/paragraph-view';
import type { Route } from './+types/document-paragraph';

/** Read-only: sent without React's JavaScript (app/ui/hydration.ts). */
export const handle = staticPage;

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: i18n.t('documents.paragraph.title', {
            part: loaderData.paragraph.part,
            number: loaderData.paragraph.number,
            document: i18n.pick(loaderData.title).text || i18n.t(`documents.kind.${loaderData.kind}`),
          }),
          description: i18n.pick(loaderData.paragraph).text.slice(0, 160),
        })
      : null,
  );

/**
 * One paragraph of an adopted meeting document (the declaration or a summary) at an address that
 * outlives new versions: its text in both languages, how to cite it, and what cites it.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await guardPublic(request);
  const documentId = 'documentId' in params && params.documentId ? params.documentId : 'outcome';
  const found = await orErrorPage(() =>
    getDocumentParagraph({ subject: viewer.subject, meetingId: params.id, documentId, eId: params.eId }),
  );
  return {
    meeting: { id: found.meeting.id, title: found.meeting.title },
    kind: found.document.kind,
    title: found.version.title,
    versionNumber: found.version.number,
    paragraph: found.paragraph,
    citedBy: found.citedBy,
    path: found.path,
    address: `${siteOrigin(request)}/${params.lang}${found.path}/paragraphs/${found.paragraph.eId}`,
  };
}

export default function MeetingDocumentParagraph({ loaderData }: Route.ComponentProps) {
  const { t, pick } = useI18n();
  const href = useHref();
  const { meeting, paragraph } = loaderData;
  const heading = useParagraphHeading(paragraph);
  const documentTitle = pick(loaderData.title).text || t(`documents.kind.${loaderData.kind}`);
  return (
    <article aria-labelledby="page-title" className="max-w-3xl">
      <Breadcrumbs
        items={[
          { to: href('/meetings'), label: t('meetings.index.title') },
          { to: href(`/meetings/${meeting.id}`), label: pick(meeting.title).text },
          { to: href(loaderData.path), label: t(`documents.kind.${loaderData.kind}`) },
          { label: heading },
        ]}
      />
      <h1 id="page-title" className="text-3xl font-bold">
        {heading}
      </h1>
      <ParagraphView
        intro={
          <>
            {t('documents.paragraph.from')} <bdi>{documentTitle}</bdi> — <bdi>{pick(meeting.title).text}</bdi>
            . {t('documents.paragraph.versionNote', { number: loaderData.versionNumber })}
          </>
        }
        paragraph={paragraph}
        documentPath={loaderData.path}
        address={loaderData.address}
        citedBy={loaderData.citedBy}
      />
    </article>
  );
}
