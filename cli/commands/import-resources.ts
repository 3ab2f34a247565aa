import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { folderFiles } from '~/modules/hub/import/import-files.server';
import { type ImportProgress, importResources } from '~/modules/hub/import/import-resources.server';
import { problemMessageKey } from '~/modules/hub/import/manifest-columns';
import { manifestKindOf } from '~/modules/hub/import/read-manifest.server';
import { maintainDatabase } from '~/platform/db-maintenance.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import type { Command } from '../command';
import { UsageError } from '../command';

const phaseLabel: Record<ImportProgress['phase'], string> = {
  check: 'checked',
  extract: 'files read',
  write: 'written',
};

export const importResourcesCommand: Command = {
  summary: 'Import Hub resources from a manifest (CSV or JSON) and a folder of files',
  usage: [
    'import-resources --manifest <file.csv|file.json> --files <folder> [--lang ar|en]',
    '',
    'One row per resource, matched on its external_id (docs/hub-import.md lists the columns). All or',
    'nothing: with any refused row nothing is written and the reasons are printed (row, external id,',
    'column, reason in --lang, default en). Running it again skips unchanged rows and updates changed',
    'ones. Imported resources are published; file text is read in the bounded extraction worker (a',
    'file that cannot be read is kept and flagged). Exit code 1 when the run is refused.',
  ].join('\n'),
  async run({ argv, platform, print }) {
    const { values } = parseArgs({
      args: argv,
      options: {
        manifest: { type: 'string' },
        files: { type: 'string' },
        lang: { type: 'string', default: 'en' },
      },
      strict: true,
    });
    if (!values.manifest) throw new UsageError('--manifest is required.');
    if (!values.files) throw new UsageError('--files is required.');
    if (values.lang !== 'ar' && values.lang !== 'en') throw new UsageError('--lang is ar or en.');
    if (!fs.existsSync(values.manifest)) throw new UsageError(`No manifest at ${values.manifest}.`);
    if (!fs.statSync(values.files, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`No folder at ${values.files}.`);
    }
    const { database } = await platform();
    const i18n = serverI18n(values.lang, values.lang === 'ar' ? 'arab' : 'latn');
    let lastPrinted = 0;
    const result = await importResources({
      db: database.db,
      actor: 'operator',
      manifest: {
        name: values.manifest,
        kind: manifestKindOf(values.manifest),
        bytes: fs.readFileSync(values.manifest),
      },
      files: folderFiles(values.files),
      onProgress(p) {
        // A line every 100 rows (and at each phase's end), so a long run shows it is moving.
        const at = Date.now();
        if (p.done === p.total || p.done % 100 === 0 || at - lastPrinted > 5000) {
          lastPrinted = at;
          print(`${phaseLabel[p.phase]} ${p.done}/${p.total}`);
        }
      },
    });
    if (result.outcome === 'refused') {
      print(
        `Refused: ${result.refusedRows} of ${result.rowCount} rows (nothing imported). ${result.problems.length} reasons:`,
      );
      for (const p of result.problems) {
        const where = [`row ${p.row}`, p.externalId, p.column].filter(Boolean).join(', ');
        print(`  ${where}: ${i18n.t(problemMessageKey(p), p.params)}`);
      }
      if (result.problemsTruncated) print('  … more reasons not shown.');
      return 1;
    }
    if (result.created + result.updated >= 100) await maintainDatabase({ db: database.db });
    print(
      `Imported in ${(result.durationMs / 1000).toFixed(1)} s: ${result.created} created, ${result.updated} updated, ` +
        `${result.unchanged} unchanged, ${result.unreadable} files unreadable (kept, flagged).`,
    );
    return 0;
  },
};
