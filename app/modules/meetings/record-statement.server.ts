import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { meetingSessions, meetingStatements, statementEntityType } from '#db/schema/meetings';
import { recordAudit } from '~/modules/audit/record-audit.server';
import { syncContent } from '~/modules/content/sync-content.server';
import { storeUpload } from '~/modules/files/store-upload.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { AppError } from '~/platform/errors';
import { extractableKinds, extractText } from '~/platform/extraction/extract-text.server';
import { getDb } from '~/platform/platform.server';
import type { UploadedFile } from '~/platform/uploads/parse-upload.server';
import { checkManageMeeting } from './meeting-policy';
import { checkCountries, lockMeeting } from './meeting-records.server';
import { parseStatementInput } from './meeting-schema';
import { statementContent } from './statement-content.server';

const refused = (code: string, field: string, params: Record<string, string | number> = {}) =>
  new AppError(code, 422, { ...params, field }, { issues: [{ field, code, params }] });

/**
 * The statement file's text for search, read in the bounded worker (outside the transaction); null
 * when there is no file or it cannot be read (a scan, a broken file): the file is kept all the same.
 */
async function statementFileText(upload: UploadedFile | null): Promise<string | null> {
  if (!upload || !(extractableKinds as readonly string[]).includes(upload.kind)) return null;
  const result = await extractText({
    bytes: await fs.readFile(upload.tempPath),
    kind: upload.kind as (typeof extractableKinds)[number],
  });
  return result.ok && result.text ? result.text : null;
}

/**
 * The organisers record a statement delivered at the meeting, tagged with the objectives it
 * addresses: its text, its file (PDF or DOCX, already checked by the upload parser), or both.
 * Refused: a day outside the meeting, a session of another meeting, and a state that is not on the
 * meeting's list of participating states (when the organisers keep one).
 */
export async function recordStatement(options: {
  db?: DbOrTx;
  subject: Subject;
  meetingId: string;
  input: unknown;
  upload?: UploadedFile | null;
  requestId?: string;
}) {
  const { db = getDb(), subject, upload = null } = options;
  try {
    const extractedText = await statementFileText(upload);
    return await db.transaction(async (tx) => {
      const meeting = await lockMeeting(tx, options.meetingId);
      checkManageMeeting(subject, meeting);
      const input = parseStatementInput(options.input, { withFile: Boolean(upload) });
      if (input.deliveredOn < meeting.startsOn || input.deliveredOn > meeting.endsOn) {
        throw refused('statementOutsideMeeting', 'deliveredOn', {
          startsOn: meeting.startsOn,
          endsOn: meeting.endsOn,
        });
      }
      if (input.countryIso3) {
        await checkCountries(tx, [input.countryIso3], 'countryIso3');
        if (
          meeting.participatingCountries.length &&
          !meeting.participatingCountries.includes(input.countryIso3)
        ) {
          throw refused('statementStateNotParticipating', 'countryIso3', { country: input.countryIso3 });
        }
      }
      if (input.sessionId) {
        const [session] = await tx
          .select({ id: meetingSessions.id })
          .from(meetingSessions)
          .where(and(eq(meetingSessions.id, input.sessionId), eq(meetingSessions.meetingId, meeting.id)));
        if (!session) throw refused('invalidChoice', 'sessionId');
      }
      const { objectives, ...values } = input;
      const id = randomUUID();
      const file = upload
        ? await storeUpload({
            db: tx,
            upload,
            uploadedBy: subject.userId,
            attachTo: { entityType: statementEntityType, entityId: id },
            requestId: options.requestId,
          })
        : null;
      const [statement] = await tx
        .insert(meetingStatements)
        .values({
          ...values,
          id,
          meetingId: meeting.id,
          fileId: file?.id ?? null,
          extractedText,
          createdBy: subject.userId,
        })
        .returning();
      await setTags({
        db: tx,
        entityType: statementEntityType,
        entityId: statement!.id,
        tags: { objectives },
      });
      await syncContent(tx, statementContent, [statement!.id]);
      await recordAudit(tx, {
        actorId: subject.userId,
        action: 'meeting.statement.record',
        entityType: statementEntityType,
        entityId: statement!.id,
        after: { ...statement!, extractedText: undefined, objectives },
        requestId: options.requestId,
      });
      return { ...statement!, objectives };
    });
  } finally {
    // A refused statement's upload must not stay in the spool (a stored one is already gone).
    await upload?.discard();
  }
}
