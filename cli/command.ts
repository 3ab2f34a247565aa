import type { CliPlatform } from './platform';

/** Thrown for a mistake the user can fix: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

export interface CommandContext {
  /** Arguments after the command name. */
  argv: string[];
  /** Opens the database and the rest of the platform once (closed by cli/marsad.ts at the end). */
  platform(): Promise<CliPlatform>;
  /** Where messages for the operator go (stdout). */
  print(line: string): void;
}

export interface Command {
  /** One line for `npm run marsad -- help`. */
  summary: string;
  usage: string;
  /** Returns the exit code (0 when omitted). */
  run(context: CommandContext): Promise<number | undefined>;
}
