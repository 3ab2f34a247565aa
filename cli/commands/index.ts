import type { Command } from '../command';
import { createAdminCommand } from './create-admin';

/** Every CLI command by name. Add a command: write cli/commands/<name>.ts and list it here. */
export const commands: Record<string, Command> = {
  'create-admin': createAdminCommand,
};
