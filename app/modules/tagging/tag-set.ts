/** The tags one entity carries: objectives (1–23), guiding principle keys, country ISO3 codes, region ids. */
export interface TagSet {
  objectives: number[];
  principles: string[];
  countries: string[];
  regions: string[];
}

export const emptyTags = (): TagSet => ({ objectives: [], principles: [], countries: [], regions: [] });

/** Content type keys are short snake_case words ('pledge', 'review', 'hub_resource'). */
export const entityTypePattern = /^[a-z][a-z0-9_]{0,39}$/;
