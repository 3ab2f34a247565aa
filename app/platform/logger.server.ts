import pino from 'pino';

/** JSON logs; never pass secrets, passwords, tokens or e-mail addresses to the logger. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  redact: {
    paths: ['password', '*.password', 'token', '*.token', 'email', '*.email', 'req.headers.cookie'],
    censor: '[redacted]',
  },
  base: undefined,
});
