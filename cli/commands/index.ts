import type { Command } from '../command';
import { backupCommand } from './backup';
import { createAdminCommand } from './create-admin';
import { importResourcesCommand } from './import-resources';
import { reindexCommand } from './reindex';
import { restoreCommand } from './restore';
import { seedCommand } from './seed';
import { seedScaleCommand } from './seed-scale';

/** Every CLI command by name. Add a command: write cli/commands/<name>.ts and list it here. */
export const commands: Record<string, Command> = {
  'create-admin': createAdminCommand,
  seed: seedCommand,
  'seed-scale': seedScaleCommand,
  backup: backupCommand,
  restore: restoreCommand,
  reindex: reindexCommand,
  'import-resources': importResourcesCommand,
};
