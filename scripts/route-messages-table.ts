/**
 * Builds the route → message parts table (app/platform/i18n/route-messages.ts) from the code: for
 * each route of app/routes.ts, the files its module imports, transitively (app/ and db/), and the
 * string literals in them that name a message — a whole key ("pledges-form.title"), the start of one
 * built at run time (`pledges.status.${s}`), or an error code whose message sits in a file of the
 * errors namespace ("pledgeNotFound" → errors.pledges). Over-inclusion costs bytes; a miss would
 * show a raw key, so the scan errs on the side of including. Server modules count too: loaders send
 * keys and error codes to the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { RouteMessageNode, RouteMessageTable } from '../app/platform/i18n/route-messages';

const root = path.resolve(import.meta.dirname, '..');
const app = path.join(root, 'app');
export const tablePath = path.join(app, 'route-messages.generated.json');

interface RouteEntry {
  file: string;
  path?: string;
  index?: boolean;
  children?: RouteEntry[];
}

export async function buildRouteMessageTable(): Promise<RouteMessageTable> {
  const localesDir = path.join(app, 'locales/ar');
  const allKeys = new Map<string, string>(); // full key → part
  for (const file of fs.readdirSync(localesDir)) {
    const part = file.replace(/\.json$/, '');
    const ns = part.split('.')[0]!;
    const json = JSON.parse(fs.readFileSync(path.join(localesDir, file), 'utf8')) as Record<string, string>;
    for (const key of Object.keys(json)) allKeys.set(`${ns}.${key}`, part);
  }
  // "pledges.status." → the parts holding keys that start with it
  const byPrefix = new Map<string, Set<string>>();
  for (const [key, part] of allKeys) {
    const bits = key.split('.');
    for (let i = 1; i < bits.length; i++) {
      const prefix = `${bits.slice(0, i).join('.')}.`;
      const parts = byPrefix.get(prefix) ?? new Set<string>();
      parts.add(part);
      byPrefix.set(prefix, parts);
    }
  }
  const partsNamedBy = (text: string, out: Set<string>) => {
    const exact = allKeys.get(text);
    if (exact) out.add(exact);
    // `errors.${code}` says nothing of which code: the codes themselves name their parts (below).
    if (text.endsWith('.') && text !== 'errors.') for (const p of byPrefix.get(text) ?? []) out.add(p);
    // An error code: the message key is errors.<code> or errors.<code>.title/body.
    if (/^[a-zA-Z][\w.-]*$/.test(text) && !text.startsWith('errors.')) {
      const asError = allKeys.get(`errors.${text}`);
      if (asError) out.add(asError);
      for (const p of byPrefix.get(`errors.${text}.`) ?? []) out.add(p);
    }
  };

  const resolve = (from: string, spec: string): string | null => {
    let base: string;
    if (spec.startsWith('~/')) base = path.join(app, spec.slice(2));
    else if (spec.startsWith('#db/')) base = path.join(root, 'db', spec.slice(4));
    else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
    else return null;
    base = base.replace(/\?.*$/, '');
    if (/\.tsx?$/.test(base) && fs.existsSync(base)) return base;
    for (const ext of ['.ts', '.tsx', '/index.ts', '/index.tsx'])
      if (fs.existsSync(base + ext)) return base + ext;
    return null;
  };

  const perFile = new Map<string, { imports: string[]; parts: Set<string> }>();
  const scan = (file: string) => {
    let info = perFile.get(file);
    if (info) return info;
    const source = fs.readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(
      file,
      source,
      ts.ScriptTarget.Latest,
      false,
      file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    const parts = new Set<string>();
    const imports: string[] = [];
    const visit = (node: ts.Node) => {
      if (
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
        node.moduleSpecifier &&
        ts.isStringLiteral(node.moduleSpecifier)
      ) {
        const target = resolve(file, node.moduleSpecifier.text);
        if (target) imports.push(target);
        return;
      }
      if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        const target = resolve(file, node.arguments[0].text);
        if (target) imports.push(target);
      } else if (ts.isStringLiteralLike(node)) partsNamedBy(node.text, parts);
      else if (ts.isTemplateExpression(node)) partsNamedBy(node.head.text, parts);
      ts.forEachChild(node, visit);
    };
    visit(sf);
    info = { imports, parts };
    perFile.set(file, info);
    return info;
  };
  const partsOf = (entry: string): Set<string> => {
    const seen = new Set<string>();
    const parts = new Set<string>();
    const stack = [entry];
    while (stack.length) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const info = scan(file);
      for (const p of info.parts) parts.add(p);
      stack.push(...info.imports);
    }
    return parts;
  };

  const always = new Set(['common', 'errors', ...partsOf(path.join(app, 'root.tsx'))]);
  const sets: string[][] = [];
  const setIndex = new Map<string, number>();
  const nodeOf = (entry: RouteEntry): RouteMessageNode => {
    const own = [...partsOf(path.join(app, entry.file))].filter((p) => !always.has(p)).sort();
    const key = own.join();
    let set = setIndex.get(key);
    if (set === undefined) {
      set = sets.push(own) - 1;
      setIndex.set(key, set);
    }
    const node: RouteMessageNode = { set };
    if (entry.path !== undefined) node.path = entry.path;
    if (entry.index) node.index = true;
    if (entry.children?.length) node.children = entry.children.map(nodeOf);
    return node;
  };
  const { default: routes } = (await import('../app/routes')) as { default: RouteEntry[] };
  const tree = routes.map(nodeOf);
  return { always: [...always].sort(), sets, routes: tree };
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const table = await buildRouteMessageTable();
  fs.writeFileSync(tablePath, `${JSON.stringify(table)}\n`);
  console.log(
    `${path.relative(root, tablePath)}: ${table.sets.length} sets, always ${table.always.join(' ')}`,
  );
}
