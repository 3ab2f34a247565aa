import { loadMeeting } from '~/modules/meetings/meeting-records.server';
import { addMaterial } from '~/modules/meetings/workshops/add-material.server';
import { checkOrganiseWorkshop } from '~/modules/meetings/workshops/workshop-policy';
import { MATERIAL_FILE_MAX_BYTES, materialFileKinds } from '~/modules/meetings/workshops/workshop-schema';
import type { Subject } from '~/permissions/resolver';
import type { RequestContext } from '~/platform/context';
import { formInput } from '~/platform/forms/paths';
import { refusal } from '~/platform/forms.server';
import { orErrorPage } from '~/platform/http/error-page';
import { getDb } from '~/platform/platform.server';
import { attemptUploadForm } from '~/platform/uploads/index.server';

/**
 * The material form (multipart, the file optional when a link is given). The organiser check runs
 * before the body is read, so nobody else's upload is ever spooled; the upload platform then sniffs
 * the type and caps the size. Returns the page's answer when refused, undefined when added.
 */
export async function addMaterialFromUpload(options: {
  request: Request;
  context: RequestContext;
  subject: Subject;
  meetingId: string;
  requestId?: string;
}) {
  await orErrorPage(async () =>
    checkOrganiseWorkshop(options.subject, await loadMeeting(getDb(), options.meetingId)),
  );
  const attempt = await attemptUploadForm(options.request, options.context, {
    field: 'file',
    maxBytes: MATERIAL_FILE_MAX_BYTES,
    allowed: materialFileKinds,
    required: false,
  });
  if (attempt.refused) return attempt.refused;
  const { fields, file } = attempt.upload;
  try {
    await addMaterial({
      subject: options.subject,
      meetingId: options.meetingId,
      input: formInput(fields),
      upload: file,
      requestId: options.requestId,
    });
  } catch (error) {
    return refusal(fields, error);
  }
  return undefined;
}
