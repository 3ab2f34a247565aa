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

/**
 * Per table: its literal path segments (lower case), and the parts already found per route shape.
 * React Router's `matchRoutes` flattens and ranks the whole table on every call (about 12 % of an
 * uncached page's CPU over ~290 routes), so a pathname is matched once per shape: a segment that is
 * no literal of the table can only be taken by a parameter or a splat, which take any non-empty
 * segment alike, so it is replaced by one placeholder and `/ar/pledges/<any id>` is one entry.
 */
interface TableMemo {
  literals: Set<string>;
  byShape: Map<string, string[]>;
  byKey: Map<string, string[]>;
}
const memo = new WeakMap<RouteMessageTable, TableMemo>();
/** Shapes are bounded by the table, except under a splat; past this many the memo starts again. */
const maxShapes = 2000;
const placeholder = '~';

function memoOf(table: RouteMessageTable): TableMemo {
  let m = memo.get(table);
  if (!m) {
    const literals = new Set<string>();
    const walk = (nodes: RouteMessageNode[]) => {
      for (const node of nodes) {
        for (const segment of node.path?.split('/') ?? [])
          if (segment && !segment.startsWith(':') && segment !== '*')
            literals.add(segment.replace(/\?$/, '').toLowerCase());
        if (node.children) walk(node.children);
      }
    };
    walk(table.routes);
    m = { literals, byShape: new Map(), byKey: new Map() };
    memo.set(table, m);
  }
  return m;
}

/** The pathname with every segment the table names no literal for replaced by the placeholder. */
function shapeOf(pathname: string, literals: Set<string>): string {
  return pathname
    .split('/')
    .map((segment) => {
      if (!segment) return segment;
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        // The router keeps a segment it cannot decode as it is; so does the shape.
      }
      const lower = decoded.toLowerCase();
      return literals.has(lower) ? lower : placeholder;
    })
    .join('/');
}

/** The parts a page needs, in a stable order (the set's identity for caching and revalidation). */
export function messagePartsFor(table: RouteMessageTable, pathname: string): string[] {
  const m = memoOf(table);
  const shape = shapeOf(pathname, m.literals);
  const known = m.byShape.get(shape);
  if (known) return known;
  // The router's own matcher (ranking, params, splats); the nodes carry a set where it expects ids.
  const matches = matchRoutes(table.routes as unknown as RouteObject[], shape) ?? [];
  const sets = matches.map((match) => (match.route as unknown as RouteMessageNode).set);
  const key = sets.join();
  let parts = m.byKey.get(key);
  if (!parts) {
    const all = new Set(table.always);
    for (const set of sets) for (const part of table.sets[set] ?? []) all.add(part);
    parts = [...all].sort();
    m.byKey.set(key, parts);
  }
  if (m.byShape.size >= maxShapes) m.byShape.clear();
  m.byShape.set(shape, parts);
  return parts;
}
