import { type Config, loadConfig } from '~/platform/config.server';
import { type OpenedPlatform, openPlatform } from '../server/open-platform';

export type CliPlatform = OpenedPlatform;

/**
 * Opens the platform as the server does (server/open-platform.ts): the data-folder lock for the
 * embedded database (so the CLI refuses to run beside a server on the same DATA_DIR), database,
 * migrations, reference data. Demo data is loaded only by the `seed --demo` command.
 */
export async function openCliPlatform(env: NodeJS.ProcessEnv = process.env): Promise<CliPlatform> {
  const config: Config = loadConfig(env);
  return openPlatform({ config });
}
