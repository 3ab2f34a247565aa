import { z } from 'zod';
import { list, refuse } from '~/platform/forms/fields';
import { sdgTarget, sortSdgTargets } from './sdg-targets';

/**
 * SDG targets chosen from the reference list (checkboxes or a multi-select named by the field's
 * path, or a JSON array): duplicates dropped, kept in reference order. A code the list does not
 * hold is refused beside the field as `unknownSdgTarget` naming the code, not as a generic
 * "choose from the list", so an API caller or an importer sees which one.
 */
export const sdgTargetList = (options: { max: number }) =>
  list(z.string().trim(), { max: options.max })
    .superRefine((codes, ctx) => {
      const unknown = codes.find((c) => !sdgTarget(c));
      if (unknown !== undefined) refuse(ctx, [], 'unknownSdgTarget', { code: unknown });
    })
    .transform((codes) => sortSdgTargets(codes));
