import type { Translated } from '#db/schema/columns';
import { DOCUMENT_BODY_MAX, DOCUMENT_TITLE_MAX } from '~/modules/meetings/outcome/document-limits';
import type { SubmissionResult } from '~/platform/forms.server';
import { valueOf as sentValue, TextArea, TextField } from '~/ui/forms';
import { useI18n } from '~/ui/i18n';

/** The bilingual title and text of a meeting document (create and save forms), values kept after a refusal. */
export function DocumentFields({
  sent,
  current,
}: {
  sent: SubmissionResult | undefined;
  current: { title: Translated; body: Translated } | null;
}) {
  const { t } = useI18n();
  const errs = (field: string) => sent?.fieldErrors[field];
  return (
    <>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          label={t('meetings.documents.field.titleAr')}
          name="title.ar"
          lang="ar"
          maxLength={DOCUMENT_TITLE_MAX}
          defaultValue={sentValue(sent, 'title.ar', current?.title.ar ?? '')}
          errors={[...(errs('title') ?? []), ...(errs('title.ar') ?? [])]}
        />
        <TextField
          label={t('meetings.documents.field.titleEn')}
          name="title.en"
          lang="en"
          maxLength={DOCUMENT_TITLE_MAX}
          defaultValue={sentValue(sent, 'title.en', current?.title.en ?? '')}
          errors={errs('title.en')}
        />
      </div>
      <TextArea
        label={t('meetings.documents.field.bodyAr')}
        hint={t('meetings.documents.field.bodyHint')}
        name="body.ar"
        lang="ar"
        rows={12}
        maxLength={DOCUMENT_BODY_MAX}
        defaultValue={sentValue(sent, 'body.ar', current?.body.ar ?? '')}
        errors={[...(errs('body') ?? []), ...(errs('body.ar') ?? [])]}
      />
      <TextArea
        label={t('meetings.documents.field.bodyEn')}
        hint={t('meetings.documents.field.bodyHint')}
        name="body.en"
        lang="en"
        rows={12}
        maxLength={DOCUMENT_BODY_MAX}
        defaultValue={sentValue(sent, 'body.en', current?.body.en ?? '')}
        errors={errs('body.en')}
      />
    </>
  );
}
