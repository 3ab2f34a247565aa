import type { RequestContext } from '~/platform/context';
import { formInput } from '~/platform/forms/paths';
import { attemptForm } from '~/platform/forms.server';
import { attemptUploadForm } from '~/platform/uploads/index.server';
import type { UploadedFile, UploadOptions } from '~/platform/uploads/parse-upload.server';

/**
 * What the meetings' upload routes share (a statement, a session's background note, a workshop
 * material): an optional file under `file`, type-sniffed and size-limited, and the other fields as
 * the operation's input by path (`intent` left out). A refused file or input is the page's answer as
 * it is (status kept, what was typed back); otherwise `{ ok: true }` with what the operation returned.
 * The caller checks the organiser before calling, so nothing is read for anyone else.
 */
export async function submitFileForm<T>(
  request: Request,
  context: RequestContext,
  limits: Pick<UploadOptions, 'maxBytes' | 'allowed'>,
  run: (input: Record<string, unknown>, upload: UploadedFile | null) => Promise<T>,
) {
  const attempt = await attemptUploadForm(request, context, { field: 'file', required: false, ...limits });
  if (attempt.refused) return { ok: false as const, response: attempt.refused };
  const { fields, file } = attempt.upload;
  return attemptForm(fields, () => run(formInput(fields, { omit: ['intent'] }), file));
}
