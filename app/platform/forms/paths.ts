/**
 * Field names are schema paths: `title.ar`, `budget.amount`, `partners[2].name`. One notation on
 * both sides: a form field is named by the path of the value it carries, and a refusal of that
 * value (a Zod issue, a domain error) is keyed by the same path, so it lands beside its input.
 */

export type PathSegment = string | number;

/** `['partners', 2, 'name']` → `partners[2].name`. */
export function pathOf(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** `partners[2].name` → `['partners', 2, 'name']`; only brackets make an index (`objectives.7` is a key). */
export function splitPath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) out.push(Number(match[2]));
    else out.push(match[1]!);
  }
  return out;
}

type Tree = { [key: string]: unknown } | unknown[];

function put(root: Tree, segments: PathSegment[], value: unknown) {
  let node: Tree = root;
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    const slot = node as Record<PropertyKey, unknown>;
    if (last) {
      slot[segment] = value;
      return;
    }
    const next = segments[i + 1];
    const child = slot[segment];
    if (child === null || typeof child !== 'object') slot[segment] = typeof next === 'number' ? [] : {};
    node = slot[segment] as Tree;
  });
}

/** Keys that would reach an object's prototype are never followed. */
const unsafe = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * The submitted form as the nested object its schema parses: `title.ar` → `{ title: { ar } }`,
 * `indicators[1].target` → `{ indicators: [ , { target } ] }`. A name sent several times
 * (checkboxes, multi-selects) gives a list; a list of one arrives as a string, which the kit's
 * `list()` accepts. Files and the CSRF token are left out. Also reads the values a form result
 * kept (`{ 'title.ar': '…', objectives: ['1', '7'] }`).
 */
export function formInput(
  form: FormData | Record<string, string | string[]>,
  options: { omit?: readonly string[] } = {},
): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  const omit = new Set(['_csrf', ...(options.omit ?? [])]);
  const entries =
    form instanceof FormData
      ? [...new Set(form.keys())].map((name) => [name, form.getAll(name)] as const)
      : Object.entries(form).map(([name, v]) => [name, Array.isArray(v) ? v : [v]] as const);
  for (const [name, values] of entries) {
    if (omit.has(name)) continue;
    const segments = splitPath(name);
    if (!segments.length || segments.some((s) => typeof s === 'string' && unsafe.has(s))) continue;
    const all = values.filter((v): v is string => typeof v === 'string');
    if (!all.length) continue;
    put(root, segments, all.length > 1 ? all : all[0]);
  }
  return root;
}
