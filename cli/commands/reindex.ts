import { parseArgs } from 'node:util';
import { contentTypeRegistry, contentTypes } from '~/content-types.server';
import { isContentTypeKey } from '~/modules/content/content-type-keys';
import { checkContentType, rebuildContentType } from '~/modules/content/reindex.server';
import type { Command } from '../command';
import { UsageError } from '../command';

export const reindexCommand: Command = {
  summary: 'Rebuild the content index from its sources, or check it (--check)',
  usage: [
    'reindex [--check] [--type <key>]',
    '',
    'Rebuilds every content type (or one, with --type) in one transaction. With --check, changes',
    'nothing: lists the items whose index row is missing, differs from its source, or has no source',
    'any more, and exits with 1 when there is any.',
    `Types: ${Object.keys(contentTypeRegistry).join(', ')}.`,
  ].join('\n'),
  async run({ argv, platform, print }) {
    const { values } = parseArgs({
      args: argv,
      options: { check: { type: 'boolean', default: false }, type: { type: 'string' } },
      strict: true,
    });
    if (values.type !== undefined && !isContentTypeKey(values.type)) {
      throw new UsageError(`Unknown content type "${values.type}".`);
    }
    const types =
      values.type && isContentTypeKey(values.type) ? [contentTypeRegistry[values.type]] : contentTypes;
    const { database } = await platform();
    if (!values.check) {
      await database.db.transaction(async (tx) => {
        for (const type of types) print(`${type.key}: ${await rebuildContentType(tx, type)} items indexed`);
      });
      return 0;
    }
    let drifting = 0;
    for (const type of types) {
      const drift = await checkContentType(database.db, type);
      const problems = [
        ...drift.missing.map((id) => `  missing   ${id}`),
        ...drift.differing.map((id) => `  differs   ${id}`),
        ...drift.orphaned.map((id) => `  orphaned  ${id}`),
      ];
      drifting += problems.length;
      print(`${type.key}: ${drift.checked} checked, ${problems.length} out of step`);
      for (const line of problems) print(line);
    }
    return drifting ? 1 : 0;
  },
};
