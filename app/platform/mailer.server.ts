import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { logger } from './logger.server';

/** A file sent with a message (text content, e.g. an iCalendar invitation). */
export interface MailAttachment {
  filename: string;
  /** MIME type with parameters, e.g. `text/calendar; charset=utf-8; method=PUBLISH`. */
  contentType: string;
  content: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
}

export interface OutboxEntry {
  id: string;
  at: string;
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  kind: 'smtp' | 'outbox';
  send(message: MailMessage): Promise<void>;
  /** Outbox only: messages written to DATA_DIR/outbox, newest first. */
  listOutbox(): Promise<OutboxEntry[]>;
}

/**
 * SMTP when SMTP_URL is set; otherwise every message is written as a JSON file to
 * DATA_DIR/outbox, where administrators read it in the UI (a real adapter with a local sink).
 */
export function createMailer(options: { smtpUrl?: string; from: string; dataDir: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      kind: 'smtp',
      async send(message) {
        await transport.sendMail({ from: options.from, ...message });
        logger.info({ mail: 'sent' }, 'mail sent via SMTP');
      },
      async listOutbox() {
        return [];
      },
    };
  }
  const dir = path.join(options.dataDir, 'outbox');
  return {
    kind: 'outbox',
    async send(message) {
      await fs.mkdir(dir, { recursive: true });
      const at = new Date().toISOString();
      const id = `${at.replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
      const entry: OutboxEntry = {
        id,
        at,
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.attachments?.length ? { attachments: message.attachments } : {}),
      };
      await fs.writeFile(path.join(dir, `${id}.json`), JSON.stringify(entry, null, 2), { mode: 0o600 });
      logger.info({ mail: 'outbox', id }, 'mail written to outbox');
    },
    async listOutbox() {
      let files: string[];
      try {
        files = await fs.readdir(dir);
      } catch {
        return [];
      }
      const entries = await Promise.all(
        files
          .filter((f) => f.endsWith('.json'))
          .map(async (f) => JSON.parse(await fs.readFile(path.join(dir, f), 'utf8')) as OutboxEntry),
      );
      return entries.sort((a, b) => b.at.localeCompare(a.at));
    },
  };
}
