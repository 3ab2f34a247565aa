import { data, Form, Link, redirect } from 'react-router';
import {
  addPledgeFile,
  listPledgeFiles,
  MAX_FILES_PER_ITEM,
  PLEDGE_FILE_MAX_BYTES,
  type PledgeFileTarget,
  pledgeFileKinds,
  removePledgeFile,
} from '~/modules/pledges/pledge-attachments.server';
import { readForm, refusal } from '~/platform/forms.server';
import { attemptUploadForm } from '~/platform/uploads/index.server';
import { CsrfInput, FormAlert, SelectField, SubmitButton } from '~/ui/forms';
import { useHref, useI18n } from '~/ui/i18n';
import { pageMeta } from '~/ui/page-meta';
import { TranslatedText } from '~/ui/translated-text';
import { submission } from '../accounts/shared';
import { langOf } from '../accounts/shared.server';
import type { Route } from './+types/attachments';
import { FileList, type FileView } from './pledge-files';
import { pledgeForPledger } from './support-form.server';

/**
 * The pledger's files: documents attached to the pledge (while it is a draft or sent back for
 * changes) and evidence attached to its progress updates (while it is published). Uploads are
 * type-sniffed and size-limited by the upload platform; the path contains "attachments" so the
 * server's upload body cap applies.
 */
const notices = ['uploaded', 'removed'] as const;

const fileView = (f: { fileId: string; originalName: string; contentType: string; sizeBytes: number }) => ({
  fileId: f.fileId,
  originalName: f.originalName,
  contentType: f.contentType,
  sizeBytes: f.sizeBytes,
});

export async function loader({ request, params }: Route.LoaderArgs) {
  const { detail } = await pledgeForPledger(request, params.id);
  const { pledge } = detail;
  const files = await listPledgeFiles({ pledgeId: pledge.id, updateIds: detail.updates.map((u) => u.id) });
  const notice = new URL(request.url).searchParams.get('notice');
  return {
    pledge: { id: pledge.id, title: pledge.title, status: pledge.status },
    canChangePledgeFiles: detail.canEdit,
    canAddEvidence: pledge.status === 'published',
    files: files.pledge.map(fileView),
    updates: detail.updates.map((u) => ({
      id: u.id,
      reportedOn: u.reportedOn,
      status: u.status,
      files: (files.updates.get(u.id) ?? []).map(fileView),
    })),
    kinds: pledgeFileKinds.map((k) => k.toUpperCase()),
    maxMegabytes: PLEDGE_FILE_MAX_BYTES / (1024 * 1024),
    maxFiles: MAX_FILES_PER_ITEM,
    notice: notices.find((n) => n === notice) ?? null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { viewer } = await pledgeForPledger(request, params.id);
  const lang = langOf(params);
  const done = (notice: (typeof notices)[number]) =>
    redirect(`/${lang}/pledges/${params.id}/attachments?notice=${notice}`);
  const multipart = /^multipart\/form-data/i.test(request.headers.get('content-type') ?? '');
  if (!multipart) {
    const form = await readForm(request, context);
    if (form.get('intent') !== 'remove') throw data({ code: 'badForm' }, { status: 400 });
    try {
      await removePledgeFile({
        subject: viewer.subject,
        pledgeId: params.id,
        fileId: String(form.get('fileId') ?? ''),
        requestId: context.requestId,
      });
    } catch (error) {
      return refusal(form, error);
    }
    return done('removed');
  }
  const attempt = await attemptUploadForm(request, context, {
    field: 'file',
    maxBytes: PLEDGE_FILE_MAX_BYTES,
    allowed: pledgeFileKinds,
  });
  if (attempt.refused) return attempt.refused;
  const parsed = attempt.upload;
  const targetValue = String(parsed.fields.get('target') ?? 'pledge');
  const target: PledgeFileTarget =
    targetValue === 'pledge' ? { type: 'pledge' } : { type: 'update', updateId: targetValue };
  try {
    await addPledgeFile({
      subject: viewer.subject,
      pledgeId: params.id,
      target,
      upload: parsed.file,
      requestId: context.requestId,
    });
  } catch (error) {
    return refusal(parsed.fields, error);
  }
  return done('uploaded');
}

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  pageMeta(
    matches,
    loaderData
      ? (i18n) => ({
          title: `${i18n.t('pledges-support.files.title')}: ${i18n.pick(loaderData.pledge.title).text}`,
        })
      : null,
  );

function UploadForm({
  target,
  children,
  errors,
}: {
  target?: string;
  children?: React.ReactNode;
  errors?: { code: string; params?: Record<string, string | number> }[];
}) {
  const { t } = useI18n();
  return (
    <Form method="post" encType="multipart/form-data" noValidate className="mt-3 rounded bg-slate-50 p-3">
      <CsrfInput />
      {target ? <input type="hidden" name="target" value={target} /> : null}
      {children}
      <FormAlert error={errors?.[0]} />
      <div className="mb-3">
        <label className="block font-medium" htmlFor={`file-${target ?? 'evidence'}`}>
          {t('pledges-support.files.choose')}
        </label>
        <input
          id={`file-${target ?? 'evidence'}`}
          type="file"
          name="file"
          required
          accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg,.webp"
          className="mt-1 block"
        />
      </div>
      <SubmitButton>{t('pledges-support.files.upload')}</SubmitButton>
    </Form>
  );
}

export default function PledgeFilesPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, date } = useI18n();
  const href = useHref();
  const { pledge, files, updates, canChangePledgeFiles, canAddEvidence, notice } = loaderData;
  const result = submission(actionData);
  const sentTarget = result?.values.target;
  const fileErrors = result?.fieldErrors.file ?? (result?.formError ? [result.formError] : undefined);
  const tt = (key: string, values?: Record<string, string | number>) =>
    t(`pledges-support.files.${key}`, values);
  const removable = (list: FileView[], allowed: boolean) =>
    allowed ? list.map((f) => ({ ...f, removable: true })) : list;
  return (
    <article aria-labelledby="files-title" className="max-w-3xl">
      {notice ? <FormAlert tone="success">{tt(`notice.${notice}`)}</FormAlert> : null}
      <p>
        <Link to={href(`/pledges/${pledge.id}`)}>{t('pledges-support.backToPledge')}</Link>
      </p>
      <h1 id="files-title" className="mt-2 text-2xl font-bold">
        {tt('title')}
      </h1>
      <TranslatedText value={pledge.title} as="p" className="mt-1 text-lg text-slate-700" />
      <p className="mt-2 text-slate-700">
        {tt('rules', {
          kinds: loaderData.kinds.join(t('pledges-support.listSeparator')),
          max: loaderData.maxMegabytes,
          files: loaderData.maxFiles,
        })}
      </p>

      <section aria-labelledby="pledge-files-title" className="mt-6">
        <h2 id="pledge-files-title" className="text-xl font-semibold">
          {tt('pledgeFiles')}
        </h2>
        <FileList files={removable(files, canChangePledgeFiles)} empty={tt('none')} />
        {canChangePledgeFiles ? (
          <UploadForm target="pledge" errors={sentTarget === 'pledge' ? fileErrors : undefined} />
        ) : (
          <p className="mt-2 text-sm text-slate-700">{tt('pledgeLocked')}</p>
        )}
      </section>

      <section aria-labelledby="evidence-title" className="mt-8">
        <h2 id="evidence-title" className="text-xl font-semibold">
          {tt('evidence')}
        </h2>
        {updates.length ? (
          <ul className="mt-2 space-y-4">
            {updates.map((u) => (
              <li key={u.id}>
                <p className="font-medium">
                  <time dateTime={u.reportedOn}>
                    {date(u.reportedOn, { dateStyle: 'medium', timeZone: 'UTC' })}
                  </time>
                  <span className="ms-2 text-sm text-slate-700">
                    {t(`pledges-registry.implementation.${u.status}`)}
                  </span>
                </p>
                <FileList files={removable(u.files, canAddEvidence)} empty={tt('none')} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{tt('noUpdates')}</p>
        )}
        {canAddEvidence && updates.length ? (
          <UploadForm errors={sentTarget && sentTarget !== 'pledge' ? fileErrors : undefined}>
            <SelectField
              label={tt('update')}
              name="target"
              defaultValue={String(sentTarget ?? updates[0]!.id)}
            >
              {updates.map((u) => (
                <option key={u.id} value={u.id}>
                  {date(u.reportedOn, { dateStyle: 'medium', timeZone: 'UTC' })}
                </option>
              ))}
            </SelectField>
          </UploadForm>
        ) : null}
        {canAddEvidence ? (
          <p className="mt-3">
            <Link to={href(`/pledges/${pledge.id}/progress`)}>{tt('addUpdate')}</Link>
          </p>
        ) : null}
      </section>
    </article>
  );
}
