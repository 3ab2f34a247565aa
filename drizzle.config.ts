import { defineConfig } from 'drizzle-kit';

// Used for `drizzle-kit generate` only; the app applies migrations itself at start (stack-notes G7).
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
