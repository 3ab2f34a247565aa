import { z } from 'zod';
import type { DbOrTx } from '~/platform/db.server';
import { getPlatform } from '~/platform/platform.server';
import { enqueueJob } from './enqueue-job.server';
import type { JobHandlers } from './job-runner.server';

export const mailJobKind = 'mail.send';

const mailPayload = z.object({
  to: z.string().min(3),
  subject: z.string().min(1),
  text: z.string(),
  html: z.string().optional(),
  attachments: z
    .array(z.object({ filename: z.string().min(1), contentType: z.string().min(1), content: z.string() }))
    .optional(),
});
export type MailJobPayload = z.infer<typeof mailPayload>;

/** The platform's own job kinds; the app's registry (app/jobs.server.ts) adds the domains' to these. */
export const platformJobHandlers: JobHandlers = {
  [mailJobKind]: async (payload) => {
    await getPlatform().mailer.send(mailPayload.parse(payload));
  },
};

/**
 * Queues an e-mail instead of sending it inline: pass the caller's transaction as `db` so the mail
 * goes out only if the change commits, and a `dedupeKey` so the same reminder is not queued twice.
 */
export async function enqueueMail(
  options: MailJobPayload & { db?: DbOrTx; runAt?: Date; dedupeKey?: string; maxAttempts?: number },
): Promise<number | null> {
  const { db, runAt, dedupeKey, maxAttempts, ...message } = options;
  return enqueueJob({
    db,
    kind: mailJobKind,
    payload: mailPayload.parse(message),
    runAt,
    dedupeKey,
    maxAttempts,
  });
}
