import { canReadPledgeFile, pledgeUpdateEntityType } from '~/modules/pledges/pledge-attachments.server';
import { pledgeEntityType } from '~/modules/pledges/pledge-records.server';
import { viewerOf } from '~/permissions/guard.server';
import type { CanReadEntity } from '../files/download.server';

const reader =
  (entityType: string): CanReadEntity =>
  async (request, entityId) =>
    canReadPledgeFile({ subject: (await viewerOf(request)).subject, entityType, entityId });

/** Download permission for files on pledges and on their progress updates (see canReadPledgeFiles). */
export const pledgeFileReaders: Record<string, CanReadEntity> = {
  [pledgeEntityType]: reader(pledgeEntityType),
  [pledgeUpdateEntityType]: reader(pledgeUpdateEntityType),
};
