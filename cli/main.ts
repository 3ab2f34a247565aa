import { ConfigError } from '~/platform/config.server';
import { type CommandContext, UsageError } from './command';
import { commands } from './commands/index';
import { type CliPlatform, openCliPlatform } from './platform';

function help(name?: string): string {
  const command = name ? commands[name] : undefined;
  if (command) return `${command.summary}\n\nUsage: npm run marsad -- ${command.usage}`;
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const list = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: npm run marsad -- <command> [options]',
    '',
    'Commands:',
    ...list,
    '',
    'npm run marsad -- help <command>  for details',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(help(rest[0]));
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    console.log(help(name));
    return 0;
  }
  let opened: Promise<CliPlatform> | undefined;
  const context: CommandContext = {
    argv: rest,
    platform: () => {
      opened ??= openCliPlatform();
      return opened;
    },
    print: (line) => console.log(line),
  };
  try {
    return (await command.run(context)) ?? 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || isArgError(error)) {
      console.error(
        `${error instanceof Error ? error.message : error}\n\nUsage: npm run marsad -- ${command.usage.split('\n')[0]}`,
      );
      return 2;
    }
    if (error instanceof Error && /in use by another Marsad process/.test(error.message)) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    if (opened) await (await opened.catch(() => undefined))?.close();
  }
}

function isArgError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
