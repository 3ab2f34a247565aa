/**
 * `npm run marsad -- <command> [options]`: operator commands on the same database the server
 * uses. `npm run marsad -- help` lists them; `help <command>` explains one.
 * Logs stay quiet (warnings and errors only) unless LOG_LEVEL says otherwise, so the operator
 * reads the command's own messages; the logger reads LOG_LEVEL when first imported.
 */
export {};

process.env.LOG_LEVEL ??= 'warn';
const { main } = await import('./main');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  },
);
