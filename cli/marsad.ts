import fs from 'node:fs';

// A .env file in the working directory, as `npm start` reads it; variables already set win over it.
if (fs.existsSync('.env')) process.loadEnvFile('.env');

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
