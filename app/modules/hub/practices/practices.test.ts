import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, contentItems, hubPracticeCalls, hubPractices, jobs } from '#db/schema/index';
import { createUser } from '#seed/factories';
import { jobHandlers, jobSchedules } from '~/jobs.server';
import { loadGrants } from '~/modules/accounts/session.server';
import { countPublicContent } from '~/modules/content/count-content.server';
import { canReadContent } from '~/modules/content/read-rule';
import { readableContent } from '~/modules/content/readable-content.server';
import type { AssignableRole } from '~/permissions/matrix';
import { anonymousSubject, type Subject } from '~/permissions/resolver';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { refusal } from '../../../../tests/refusal';
import { closeCallsKind } from './call-close-schedule';
import { getCall, listOpenCalls } from './calls.server';
import { closeDueCalls } from './close-due-calls.server';
import { decidePractice } from './decide-practice.server';
import { getPractice } from './get-practice.server';
import { listPractices } from './list-practices.server';
import { markPromising } from './mark-promising.server';
import { callInput, practiceInput } from './practice-fixtures';
import { presentPracticeListItem } from './practice-presenter';
import { revisePractice } from './revise-practice.server';
import { createCall, updateCall } from './save-call.server';
import { submitPractice } from './submit-practice.server';

for (const store of testStores) {
  describe(`practices and calls for practices (${store})`, () => {
    const platform = useTestPlatform(store);
    const db = () => platform().database.db;

    async function person(roles: { role: AssignableRole }[] = []) {
      const user = await createUser(db(), { roles });
      const subject: Subject = { userId: user.id, grants: await loadGrants(user.id) };
      return { user, subject };
    }
    async function opens(subject: Subject, id: string) {
      const [row] = await db().select().from(contentItems).where(eq(contentItems.id, id));
      const [listed] = await db()
        .select({ id: contentItems.id })
        .from(contentItems)
        .where(and(eq(contentItems.id, id), readableContent(subject)));
      const byRule = row ? canReadContent(subject, row) : false;
      expect(Boolean(listed)).toBe(byRule);
      return byRule;
    }
    const counted = async () => (await countPublicContent({ db: db(), objective: 21 })).byType.hub_practice;

    it('submitted → clarification → resubmitted → approved → promising, counted and found only once published', async () => {
      const submitter = await person();
      const editor = await person([{ role: 'network_secretariat' }]);
      const stranger = await person();
      const before = await counted();
      const practice = await submitPractice({ db: db(), subject: submitter.subject, input: practiceInput });
      expect(practice.status).toBe('submitted');
      expect(await counted()).toBe(before);
      expect(await opens(anonymousSubject, practice.id)).toBe(false);
      expect(await opens(stranger.subject, practice.id)).toBe(false);
      expect(await opens(submitter.subject, practice.id)).toBe(true);
      expect(await opens(editor.subject, practice.id)).toBe(true);
      await expect(
        getPractice({ db: db(), subject: anonymousSubject, practiceId: practice.id }),
      ).rejects.toThrow(/notFound/);

      // The editor asks for clarification (a question is required).
      const noQuestion = await refusal(() =>
        decidePractice({
          db: db(),
          subject: editor.subject,
          practiceId: practice.id,
          input: { decision: 'clarify' },
          expectedVersion: 1,
        }),
      );
      expect(noQuestion.details?.fieldErrors?.message?.[0]?.code).toBe('practiceMessageRequired');
      const asked = await decidePractice({
        db: db(),
        subject: editor.subject,
        practiceId: practice.id,
        input: { decision: 'clarify', message: 'ما عدد المستفيدين من النساء؟' },
        expectedVersion: 1,
      });
      expect(asked.status).toBe('clarification_requested');
      // Not decidable while waiting for the submitter.
      expect(
        (
          await refusal(() =>
            decidePractice({
              db: db(),
              subject: editor.subject,
              practiceId: practice.id,
              input: { decision: 'approve' },
              expectedVersion: asked.version,
            }),
          )
        ).code,
      ).toBe('practiceNotAwaitingDecision');
      const seen = await getPractice({ db: db(), subject: submitter.subject, practiceId: practice.id });
      expect(seen.editorMessage).toBe('ما عدد المستفيدين من النساء؟');
      expect(seen.can.edit).toBe(true);

      // A stale save is refused with the current row; the right version resubmits.
      const stale = await refusal(() =>
        revisePractice({
          db: db(),
          subject: submitter.subject,
          practiceId: practice.id,
          input: practiceInput,
          expectedVersion: 1,
        }),
      );
      expect([stale.code, stale.status]).toEqual(['staleVersion', 409]);
      const resubmitted = await revisePractice({
        db: db(),
        subject: submitter.subject,
        practiceId: practice.id,
        input: { ...practiceInput, results: `${practiceInput.results} منهم 1,200 امرأة.` },
        expectedVersion: asked.version,
      });
      expect(resubmitted.status).toBe('submitted');
      expect(await counted()).toBe(before);

      const approved = await decidePractice({
        db: db(),
        subject: editor.subject,
        practiceId: practice.id,
        input: { decision: 'approve' },
        expectedVersion: resubmitted.version,
      });
      expect(approved.status).toBe('approved');
      expect(approved.publishedAt).not.toBeNull();
      expect(await counted()).toBe(before + 1);
      expect(await opens(anonymousSubject, practice.id)).toBe(true);
      // A decided practice is no longer editable.
      expect(
        (
          await refusal(() =>
            revisePractice({
              db: db(),
              subject: submitter.subject,
              practiceId: practice.id,
              input: practiceInput,
              expectedVersion: approved.version,
            }),
          )
        ).code,
      ).toBe('practiceNotEditable');

      // Promising: curators only.
      expect(
        (
          await refusal(() =>
            markPromising({
              db: db(),
              subject: submitter.subject,
              practiceId: practice.id,
              input: { promising: 'true' },
              expectedVersion: approved.version,
            }),
          )
        ).code,
      ).toBe('forbidden');
      const promising = await markPromising({
        db: db(),
        subject: editor.subject,
        practiceId: practice.id,
        input: { promising: 'true' },
        expectedVersion: approved.version,
      });
      expect(promising.promising).toBe(true);
      const listed = await listPractices({
        db: db(),
        filters: { promising: true, objective: 21, q: 'نافذة' },
      });
      expect(listed.items.map((p) => p.id)).toContain(practice.id);
      expect(
        (await listPractices({ db: db(), filters: { objective: 1 } })).items.map((p) => p.id),
      ).not.toContain(practice.id);

      const actions = await db()
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.entityId, practice.id));
      expect(actions.map((a) => a.action)).toEqual([
        'hub.practice.submit',
        'hub.practice.clarify',
        'hub.practice.resubmit',
        'hub.practice.approve',
        'hub.practice.promising',
      ]);
    });

    it('declines with a reason; the declined practice stays private', async () => {
      const submitter = await person();
      const editor = await person([{ role: 'network_secretariat' }]);
      const practice = await submitPractice({ db: db(), subject: submitter.subject, input: practiceInput });
      const declined = await decidePractice({
        db: db(),
        subject: editor.subject,
        practiceId: practice.id,
        input: { decision: 'decline', message: 'لا تتعلق بالهجرة.' },
        expectedVersion: 1,
      });
      expect(declined.status).toBe('declined');
      expect(await opens(anonymousSubject, practice.id)).toBe(false);
      const seen = await getPractice({ db: db(), subject: submitter.subject, practiceId: practice.id });
      expect(seen.editorMessage).toBe('لا تتعلق بالهجرة.');
    });

    it('keeps the contact person from anonymous readers, the index and the API', async () => {
      const submitter = await person();
      const editor = await person([{ role: 'network_secretariat' }]);
      const reader = await person();
      const practice = await submitPractice({ db: db(), subject: submitter.subject, input: practiceInput });
      await decidePractice({
        db: db(),
        subject: editor.subject,
        practiceId: practice.id,
        input: { decision: 'approve' },
        expectedVersion: 1,
      });
      const anonymous = await getPractice({ db: db(), subject: anonymousSubject, practiceId: practice.id });
      expect(anonymous.contact).toBeNull();
      expect(JSON.stringify(anonymous)).not.toContain('laila.haddad@example.org');
      expect(JSON.stringify(anonymous)).not.toContain('ليلى حدّاد');
      const signedIn = await getPractice({ db: db(), subject: reader.subject, practiceId: practice.id });
      expect(signedIn.contact).toEqual({ name: 'ليلى حدّاد', email: 'laila.haddad@example.org' });
      const [indexed] = await db().select().from(contentItems).where(eq(contentItems.id, practice.id));
      expect(JSON.stringify(indexed)).not.toContain('laila.haddad');
      const listed = await listPractices({ db: db(), filters: { country: 'JOR' } });
      const api = JSON.stringify(listed.items.map(presentPracticeListItem));
      expect(api).toContain(practice.id);
      expect(api).not.toContain('laila.haddad');
      expect(api).not.toContain('contact');
    });

    it('a call takes practices until its deadline instant, reads closed after it, and the job closes it', async () => {
      const editor = await person([{ role: 'network_secretariat' }]);
      const submitter = await person();
      const createdAt = new Date('2030-06-01T00:00:00Z');
      const call = await createCall({ db: db(), subject: editor.subject, input: callInput, now: createdAt });
      // 17:00 in Amman (UTC+3) is 14:00 UTC.
      expect(call.deadlineAt.toISOString()).toBe('2030-06-30T14:00:00.000Z');
      const deadline = call.deadlineAt.getTime();
      const justBefore = new Date(deadline - 1);
      const atDeadline = new Date(deadline);

      const inTime = await submitPractice({
        db: db(),
        subject: submitter.subject,
        input: { ...practiceInput, callId: call.id },
        now: justBefore,
      });
      expect(inTime.callId).toBe(call.id);
      // At the deadline the row still says open (the job has not run) but nothing more is accepted.
      const late = await refusal(() =>
        submitPractice({
          db: db(),
          subject: submitter.subject,
          input: { ...practiceInput, callId: call.id },
          now: atDeadline,
        }),
      );
      expect(late.code).toBe('practiceCallClosed');
      expect(late.details?.fieldErrors?.callId?.[0]?.code).toBe('practiceCallClosed');
      const [row] = await db().select().from(hubPracticeCalls).where(eq(hubPracticeCalls.id, call.id));
      expect(row!.status).toBe('open');
      expect(
        (await getCall({ db: db(), subject: anonymousSubject, callId: call.id, now: atDeadline })).call
          .status,
      ).toBe('closed');
      expect((await listOpenCalls({ db: db(), now: justBefore })).map((c) => c.id)).toContain(call.id);
      expect((await listOpenCalls({ db: db(), now: atDeadline })).map((c) => c.id)).not.toContain(call.id);
      // The contact of a call is for signed-in readers.
      expect(
        (await getCall({ db: db(), subject: anonymousSubject, callId: call.id, now: justBefore })).call
          .contact,
      ).toBe(null);

      // The job: nothing to close before the deadline, closes at it, and a second run changes nothing.
      expect(await closeDueCalls({ db: db(), now: justBefore })).not.toContain(call.id);
      expect(await closeDueCalls({ db: db(), now: atDeadline })).toContain(call.id);
      expect(await closeDueCalls({ db: db(), now: atDeadline })).not.toContain(call.id);
      const [closed] = await db().select().from(hubPracticeCalls).where(eq(hubPracticeCalls.id, call.id));
      expect(closed!.status).toBe('closed');
      const [indexed] = await db().select().from(contentItems).where(eq(contentItems.id, call.id));
      expect(indexed!.status).toBe('closed');
      // The job kind is registered and scheduled.
      expect(jobHandlers[closeCallsKind]).toBeTypeOf('function');
      expect(jobSchedules.some((s) => s.kind === closeCallsKind)).toBe(true);
      expect(await db().select().from(jobs).where(eq(jobs.kind, closeCallsKind))).toEqual([]);
    });

    it('only editors open calls; an open call needs a future deadline; a stale edit is refused', async () => {
      const editor = await person([{ role: 'network_secretariat' }]);
      const user = await person();
      const now = new Date('2030-06-01T00:00:00Z');
      expect(
        (await refusal(() => createCall({ db: db(), subject: user.subject, input: callInput, now }))).code,
      ).toBe('forbidden');
      const past = await refusal(() =>
        createCall({
          db: db(),
          subject: editor.subject,
          input: { ...callInput, deadlineDate: '2030-05-01' },
          now,
        }),
      );
      expect(past.details?.fieldErrors?.deadlineDate?.[0]?.code).toBe('callDeadlinePast');
      const call = await createCall({ db: db(), subject: editor.subject, input: callInput, now });
      const closedEarly = await updateCall({
        db: db(),
        subject: editor.subject,
        callId: call.id,
        input: { ...callInput, status: 'closed' },
        expectedVersion: 1,
        now,
      });
      expect(closedEarly.status).toBe('closed');
      const stale = await refusal(() =>
        updateCall({
          db: db(),
          subject: editor.subject,
          callId: call.id,
          input: callInput,
          expectedVersion: 1,
          now,
        }),
      );
      expect(stale.code).toBe('staleVersion');
      const refused = await refusal(() =>
        submitPractice({
          db: db(),
          subject: user.subject,
          input: { ...practiceInput, callId: call.id },
          now,
        }),
      );
      expect(refused.code).toBe('practiceCallClosed');
      expect(await db().select().from(hubPractices).where(eq(hubPractices.callId, call.id))).toEqual([]);
    });
  });
}
