import { hubResourceEntityType } from '~/modules/hub/hub-policy';
import { getResource } from '~/modules/hub/resources/get-resource.server';
import { viewerOf } from '~/permissions/guard.server';
import { isAppError } from '~/platform/errors';
import type { CanReadEntity } from '../files/download.server';

/** A resource's file downloads for whoever may read the resource (published: everyone). */
export const hubFileReaders: Record<string, CanReadEntity> = {
  [hubResourceEntityType]: async (request, entityId) => {
    try {
      await getResource({ subject: (await viewerOf(request)).subject, resourceId: entityId });
      return true;
    } catch (error) {
      if (isAppError(error) && error.status === 404) return false;
      throw error;
    }
  },
};
