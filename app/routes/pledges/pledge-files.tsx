import { Form } from 'react-router';
import { CsrfInput } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';

export interface FileView {
  fileId: string;
  /** As the user gave it: shown inside <bdi>. */
  originalName: string;
  contentType: string;
  sizeBytes: number;
  /** Show a remove button (the files page of the pledger). */
  removable?: boolean;
}

/** A list of downloadable files (through /:lang/files/:id), with their size; optionally removable. */
export function FileList({ files, empty }: { files: FileView[]; empty?: string }) {
  const { t, number } = useI18n();
  const href = useHref();
  if (!files.length) return empty ? <p className="mt-2 text-sm text-slate-700">{empty}</p> : null;
  return (
    <ul className="mt-2 space-y-1">
      {files.map((f) => (
        <li key={f.fileId} className="flex flex-wrap items-center gap-2">
          <a href={href(`/files/${f.fileId}`)} download>
            <bdi>{f.originalName}</bdi>
          </a>
          <span className="text-sm text-slate-700">
            {t('pledges-support.files.size', {
              size: number(f.sizeBytes / (1024 * 1024), {
                maximumFractionDigits: 1,
                minimumFractionDigits: 1,
              }),
            })}
          </span>
          {f.removable ? (
            <Form method="post" className="inline">
              <CsrfInput />
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="fileId" value={f.fileId} />
              <button type="submit" className="text-sm text-red-800 underline">
                {t('pledges-support.files.remove')}
                <span className="sr-only">
                  {' '}
                  <bdi>{f.originalName}</bdi>
                </span>
              </button>
            </Form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
