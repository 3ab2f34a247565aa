import { matchRoutes, type RouteObject } from 'react-router';

/**
 * Which message parts each route needs, generated from the code by `npm run i18n:routes`
 * (scripts/route-messages-table.ts reads app/routes.ts and each route module's imports) and kept
 * fresh by the i18n check. A part is a catalog namespace ("pledges-form") or a file of the errors
 * namespace ("errors.hub"). The root sends a page only the parts of the routes it matches, so a
 * hydrated form does not carry the whole platform's messages.
 */
export interface RouteMessageTable {
  /** Parts every page gets: "common", the core "errors" and what the root and layout name. */
  always: string[];
  /** Distinct sets of parts, referred to by index from the routes. */
  sets: string[][];
  routes: RouteMessageNode[];
}

export interface RouteMessageNode {
  path?: string;
  index?: boolean;
  set: number;
  children?: RouteMessageNode[];
}

const memo = new WeakMap<RouteMessageTable, Map<string, string[]>>();

/** The parts a page needs, in a stable order (the set's identity for caching and revalidation). */
export function messagePartsFor(table: RouteMessageTable, pathname: string): string[] {
  // The router's own matcher (ranking, params, splats); the nodes carry a set where it expects ids.
  const matches = matchRoutes(table.routes as unknown as RouteObject[], pathname) ?? [];
  const sets = matches.map((m) => (m.route as unknown as RouteMessageNode).set);
  const key = sets.join();
  let byKey = memo.get(table);
  if (!byKey) {
    byKey = new Map();
    memo.set(table, byKey);
  }
  let parts = byKey.get(key);
  if (!parts) {
    const all = new Set(table.always);
    for (const set of sets) for (const part of table.sets[set] ?? []) all.add(part);
    parts = [...all].sort();
    byKey.set(key, parts);
  }
  return parts;
}
