/**
 * Fails when the Arabic and English catalogs differ in keys, a message is not valid ICU, a
 * component hard-codes user-visible text, code calls t() with a key that does not exist, or a
 * class uses a physical direction (left/right) instead of a logical one (start/end), or an Arabic
 * message writes a figure in Latin digits.
 * Run by `npm test`; `npm run i18n:check` alone.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import ts from 'typescript';
import { bannedVariantsIn } from '../app/platform/i18n/glossary';
import { strayArabicIndicDigits, strayLatinDigits } from '../app/platform/i18n/latin-digits';
import { buildRouteMessageTable, tablePath } from './route-messages-table';

const root = path.resolve(import.meta.dirname, '..');
const localesDir = path.join(root, 'app/locales');
const problems: string[] = [];

function readCatalog(locale: string): Map<string, string> {
  const out = new Map<string, string>();
  const dir = path.join(localesDir, locale);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    // errors.<domain>.json files are parts of the one "errors" namespace.
    const ns = file.replace(/\.json$/, '').split('.')[0]!;
    const json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(json)) {
      if (typeof value !== 'string') problems.push(`${locale}/${file}: "${key}" is not a string`);
      // Two parts of one namespace defining a key: the later one silently replaces the other's
      // message (and its parameters) everywhere.
      else if (out.has(`${ns}.${key}`))
        problems.push(`${locale}/${file}: "${key}" is already in another ${ns} file`);
      else out.set(`${ns}.${key}`, value);
    }
  }
  return out;
}

const ar = readCatalog('ar');
const en = readCatalog('en');
for (const [a, b, name] of [
  [ar, en, 'en'],
  [en, ar, 'ar'],
] as const) {
  for (const key of a.keys()) if (!b.has(key)) problems.push(`missing in ${name}: ${key}`);
}
for (const [locale, catalog] of [
  ['ar', ar],
  ['en', en],
] as const) {
  for (const [key, message] of catalog) {
    try {
      new IntlMessageFormat(message, locale);
    } catch (error) {
      problems.push(`${locale}: ${key} is not valid ICU: ${(error as Error).message}`);
    }
    if (!message.trim()) problems.push(`${locale}: ${key} is empty`);
  }
}

// A figure written into an Arabic message shows as written, whatever digits the reader chose: it
// must be a placeholder. Codes, digit samples and examples of what to type are allowed
// (app/platform/i18n/latin-digits.ts).
for (const [key, message] of ar) {
  let stray: string[] = [];
  try {
    stray = strayLatinDigits(message);
  } catch {
    continue; // not valid ICU: reported above
  }
  if (stray.length)
    problems.push(`ar: ${key} writes Latin digits (${stray.join(', ')}); pass them as a placeholder`);
  const arabicIndic = strayArabicIndicDigits(message);
  if (arabicIndic.length)
    problems.push(
      `ar: ${key} writes Arabic-Indic digits (${arabicIndic.join(', ')}); pass them as a placeholder`,
    );
}

// The reference data's Arabic texts (objectives, mechanisms, glossary, …) reach public pages as written:
// a figure in them would show in one digit system whatever the reader chose, so they write none.
const referenceDir = path.join(root, 'data/reference');
function eachArabicText(value: unknown, at: string, found: (at: string, text: string) => void): void {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) eachArabicText(v, `${at}[${i}]`, found);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'ar' && typeof v === 'string') found(at, v);
      else eachArabicText(v, `${at}.${k}`, found);
    }
  }
}
for (const file of fs.readdirSync(referenceDir).filter((f) => f.endsWith('.json'))) {
  const data: unknown = JSON.parse(fs.readFileSync(path.join(referenceDir, file), 'utf8'));
  eachArabicText(data, '', (at, text) => {
    let stray: string[];
    try {
      stray = [...strayLatinDigits(text), ...strayArabicIndicDigits(text)];
    } catch (error) {
      problems.push(
        `data/reference/${file} ${at}.ar cannot be read as a message: ${(error as Error).message}`,
      );
      return;
    }
    if (stray.length)
      problems.push(
        `data/reference/${file} ${at}.ar writes figures (${stray.join(', ')}); write them in words`,
      );
  });
}

// Every namespace file must be registered in the catalog module, or its keys never reach the UI.
const catalogSource = fs.readFileSync(path.join(root, 'app/platform/i18n/catalog.server.ts'), 'utf8');
for (const file of fs.readdirSync(path.join(localesDir, 'ar'))) {
  if (!catalogSource.includes(`~/locales/ar/${file}`))
    problems.push(`app/platform/i18n/catalog.server.ts does not load ${file}`);
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (/\.(tsx?|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(p);
  }
  return out;
}

const textAttributes = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
const hasLetters = /\p{L}/u;
const physical =
  /(?<![\w-])(?:-?(?:ml|mr|pl|pr|left|right|border-l|border-r|rounded-l|rounded-r|rounded-tl|rounded-tr|rounded-bl|rounded-br|scroll-ml|scroll-mr)-[\w./[\]-]+|text-left|text-right|float-left|float-right|border-l|border-r|rounded-l|rounded-r|clear-left|clear-right)(?![\w-])/;
const knownKeys = new Set(ar.keys());

for (const file of walk(path.join(root, 'app'))) {
  const rel = path.relative(root, file);
  const source = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.css')) {
    source.split('\n').forEach((line, i) => {
      if (
        /(margin|padding|border)-(left|right)|(^|\s)(left|right)\s*:|text-align:\s*(left|right)/.test(line)
      ) {
        problems.push(`${rel}:${i + 1}: physical direction in CSS; use logical properties`);
      }
    });
    continue;
  }
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const ignored = (node: ts.Node) => {
    const line = source.split('\n')[lineOf(node) - 1] ?? '';
    const previous = source.split('\n')[lineOf(node) - 2] ?? '';
    return line.includes('i18n-ignore') || previous.includes('i18n-ignore');
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasLetters.test(node.text) && !ignored(node)) {
      problems.push(`${rel}:${lineOf(node)}: hard-coded text "${node.text.trim().slice(0, 40)}"`);
    }
    if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(sf);
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init.text
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression.text
          : undefined;
      if (literal !== undefined && textAttributes.has(name) && hasLetters.test(literal) && !ignored(node)) {
        problems.push(`${rel}:${lineOf(node)}: hard-coded ${name}="${literal.slice(0, 40)}"`);
      }
      if (literal !== undefined && (name === 'className' || name === 'class')) {
        const m = physical.exec(literal);
        if (m)
          problems.push(
            `${rel}:${lineOf(node)}: physical direction class "${m[0]}"; use a logical one (ms/me/ps/pe/start/end)`,
          );
      }
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteralLike(node.expression) &&
      ts.isJsxElement(node.parent)
    ) {
      if (hasLetters.test(node.expression.text) && !ignored(node)) {
        problems.push(`${rel}:${lineOf(node)}: hard-coded text "${node.expression.text.slice(0, 40)}"`);
      }
    }
    if (
      ts.isCallExpression(node) &&
      ((ts.isIdentifier(node.expression) && node.expression.text === 't') ||
        (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 't')) &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      const key = node.arguments[0].text;
      if (!knownKeys.has(key)) problems.push(`${rel}:${lineOf(node)}: t('${key}') has no message`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
}

// Keys built at run time: t(`ns.status.${s}`). The type checker reads what each `${…}` can be;
// when it is a union of literals (a value list `as const`, a union type), every key it makes must
// exist. A span typed plain `string` is a key nobody can check: it fails, unless it is one of the
// known ones listed in scripts/i18n-open-keys.json (to be narrowed, never extended).
const openKeysFile = path.join(root, 'scripts/i18n-open-keys.json');
const knownOpen = new Set((JSON.parse(fs.readFileSync(openKeysFile, 'utf8')) as { calls: string[] }).calls);
const seenOpen = new Set<string>();
{
  // Route modules' loader data is typed by React Router's generated types: without them every
  // value read from loaderData is `any` and its keys look unchecked (a fresh clone has none yet).
  const typegen = spawnSync(path.join(root, 'node_modules/.bin/react-router'), ['typegen'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (typegen.status !== 0) throw new Error(`react-router typegen failed:\n${typegen.stderr}`);
  const configPath = path.join(root, 'tsconfig.json');
  const config = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const files = config.fileNames.filter(
    (f) => f.startsWith(path.join(root, 'app')) && !/\.test\.tsx?$/.test(f),
  );
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const literalsOf = (type: ts.Type): string[] | null => {
    if (type.isStringLiteral()) return [type.value];
    if (type.isNumberLiteral()) return [String(type.value)];
    if (type.isUnion()) {
      const out: string[] = [];
      for (const member of type.types) {
        const values = literalsOf(member);
        if (!values) return null;
        out.push(...values);
      }
      return out;
    }
    return null;
  };
  const wanted = new Set(files);
  for (const sf of program.getSourceFiles()) {
    if (!wanted.has(sf.fileName)) continue;
    const rel = path.relative(root, sf.fileName);
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && node.arguments[0] && ts.isTemplateExpression(node.arguments[0])) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee)
          ? callee.text
          : ts.isPropertyAccessExpression(callee)
            ? callee.name.text
            : '';
        if (name === 't') {
          const template = node.arguments[0];
          const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          let keys: string[] | null = [template.head.text];
          for (const span of template.templateSpans) {
            const values = literalsOf(checker.getTypeAtLocation(span.expression));
            if (!values || !keys) {
              keys = null;
              break;
            }
            keys = keys.flatMap((k) => values.map((v) => k + v + span.literal.text));
          }
          if (!keys) {
            const id = `${rel}: ${template.getText()}`;
            seenOpen.add(id);
            if (!knownOpen.has(id))
              problems.push(
                `${rel}:${line}: t(${template.getText()}) builds a key from a plain string; type it with the list of its values`,
              );
          } else {
            for (const key of keys)
              if (!knownKeys.has(key))
                problems.push(
                  `${rel}:${line}: t(${template.getText()}) can ask for '${key}', which has no message`,
                );
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  for (const id of knownOpen)
    if (!seenOpen.has(id))
      problems.push(`scripts/i18n-open-keys.json lists ${id}, which is typed now or gone: remove it`);
}

// Each page gets the message parts its route's code names (app/platform/i18n/route-messages.ts);
// the table is generated from the code and must follow it.
{
  const fresh = JSON.stringify(await buildRouteMessageTable());
  const stored = fs.existsSync(tablePath)
    ? JSON.stringify(JSON.parse(fs.readFileSync(tablePath, 'utf8')))
    : '';
  if (fresh !== stored)
    problems.push(`${path.relative(root, tablePath)} is out of date: run \`npm run i18n:routes\``);
}

// The glossary (data/reference/glossary.json): one name per Global Compact term. A banned variant
// («الميثاق العالمي» for «الاتفاق العالمي») fails wherever readers could meet it: the catalogs, the
// reference data and the sample data. Arabic matches inside words (prefixes attach: «للميثاق»).
const bannedIn = (text: string) =>
  bannedVariantsIn(text).map(({ variant, term }) => `«${variant}» (glossary: ${term})`);
for (const [locale, catalog] of [
  ['ar', ar],
  ['en', en],
] as const) {
  for (const [key, message] of catalog)
    for (const found of bannedIn(message))
      problems.push(`${locale}: ${key} uses the banned variant ${found}`);
}
const glossaryScanned = [
  ...fs
    .readdirSync(path.join(root, 'data/reference'))
    .filter((f) => f.endsWith('.json') && f !== 'glossary.json')
    .map((f) => `data/reference/${f}`),
  ...fs
    .readdirSync(path.join(root, 'seed'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `seed/${f}`),
];
for (const rel of glossaryScanned) {
  for (const found of bannedIn(fs.readFileSync(path.join(root, rel), 'utf8')))
    problems.push(`${rel} uses the banned variant ${found}`);
}

if (problems.length) {
  console.error(`i18n check: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`i18n check: ${ar.size} keys in ar and en, no hard-coded text, logical directions only`);
