import fs from 'node:fs';
import path from 'node:path';

const localesDir = path.resolve(import.meta.dirname, '../../app/locales');

/** A message from the catalogs, so tests find controls by the same accessible names readers see. */
export function msg(locale: 'ar' | 'en', key: string): string {
  const [ns, ...rest] = key.split('.');
  const table = JSON.parse(fs.readFileSync(path.join(localesDir, locale, `${ns}.json`), 'utf8')) as Record<
    string,
    string
  >;
  const value = table[rest.join('.')];
  if (value === undefined) throw new Error(`no message ${locale}:${key}`);
  return value;
}
