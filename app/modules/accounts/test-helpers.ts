import type { OutboxEntry } from '~/platform/mailer.server';
import { getPlatform } from '~/platform/platform.server';

/** Test helper: the messages the outbox mailer wrote for one address, newest first. */
export async function mailsTo(email: string): Promise<OutboxEntry[]> {
  const all = await getPlatform().mailer.listOutbox();
  return all.filter((m) => m.to.toLowerCase() === email.toLowerCase());
}

/** Test helper: the token in the first link of a message to `path` (e.g. "/verify-email"). */
export function tokenFrom(message: OutboxEntry, path: string): string {
  const match = message.text.match(new RegExp(`${path}\\?token=([\\w-]+)`));
  if (!match) throw new Error(`no ${path} link in: ${message.text}`);
  return match[1]!;
}
