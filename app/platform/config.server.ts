import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { IATI_PLACEHOLDER_ORG_REF } from './config-defaults';

const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * The embedded database (no DATABASE_URL) in a worker thread, so its queries no longer block HTTP
   * handling and rendering on the main thread (decision 89): on by default since the quiet A/B;
   * `PGLITE_WORKER=0` keeps it on the main thread.
   */
  PGLITE_WORKER: booleanFlag.default(true),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Marsad <no-reply@marsad.local>'),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY: z.string().optional(),
  S3_SECRET_KEY: z.string().optional(),
  /** SigV4 region of the bucket; us-east-1 suits MinIO, R2 and most S3-compatible services. */
  S3_REGION: z.string().min(1).default('us-east-1'),
  /**
   * The fund's registered IATI organisation identifier (reporting-org, the prefix of every
   * iati-identifier). The default is a placeholder, flagged in the export (docs/iati-export.md).
   */
  IATI_ORG_REF: z
    .string()
    .regex(
      /^[A-Za-z0-9]+(?:-[A-Za-z0-9._]+)+$/,
      'must be an IATI organisation identifier such as XM-DAC-41114',
    )
    .default(IATI_PLACEHOLDER_ORG_REF),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Sample data on an empty database; defaults to on outside production and off in production. */
  SEED_DEMO: booleanFlag.optional(),
  /** The sample accounts' password in production (SEED_DEMO=1 there); without it they get none. */
  DEMO_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  /** Number of reverse proxies in front (or an Express trust-proxy value), so rate limits see client IPs. */
  TRUST_PROXY: z.string().optional(),
  /** Benchmarks only (`npm run bench:load`): serve request, query, CPU and event-loop figures at /__load-stats. */
  LOAD_STATS: booleanFlag.default(false),
});

export type Config = Omit<z.infer<typeof envSchema>, 'SESSION_SECRET' | 'DATA_DIR' | 'SEED_DEMO'> & {
  SESSION_SECRET: string;
  DATA_DIR: string;
  SEED_DEMO: boolean;
  isProduction: boolean;
};

/** The password the README publishes for the sample accounts: never accepted in production. */
export const publishedDemoPassword = 'marsad-demo-2026';

export class ConfigError extends Error {}

/** Reads and validates the environment once at start; a bad value stops start-up with a readable list. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const blankToUndefined = Object.fromEntries(
    Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]),
  );
  const parsed = envSchema.safeParse(blankToUndefined);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee .env.example and README.md.`);
  }
  const c = parsed.data;
  const isProduction = c.NODE_ENV === 'production';
  const dataDir = path.resolve(c.DATA_DIR);
  if (isProduction && !c.SESSION_SECRET) {
    throw new ConfigError('Invalid configuration:\n  SESSION_SECRET: required when NODE_ENV=production');
  }
  if (isProduction && !c.PUBLIC_URL) {
    throw new ConfigError('Invalid configuration:\n  PUBLIC_URL: required when NODE_ENV=production');
  }
  if (isProduction && c.DEMO_PASSWORD === publishedDemoPassword) {
    throw new ConfigError(
      'Invalid configuration:\n  DEMO_PASSWORD: the published sample password is refused in production',
    );
  }
  const s3 = [c.S3_ENDPOINT, c.S3_BUCKET, c.S3_ACCESS_KEY, c.S3_SECRET_KEY];
  if (s3.some(Boolean) && !s3.every(Boolean)) {
    throw new ConfigError(
      'Invalid configuration:\n  S3_*: set all of S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY, S3_SECRET_KEY or none',
    );
  }
  return {
    ...c,
    DATA_DIR: dataDir,
    SESSION_SECRET: c.SESSION_SECRET ?? generatedSecret(dataDir),
    SEED_DEMO: c.SEED_DEMO ?? !isProduction,
    isProduction,
  };
}

/**
 * The address links in e-mails and exports start with: PUBLIC_URL (required in production), else
 * the configured host and port. Never the request's Host header, which the sender of a request
 * chooses (a reset link mailed to a victim would point wherever the attacker said).
 */
export function siteBaseUrl(config: Pick<Config, 'PUBLIC_URL' | 'HOST' | 'PORT'>): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL.replace(/\/+$/, '');
  const wildcard = ['0.0.0.0', '::', '[::]'].includes(config.HOST);
  const host = wildcard ? 'localhost' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST;
  return `http://${host}:${config.PORT}`;
}

/** Outside production a secret is generated once into DATA_DIR so sessions survive restarts. */
function generatedSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    const secret = crypto.randomBytes(48).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

/**
 * What a production set-up with several instances would get wrong: with DATABASE_URL (the way to
 * run more than one), local files and the local outbox live on one instance only, so a file uploaded
 * on one is missing on the others and each keeps its own outbox. Logged as warnings at start.
 */
export function deploymentWarnings(config: Config): string[] {
  if (!config.isProduction || !config.DATABASE_URL) return [];
  const warnings: string[] = [];
  if (!config.S3_ENDPOINT) {
    warnings.push(
      `Uploaded files are stored in ${path.join(config.DATA_DIR, 'files')} on this instance only: with several instances set S3_* so every instance sees them.`,
    );
  }
  if (!config.SMTP_URL) {
    warnings.push(
      `Mail goes to ${path.join(config.DATA_DIR, 'outbox')} on this instance only: with several instances set SMTP_URL.`,
    );
  }
  return warnings;
}
