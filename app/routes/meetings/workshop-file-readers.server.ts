import { materialEntityType } from '#db/schema/meeting-workshop-values';
import { canReadMaterialFile } from '~/modules/meetings/workshops/material-access.server';
import { viewerOf } from '~/permissions/guard.server';
import type { CanReadEntity } from '../files/download.server';

/** Download permission for workshop materials: the material's visibility (workshop-policy.ts). */
export const workshopFileReaders: Record<string, CanReadEntity> = {
  [materialEntityType]: async (request, entityId) =>
    canReadMaterialFile({ subject: (await viewerOf(request)).subject, materialId: entityId }),
};
