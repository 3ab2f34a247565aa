import { backgroundNoteEntityType, statementEntityType } from '#db/schema/meeting-values';
import { canReadMeetingFile } from '~/modules/meetings/meeting-file-access.server';
import { viewerOf } from '~/permissions/guard.server';
import type { CanReadEntity } from '../files/download.server';

const reader =
  (entityType: string): CanReadEntity =>
  async (request, entityId) =>
    canReadMeetingFile({ subject: (await viewerOf(request)).subject, entityType, entityId });

/** Background notes' and statements' files for whoever may see their meeting. */
export const meetingFileReaders: Record<string, CanReadEntity> = {
  [backgroundNoteEntityType]: reader(backgroundNoteEntityType),
  [statementEntityType]: reader(statementEntityType),
};
