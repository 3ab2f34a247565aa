import type { Locale, Translated } from '#db/schema/columns';
import type { ContentVisibility } from '#db/schema/content';
import type { DbOrTx } from '~/platform/db.server';
import type { ContentTypeKey } from './content-type-keys';

/** One item as the index holds it, projected from its source rows. */
export interface ContentEntry {
  id: string;
  visibility: ContentVisibility;
  /** Access keys of who may open it while restricted (app/permissions/access-keys.ts); [] otherwise. */
  readers: string[];
  status: string;
  originalLanguage: Locale | null;
  title: Translated;
  summary: Translated;
  body: Translated;
  objectives: number[];
  principles: string[];
  countries: string[];
  /** Tagged regions and the regions of its countries (see regionsOfCountries). */
  regions: string[];
  year: number | null;
  publishedAt: Date | null;
  updatedAt: Date;
  /** The item's page without the language prefix. */
  path: string;
  isSample: boolean;
  /** The type's own facets as `name:value` (`type:research`), for its lists' filters and counts. */
  attributes?: string[];
}

/**
 * A content type declares itself once: its key and how its items project into the index. The read
 * rule is part of the projection (visibility + readers), built from the domain's own policy, so a
 * page, a list query and a count all answer "who may open this" alike.
 */
export interface ContentType {
  key: ContentTypeKey;
  /** Bump when the projection changes: the index rebuilds this type at the next start. */
  version: number;
  /** The entries of the given ids that exist (ids not returned are removed from the index). */
  project(db: DbOrTx, ids: readonly string[]): Promise<ContentEntry[]>;
  /** Every id of this type in the sources, for rebuilding and checking the index. */
  allIds(db: DbOrTx): Promise<string[]>;
}

export const defineContentType = (type: ContentType): ContentType => type;
