import { data } from 'react-router';
import type { RequestContext } from '../context';
import { safeEqual } from '../crypto.server';
import { AppError } from '../errors';
import { csrfFieldName, csrfTokenFor, type FieldError, formResult } from '../forms.server';
import { type ParsedUpload, parseUpload, type UploadOptions } from './parse-upload.server';

const csrfRefusal = () => data({ code: 'csrfInvalid' }, { status: 403 });

function validToken(token: unknown, context: Pick<RequestContext, 'csrfCookie'>): boolean {
  return (
    typeof token === 'string' &&
    Boolean(context.csrfCookie) &&
    safeEqual(token, csrfTokenFor(context.csrfCookie))
  );
}

/**
 * readForm() for forms with a file: parses the multipart body with parseUpload() and refuses it
 * (403 csrfInvalid, like readForm) unless it carries this browser's CSRF token. A wrong token is
 * noticed as soon as the field arrives (CsrfInput comes first in the form), before the file is kept.
 */
export async function readUploadForm<O extends UploadOptions>(
  request: Request,
  context: Pick<RequestContext, 'csrfCookie'>,
  options: O,
): Promise<ParsedUpload<O>> {
  let parsed: ParsedUpload<O>;
  try {
    parsed = await parseUpload(request, {
      ...options,
      onField(name, value) {
        if (name === csrfFieldName && !validToken(value, context)) throw csrfRefusal();
        options.onField?.(name, value);
      },
    });
  } catch (error) {
    // A refused file in a form without a valid token answers as a CSRF failure, not a file error.
    const fields = error instanceof AppError ? (error.details?.fields as FormData | undefined) : undefined;
    if (fields && !validToken(fields.get(csrfFieldName), context)) throw csrfRefusal();
    throw error;
  }
  if (!validToken(parsed.fields.get(csrfFieldName), context)) {
    await parsed.file?.discard();
    throw csrfRefusal();
  }
  return parsed;
}

/**
 * The 4xx answer for an upload refused by parseUpload/readUploadForm: the user's other values back,
 * the error on the file field, so the page renders again. Returns undefined for other errors.
 */
export function uploadFailure(error: unknown, field: string) {
  if (!(error instanceof AppError)) return undefined;
  const fields = (error.details?.fields as FormData | undefined) ?? new FormData();
  const fieldError: FieldError = { code: error.code, params: error.params };
  const isFileError = error.code.startsWith('file');
  return data(formResult(fields, isFileError ? { [field]: [fieldError] } : {}, fieldError), {
    status: error.status,
  });
}

/**
 * readUploadForm() for an action: a refused upload (too large, wrong kind, missing) becomes the page's
 * answer, `{ refused }`, to return as it is; anything else is thrown. Otherwise `{ upload }`.
 */
export async function attemptUploadForm<O extends UploadOptions>(
  request: Request,
  context: Pick<RequestContext, 'csrfCookie'>,
  options: O,
): Promise<
  | { upload: ParsedUpload<O>; refused?: undefined }
  | { upload?: undefined; refused: NonNullable<ReturnType<typeof uploadFailure>> }
> {
  try {
    return { upload: await readUploadForm(request, context, options) };
  } catch (error) {
    const refused = uploadFailure(error, options.field);
    if (refused) return { refused };
    throw error;
  }
}
