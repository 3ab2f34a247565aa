import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { roleAssignments, users } from '#db/schema/accounts';
import { contentItems } from '#db/schema/content';
import { reviewOutreachMessages } from '#db/schema/review-outreach';
import { reviewCycles } from '#db/schema/reviews';
import { createUser } from '#seed/factories';
import { createReview, createReviewCycle } from '#seed/review-factories';
import { countPublicContent } from '~/modules/content/count-content.server';
import { canReadContent } from '~/modules/content/read-rule';
import { readableContent } from '~/modules/content/readable-content.server';
import type { Subject } from '~/permissions/resolver';
import type { AppError } from '~/platform/errors';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { setCycleStatus } from '../cycles/set-cycle-status.server';
import { createCyclePeople } from '../cycles/test-fixtures';
import { saveCycleLetter } from './cycle-letter.server';
import { inviteContact } from './invite-contact.server';
import { letterIn, renderLetter } from './letter';
import { listContacts } from './list-contacts.server';
import { planReminders, sendRemindersNow } from './remind-now.server';
import { createContact, removeContact, updateContact } from './save-contact.server';
import { trackerOutreach } from './tracker-outreach.server';

type Mail = { to: string; subject: string; text: string };
const base = 'https://marsad.example.org';

describe('the invitation letter', () => {
  const values = { name: 'Amal', state: 'Jordan', cycle: 'Review', deadline: '1 May', link: 'https://x/y' };

  it('fills its placeholders and leaves any other braces as typed', () => {
    expect(renderLetter('Dear {name}, {state} by {deadline}: {link} {unknown} {', values)).toBe(
      'Dear Amal, Jordan by 1 May: https://x/y {unknown} {',
    );
  });

  it("is the secretariat's text in the contact's language, else the standard letter in it", () => {
    const standard = (l: 'ar' | 'en') => ({ subject: `std-${l}`, body: `body-${l}` });
    const stored = { subject: { ar: 'موضوع' }, body: { ar: 'نص' } };
    expect(letterIn('ar', stored, standard)).toEqual({ subject: 'موضوع', body: 'نص', edited: true });
    expect(letterIn('en', stored, standard)).toEqual({ subject: 'std-en', body: 'body-en', edited: false });
    expect(letterIn('en', null, standard).edited).toBe(false);
  });
});

for (const store of testStores) {
  describe(`reaching the states (${store})`, () => {
    const platform = useTestPlatform(store);
    let people: Awaited<ReturnType<typeof createCyclePeople>>;
    const mails = async () =>
      (
        await platform().database.db.execute<{ payload: Mail }>(
          sql`select payload from jobs where kind = 'mail.send' order by id`,
        )
      ).rows.map((r) => r.payload);
    const refusal = (p: Promise<unknown>) => p.then(() => null).catch((e: AppError) => e);

    beforeAll(async () => {
      people = await createCyclePeople(platform().database.db);
    });

    it('keeps a registry of each state’s contacts for its region’s secretariat only', async () => {
      const contact = {
        countryIso3: 'jor',
        kind: 'focal_point',
        name: 'Rana Haddad',
        ministry: 'Ministry of Interior',
        email: ' Rana.Haddad@MOI.example.jo ',
        locale: 'ar',
      };
      const created = await createContact({ subject: people.las.subject, regionId: 'LAS', input: contact });
      expect(created).toMatchObject({ countryIso3: 'JOR', email: 'rana.haddad@moi.example.jo', version: 1 });
      // In the content index, never public: only the region's secretariat opens it (both rules agree).
      const db = platform().database.db;
      const opens = async (subject: Subject) => {
        const where = and(eq(contentItems.type, 'state_contact'), eq(contentItems.id, created.id));
        const [row] = await db.select().from(contentItems).where(where);
        const listed = await db
          .select({ id: contentItems.id })
          .from(contentItems)
          .where(and(where, readableContent(subject)));
        expect(listed.length === 1).toBe(canReadContent(subject, row!));
        return canReadContent(subject, row!);
      };
      expect(await opens(people.las.subject)).toBe(true);
      for (const who of [people.escwa, people.network, people.focalJor, people.anonymous]) {
        expect(await opens(who.subject)).toBe(false);
      }
      expect((await countPublicContent({ db })).byType.state_contact ?? 0).toBe(0);

      const again = await refusal(
        createContact({ subject: people.las.subject, regionId: 'LAS', input: contact }),
      );
      expect(again).toMatchObject({ code: 'contactAlreadyRecorded', status: 409 });
      const outside = await refusal(
        createContact({
          subject: people.las.subject,
          regionId: 'LAS',
          input: { ...contact, countryIso3: 'FRA' },
        }),
      );
      expect(outside).toMatchObject({ status: 422 });
      const badEmail = await refusal(
        createContact({ subject: people.las.subject, regionId: 'LAS', input: { ...contact, email: 'nope' } }),
      );
      expect(badEmail).toMatchObject({ status: 400 });
      for (const who of [people.escwa, people.network, people.focalJor, people.anonymous]) {
        const refused = await refusal(
          createContact({ subject: who.subject, regionId: 'LAS', input: { ...contact, email: 'x@y.org' } }),
        );
        expect(refused).toMatchObject({ code: 'forbidden' });
        expect(await refusal(listContacts({ subject: who.subject, regionId: 'LAS' }))).toMatchObject({
          code: 'forbidden',
        });
        // Another region's secretariat cannot even find the entry.
        const hidden = await refusal(
          updateContact({ subject: who.subject, contactId: created.id, expectedVersion: 1, input: contact }),
        );
        expect(hidden).toMatchObject({ code: 'notFound' });
      }

      const updated = await updateContact({
        subject: people.las.subject,
        contactId: created.id,
        expectedVersion: 1,
        input: { ...contact, locale: 'en' },
      });
      expect(updated).toMatchObject({ locale: 'en', version: 2 });
      const stale = await refusal(
        updateContact({
          subject: people.las.subject,
          contactId: created.id,
          expectedVersion: 1,
          input: contact,
        }),
      );
      expect(stale).toMatchObject({ code: 'staleVersion', status: 409 });

      const registry = await listContacts({ subject: people.las.subject, regionId: 'LAS' });
      expect(registry.states.length).toBeGreaterThanOrEqual(22);
      const jordan = registry.states.find((s) => s.iso3 === 'JOR')!;
      expect(jordan.contacts.map((c) => [c.name, c.account])).toEqual([['Rana Haddad', 'none']]);
      expect(registry.states.find((s) => s.iso3 === 'OMN')!.contacts).toEqual([]);

      await removeContact({ subject: people.las.subject, contactId: created.id, expectedVersion: 2 });
      const after = await listContacts({ subject: people.las.subject, regionId: 'LAS' });
      expect(after.states.find((s) => s.iso3 === 'JOR')!.contacts).toEqual([]);
    });

    it('invites a contact to an account; a focal point gets the role for the state', async () => {
      const db = platform().database.db;
      const focal = await createContact({
        subject: people.las.subject,
        regionId: 'LAS',
        input: {
          countryIso3: 'EGY',
          kind: 'focal_point',
          name: 'Omar Said',
          email: 'omar@mfa.example.eg',
          locale: 'en',
        },
      });
      const delegate = await createContact({
        subject: people.las.subject,
        regionId: 'LAS',
        input: {
          countryIso3: 'EGY',
          kind: 'delegation',
          name: 'Mona Ali',
          email: 'mona@mission.example.eg',
          locale: 'ar',
        },
      });
      const invite = (id: string, version: number) =>
        inviteContact({
          subject: people.las.subject,
          inviterName: 'LAS',
          contactId: id,
          expectedVersion: version,
          baseUrl: base,
        });
      const first = await invite(focal.id, 1);
      expect(first.created).toBe(true);
      const [account] = await db.select().from(users).where(eq(users.id, first.userId));
      expect(account).toMatchObject({ passwordHash: null, locale: 'en', name: 'Omar Said' });
      const roles = await db.select().from(roleAssignments).where(eq(roleAssignments.userId, first.userId));
      expect(roles.map((r) => [r.role, r.scopeId])).toEqual([['focal_point', 'EGY']]);
      const mail = (await mails()).filter((m) => m.to === 'omar@mfa.example.eg');
      expect(mail).toHaveLength(1);
      expect(mail[0]!.text).toContain(`${base}/en/accept-invite?token=`);

      // Not accepted yet: a fresh link; the delegation contact's account gets no role.
      expect((await invite(focal.id, 2)).created).toBe(false);
      const second = await invite(delegate.id, 1);
      expect(
        await db.select().from(roleAssignments).where(eq(roleAssignments.userId, second.userId)),
      ).toEqual([]);

      await db.update(users).set({ passwordHash: 'x' }).where(eq(users.id, first.userId));
      expect(await refusal(invite(focal.id, 3))).toMatchObject({ code: 'contactHasAccount', status: 409 });
      const registry = await listContacts({ subject: people.las.subject, regionId: 'LAS' });
      const egypt = registry.states.find((s) => s.iso3 === 'EGY')!.contacts;
      expect(egypt.map((c) => [c.name, c.account])).toEqual([
        ['Mona Ali', 'invited'],
        ['Omar Said', 'active'],
      ]);
    });

    it('writes the letter and the guidance template to every contact when the cycle opens', async () => {
      const db = platform().database.db;
      const cycle = await createReviewCycle(db, {
        status: 'draft',
        openedAt: null,
        title: { ar: 'الاستعراض الإقليمي الثالث', en: 'Third regional review' },
        submissionDeadline: '2099-06-30',
        states: ['KWT', 'LBN', 'QAT'],
      });
      const add = (countryIso3: string, email: string, locale: string) =>
        createContact({
          subject: people.las.subject,
          regionId: 'LAS',
          input: { countryIso3, kind: 'focal_point', name: `FP ${countryIso3}`, email, locale },
        });
      await add('KWT', 'fp@kwt.example', 'ar');
      await add('LBN', 'fp@lbn.example', 'en');
      // Qatar has nobody on file.
      await saveCycleLetter({
        subject: people.las.subject,
        cycleId: cycle.id,
        expectedVersion: 0,
        input: {
          subject: { ar: 'دعوة {state}' },
          body: { ar: 'حضرة {name}، ندعو {state} قبل {deadline}: {link}' },
        },
      });
      const staleLetter = await refusal(
        saveCycleLetter({ subject: people.las.subject, cycleId: cycle.id, expectedVersion: 0, input: {} }),
      );
      expect(staleLetter).toMatchObject({ code: 'staleVersion' });

      const before = (await mails()).length;
      await setCycleStatus({
        subject: people.las.subject,
        cycleId: cycle.id,
        action: 'open',
        expectedVersion: cycle.version,
        baseUrl: base,
      });
      const sent = (await mails()).slice(before);
      expect(sent.map((m) => m.to).sort()).toEqual(['fp@kwt.example', 'fp@lbn.example']);
      const arabic = sent.find((m) => m.to === 'fp@kwt.example')!;
      expect(arabic.subject).toBe('دعوة الكويت');
      expect(arabic.text).toContain('حضرة FP KWT، ندعو الكويت قبل ٣٠ يونيو ٢٠٩٩');
      expect(arabic.text).toContain(`${base}/ar/reviews/cycles/${cycle.id}`);
      expect(arabic.text).toContain('النموذج الاسترشادي');
      const english = sent.find((m) => m.to === 'fp@lbn.example')!;
      expect(english.subject).toBe(
        'Invitation to prepare the voluntary national review of Lebanon — Third regional review',
      );
      expect(english.text).toContain('June 30, 2099');
      expect(english.text).toContain('The guidance template');

      const log = await db
        .select()
        .from(reviewOutreachMessages)
        .where(eq(reviewOutreachMessages.cycleId, cycle.id));
      expect(log.map((m) => [m.countryIso3, m.kind, m.email]).sort()).toEqual([
        ['KWT', 'invitation', 'fp@kwt.example'],
        ['LBN', 'invitation', 'fp@lbn.example'],
      ]);
      const audit = await db.execute<{ after: { unreachable: string[] } }>(
        sql`select after from audit_log where action = 'review_cycle.invite-states' and entity_id = ${cycle.id}`,
      );
      expect(audit.rows[0]!.after.unreachable).toEqual(['QAT']);

      // Closing and opening again writes only to contacts added since.
      const [open] = await db.select().from(reviewCycles).where(eq(reviewCycles.id, cycle.id));
      const closed = await setCycleStatus({
        subject: people.las.subject,
        cycleId: cycle.id,
        action: 'close',
        expectedVersion: open!.version,
      });
      await add('QAT', 'fp@qat.example', 'en');
      const count = (await mails()).length;
      await setCycleStatus({
        subject: people.las.subject,
        cycleId: cycle.id,
        action: 'open',
        expectedVersion: closed.version,
        baseUrl: base,
      });
      expect((await mails()).slice(count).map((m) => m.to)).toEqual(['fp@qat.example']);
      const tracked = await trackerOutreach(db, cycle, ['KWT', 'LBN', 'QAT']);
      expect(tracked.get('KWT')!.invitedAt).toBeInstanceOf(Date);
      expect(tracked.get('KWT')!.contacts.map((c) => c.email)).toEqual(['fp@kwt.example']);
    });

    it('reminds one state or every late state now, showing the message first and listing who cannot be reached', async () => {
      const db = platform().database.db;
      const cycle = await createReviewCycle(db, {
        submissionDeadline: '2026-03-24',
        states: ['SAU', 'BHR', 'ARE', 'YEM'],
      });
      const add = (countryIso3: string, email: string, locale: string) =>
        createContact({
          subject: people.las.subject,
          regionId: 'LAS',
          input: { countryIso3, kind: 'focal_point', name: `FP ${countryIso3}`, email, locale },
        });
      await add('SAU', 'fp@sau.example', 'ar');
      await add('BHR', 'fp@bhr.example', 'en');
      await add('ARE', 'fp@are.example', 'ar');
      // A focal point with an account (no registry entry) of Bahrain is reached too, once.
      const account = await createUser(db, {
        locale: 'ar',
        roles: [{ role: 'focal_point', scopeId: 'BHR' }],
      });
      await createReview(db, {
        cycleId: cycle.id,
        countryIso3: 'ARE',
        status: 'submitted',
        submittedAt: new Date(),
      });
      const bahrainDraft = await createReview(db, {
        cycleId: cycle.id,
        countryIso3: 'BHR',
        status: 'drafting',
      });
      const now = new Date('2026-03-27T09:00:00Z');
      const args = { subject: people.las.subject, cycleId: cycle.id, baseUrl: base, now };

      const plan = await planReminders({ ...args, input: { target: 'late' } });
      expect(plan.states.map((s) => s.iso3)).toEqual(['BHR', 'SAU']);
      expect(plan.unreachable.map((s) => s.iso3)).toEqual(['YEM']);
      const bahrain = plan.states[0]!.recipients;
      expect(bahrain.map((r) => r.email).sort()).toEqual([account.email, 'fp@bhr.example'].sort());
      const english = bahrain.find((r) => r.email === 'fp@bhr.example')!.message;
      expect(english.text).toContain('was due on March 24, 2026, 3 days ago');
      expect(english.text).toContain(`${base}/en/reviews/${bahrainDraft.id}/edit`);
      expect(plan.states[1]!.recipients[0]!.message.text).toContain('منذ ٣ أيام');

      expect(await refusal(planReminders({ ...args, input: { target: 'ARE' } }))).toMatchObject({
        code: 'reminderStateHandedIn',
      });
      expect(await refusal(planReminders({ ...args, input: { target: 'OMN' } }))).toMatchObject({
        code: 'reminderStateNotInCycle',
      });
      expect(await refusal(planReminders({ ...args, input: { target: 'everyone' } }))).toMatchObject({
        status: 400,
      });
      for (const who of [people.escwa, people.network, people.focalJor]) {
        expect(
          await refusal(sendRemindersNow({ ...args, subject: who.subject, input: { target: 'late' } })),
        ).toMatchObject({ code: 'forbidden' });
      }

      const before = (await mails()).length;
      const sent = await sendRemindersNow({ ...args, input: { target: 'late' } });
      expect(sent.sent).toHaveLength(3);
      expect(sent.unreachable.map((s) => s.iso3)).toEqual(['YEM']);
      expect((await mails()).length).toBe(before + 3);
      // A second click while the mails are still queued sends nothing twice.
      expect((await sendRemindersNow({ ...args, input: { target: 'SAU' } })).sent).toEqual([]);

      const tracked = await trackerOutreach(db, cycle, ['SAU', 'YEM']);
      expect(tracked.get('SAU')!.lastReminderAt).toEqual(now);
      expect(tracked.get('YEM')!.lastReminderAt).toBeNull();
      const log = await db
        .select()
        .from(reviewOutreachMessages)
        .where(
          and(eq(reviewOutreachMessages.cycleId, cycle.id), eq(reviewOutreachMessages.kind, 'reminder')),
        );
      expect(log).toHaveLength(3);

      await db.update(reviewCycles).set({ status: 'closed' }).where(eq(reviewCycles.id, cycle.id));
      expect(await refusal(planReminders({ ...args, input: { target: 'late' } }))).toMatchObject({
        code: 'reminderCycleNotOpen',
      });
    });
  });
}
