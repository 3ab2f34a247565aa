import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testStores, useTestPlatform } from '../../../tests/platform';
import { createJobRunner } from './job-runner.server';
import { enqueueMail, platformJobHandlers } from './mail.server';

for (const store of testStores) {
  describe(`queued mail (${store})`, () => {
    const platform = useTestPlatform(store);

    it('mail.send writes the queued message to the outbox', async () => {
      const { database, dataDir, mailer } = platform();
      const id = await database.db.transaction((tx) =>
        enqueueMail({ db: tx, to: 'focal@example.org', subject: 'تذكير', text: 'موعد التقديم يقترب' }),
      );
      expect(id).toBeTypeOf('number');
      expect(await mailer.listOutbox()).toHaveLength(0);
      expect(await createJobRunner({ handlers: platformJobHandlers }).runOnce()).toBe(1);
      const outbox = await mailer.listOutbox();
      expect(outbox).toHaveLength(1);
      expect(outbox[0]).toMatchObject({
        to: 'focal@example.org',
        subject: 'تذكير',
        text: 'موعد التقديم يقترب',
      });
      expect(fs.readdirSync(path.join(dataDir, 'outbox'))).toHaveLength(1);
      const r = await database.db.execute<{ status: string }>(sql`select status from jobs where id = ${id}`);
      expect(r.rows[0]?.status).toBe('done');
    });

    it('carries attachments (an iCalendar file) through the queue to the outbox', async () => {
      const { database, mailer } = platform();
      const attachment = {
        filename: 'meeting.ics',
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        content: 'BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n',
      };
      await enqueueMail({
        db: database.db,
        to: 'ngo@example.org',
        subject: 'تأكيد',
        text: 'x',
        attachments: [attachment],
      });
      await createJobRunner({ handlers: platformJobHandlers }).runOnce();
      const sent = (await mailer.listOutbox()).find((m) => m.to === 'ngo@example.org');
      expect(sent?.attachments).toEqual([attachment]);
    });

    it('refuses a malformed mail payload', async () => {
      await expect(enqueueMail({ to: 'x@example.org', subject: '', text: '' })).rejects.toThrow();
    });
  });
}
