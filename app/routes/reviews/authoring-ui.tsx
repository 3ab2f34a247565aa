import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Locale, Translated } from '#db/schema/columns';
import type {
  ObjectiveStatus,
  ReviewKind,
  ReviewStatus,
  SectionField,
  SectionKind,
} from '#db/schema/review-values';
import { sdgTarget } from '~/modules/reference/sdg-targets';
import { sectionTextFields } from '~/modules/reviews/authoring/section-content';
import { useHref, useI18n } from '~/ui/i18n';
import { TextBlocks } from '~/ui/text-blocks';

/** Pieces shared by the review authoring and workflow pages. */

const statusTones: Record<ReviewStatus, string> = {
  drafting: 'bg-slate-100 text-slate-800',
  submitted: 'bg-sky-100 text-sky-900',
  acknowledged: 'bg-sky-100 text-sky-900',
  returned: 'bg-amber-100 text-amber-900',
  published: 'bg-green-100 text-green-900',
};

export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useI18n();
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${statusTones[status]}`} data-status={status}>
      {t(`reviews.status.${status}`)}
    </span>
  );
}

/** National or parallel, in words; parallel reviews are always labelled as such. */
export function ReviewKindBadge({ kind }: { kind: ReviewKind }) {
  const { t } = useI18n();
  const tone =
    kind === 'parallel'
      ? 'border-violet-700 bg-violet-50 text-violet-900'
      : 'border-brand-700 text-brand-800';
  return (
    <span className={`rounded border px-1.5 py-0.5 text-xs font-medium ${tone}`}>
      {t(`reviews.kind.${kind}`)}
    </span>
  );
}

/** A section's heading: "Objective 7: <title from the reference data>", the free-form label, or the template's title. */
export function useSectionTitle() {
  const { t, pick, number } = useI18n();
  return (section: {
    key: string;
    kind: SectionKind;
    objective: number | null;
    title: Translated;
    objectiveTitle?: Translated | null;
  }) => {
    if (section.objective !== null) {
      const title = pick(section.objectiveTitle ?? section.title).text;
      return t('reviews-edit.objectiveHeading', { number: number(section.objective), title });
    }
    if (section.kind === 'other' && section.key === 'body' && !section.title.ar && !section.title.en) {
      return t('reviews-edit.freeForm.title');
    }
    return pick(section.title).text;
  };
}

export type ReviewTab = 'view' | 'edit' | 'editors' | 'attachments' | 'indicators' | 'versions' | 'moderate';

/** The working pages of one review, as far as the viewer may use them. */
export function ReviewTabs({
  reviewId,
  current,
  can,
  national,
}: {
  reviewId: string;
  current: ReviewTab;
  can: { readDraft: boolean; versions: boolean; moderate: boolean };
  /** A national review reports GCM indicator values (a parallel review does not). */
  national: boolean;
}) {
  const { t } = useI18n();
  const href = useHref();
  const tabs: { tab: ReviewTab; path: string; show: boolean }[] = [
    { tab: 'view', path: `/reviews/${reviewId}`, show: true },
    { tab: 'edit', path: `/reviews/${reviewId}/edit`, show: can.readDraft },
    { tab: 'editors', path: `/reviews/${reviewId}/editors`, show: can.readDraft },
    { tab: 'attachments', path: `/reviews/${reviewId}/attachments`, show: can.readDraft },
    { tab: 'indicators', path: `/reviews/${reviewId}/indicators`, show: can.readDraft && national },
    { tab: 'versions', path: `/reviews/${reviewId}/versions`, show: can.versions },
    { tab: 'moderate', path: `/reviews/${reviewId}/moderate`, show: can.moderate },
  ];
  const shown = tabs.filter((x) => x.show);
  if (shown.length < 2) return null;
  return (
    <nav aria-label={t('reviews-edit.tabs.label')} className="mb-6 border-b border-slate-300">
      <ul className="flex flex-wrap gap-x-4 text-sm">
        {shown.map((x) => (
          <li key={x.tab}>
            <Link
              to={href(x.path)}
              aria-current={x.tab === current ? 'page' : undefined}
              className="inline-block py-2 aria-[current=page]:border-b-2 aria-[current=page]:border-brand-700 aria-[current=page]:font-semibold"
            >
              {t(`reviews-edit.tabs.${x.tab}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export interface ReviewTextSection {
  key: string;
  kind: SectionKind;
  objective: number | null;
  title: Translated;
  objectiveTitle: Translated | null;
  fields: SectionField[];
  answer: {
    body: Translated;
    objectiveStatus: ObjectiveStatus | null;
    measures: Translated;
    partners: Translated;
    sdgTargets: string[];
    sdgTargetsNote: string | null;
    dataAvailable: Translated;
  } | null;
}

function pickIn(
  value: Translated | undefined,
  lang: Locale,
): { text: string; lang: Locale; fallback: boolean } {
  const other: Locale = lang === 'ar' ? 'en' : 'ar';
  if (value?.[lang]?.trim()) return { text: value[lang]!, lang, fallback: false };
  if (value?.[other]?.trim()) return { text: value[other]!, lang: other, fallback: true };
  return { text: '', lang, fallback: false };
}

function FieldText({ label, value, lang }: { label: string; value: Translated; lang: Locale }) {
  const { t } = useI18n();
  const picked = pickIn(value, lang);
  if (!picked.text) return null;
  return (
    <div className="mt-3">
      <h4 className="font-medium">{label}</h4>
      {picked.fallback ? (
        <p className="text-xs text-amber-900">
          {t(picked.lang === 'en' ? 'common.onlyInEnglish' : 'common.onlyInArabic')}
        </p>
      ) : null}
      <TextBlocks text={picked.text} lang={picked.lang} />
    </div>
  );
}

/** SDG targets as code and title, the titles in the language the review is read in. */
export function SdgTargetList({ codes, lang }: { codes: readonly string[]; lang: Locale }) {
  const { t } = useI18n();
  if (!codes.length) return null;
  return (
    <ul className="mt-1 list-disc ps-6" data-testid="sdg-targets">
      {codes.map((code) => {
        const target = sdgTarget(code);
        return (
          <li key={code} lang={lang}>
            {t('reviews.sdgTarget', { code, title: pickIn(target?.title, lang).text })}
          </li>
        );
      })}
    </ul>
  );
}

/** A review's text, section by section in template order, in one language (the other where a text exists only there). */
export function ReviewText({
  sections,
  lang,
  headingLevel = 2,
  emptyLabel,
}: {
  sections: ReviewTextSection[];
  lang: Locale;
  headingLevel?: 2 | 3;
  emptyLabel: string;
}) {
  const { t } = useI18n();
  const sectionTitle = useSectionTitle();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="space-y-8">
      {sections.map((section) => {
        const answer = section.answer;
        const body = pickIn(answer?.body, lang);
        const empty =
          !answer ||
          (!body.text &&
            !answer.objectiveStatus &&
            !answer.sdgTargets.length &&
            !answer.sdgTargetsNote &&
            sectionTextFields.every((f) => !pickIn(answer[f], lang).text));
        return (
          <section key={section.key} id={`section-${section.key}`} aria-labelledby={`title-${section.key}`}>
            <Heading id={`title-${section.key}`} className="text-xl font-semibold">
              <bdi>{sectionTitle(section)}</bdi>
            </Heading>
            {empty ? <p className="mt-2 text-sm text-slate-600">{emptyLabel}</p> : null}
            {answer && !empty ? (
              <div className="mt-2">
                {answer.objectiveStatus ? (
                  <p>
                    <span className="font-medium">{t('reviews.field.implementationStatus')}</span>{' '}
                    {t(`reviews.objectiveStatus.${answer.objectiveStatus}`)}
                  </p>
                ) : null}
                {body.text ? (
                  <div className="mt-2">
                    {body.fallback ? (
                      <p className="text-xs text-amber-900">
                        {t(body.lang === 'en' ? 'common.onlyInEnglish' : 'common.onlyInArabic')}
                      </p>
                    ) : null}
                    <TextBlocks text={body.text} lang={body.lang} />
                  </div>
                ) : null}
                <FieldText label={t('reviews.field.measures')} value={answer.measures} lang={lang} />
                <FieldText label={t('reviews.field.partners')} value={answer.partners} lang={lang} />
                {answer.sdgTargets.length || answer.sdgTargetsNote ? (
                  <div className="mt-3">
                    <h4 className="font-medium">{t('reviews.field.sdgTargets')}</h4>
                    <SdgTargetList codes={answer.sdgTargets} lang={lang} />
                    {answer.sdgTargetsNote ? (
                      <p className="mt-1">
                        <span className="font-medium">{t('reviews.field.sdgTargetsNote')}:</span>{' '}
                        <bdi>{answer.sdgTargetsNote}</bdi>
                      </p>
                    ) : null}
                  </div>
                ) : null}
                <FieldText
                  label={t('reviews.field.dataAvailable')}
                  value={answer.dataAvailable}
                  lang={lang}
                />
              </div>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

/** A file's size in the reader's digits: kB under a megabyte, MB above. */
export function useFileSize() {
  const { t, number } = useI18n();
  return (bytes: number | null) => {
    if (bytes === null) return '';
    if (bytes < 1024 * 1024)
      return t('reviews-edit.size.kb', { size: number(Math.max(1, Math.round(bytes / 1024))) });
    return t('reviews-edit.size.mb', { size: number(Math.round((bytes / (1024 * 1024)) * 10) / 10) });
  };
}

/** The kind of an attached file in words (PDF, Word, Excel). */
export function useFileKind() {
  const { t } = useI18n();
  return (contentType: string | null) => {
    if (contentType === 'application/pdf') return t('reviews-edit.fileKind.pdf');
    if (contentType?.includes('wordprocessingml')) return t('reviews-edit.fileKind.docx');
    if (contentType?.includes('spreadsheetml')) return t('reviews-edit.fileKind.xlsx');
    return t('reviews-edit.fileKind.other');
  };
}

export function Notice({ children, tone = 'success' }: { children: ReactNode; tone?: 'success' | 'info' }) {
  return (
    <div
      role="status"
      className={`mb-4 rounded border-s-4 p-3 ${tone === 'success' ? 'border-green-700 bg-green-50 text-green-900' : 'border-sky-700 bg-sky-50 text-sky-900'}`}
    >
      {children}
    </div>
  );
}

export type ReviewAttachmentItem = {
  fileId: string;
  name: string;
  contentType: string | null;
  sizeBytes: number | null;
};

/** The files attached to a review version, each with its kind and size (or "none"). */
export function ReviewAttachmentList({ attachments }: { attachments: ReviewAttachmentItem[] }) {
  const { t } = useI18n();
  const href = useHref();
  const size = useFileSize();
  const kind = useFileKind();
  if (!attachments.length) return <p>{t('reviews-edit.attachments.none')}</p>;
  return (
    <ul className="space-y-1">
      {attachments.map((a) => (
        <li key={a.fileId}>
          <a href={href(`/files/${a.fileId}`)}>
            <bdi>{a.name}</bdi>
          </a>{' '}
          <span className="text-sm text-slate-700">
            {t('reviews-edit.view.fileMeta', { kind: kind(a.contentType), size: size(a.sizeBytes) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

export type ReviewTransitionItem = {
  id: number;
  fromStatus: ReviewStatus;
  toStatus: ReviewStatus;
  comment: string | null;
  at: Date | string;
  actorName: string | null;
};

/** A review's status changes, oldest first, with who made them and the secretariat's comment. */
export function ReviewHistoryList({ transitions }: { transitions: ReviewTransitionItem[] }) {
  const { t, date } = useI18n();
  return (
    <ol className="list-decimal space-y-2 ps-6 text-sm">
      {transitions.map((tr) => (
        <li key={tr.id}>
          {t('reviews-edit.view.historyItem', {
            from: t(`reviews.status.${tr.fromStatus}`),
            to: t(`reviews.status.${tr.toStatus}`),
            date: date(tr.at, { dateStyle: 'medium', timeStyle: 'short' }),
            name: tr.actorName ?? t('reviews-edit.unknownPerson'),
          })}
          {tr.comment ? (
            <p className="whitespace-pre-line text-slate-800">
              <bdi>{tr.comment}</bdi>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
