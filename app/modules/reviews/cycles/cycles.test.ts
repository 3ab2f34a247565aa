import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '#db/schema/accounts';
import { reviewMilestones } from '#db/schema/reviews';
import { createReview, createReviewCycle, createReviewTemplate } from '#seed/review-factories';
import { AppError } from '~/platform/errors';
import { testStores, useTestPlatform } from '../../../../tests/platform';
import { standardTemplateSections } from '../standard-template';
import { createCycle } from './create-cycle.server';
import { cycleFormOptions } from './cycle-form-options.server';
import { cycleIssues, daysUntil } from './cycle-rules';
import { getCycle } from './get-cycle.server';
import { setCycleStatus } from './set-cycle-status.server';
import { createCyclePeople } from './test-fixtures';
import { updateCycle } from './update-cycle.server';

const now = new Date('2026-03-10T09:00:00Z');

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
const issuesOf = (error: AppError) =>
  Object.entries(error.details?.fieldErrors ?? {}).flatMap(([path, errors]) =>
    errors.map((e) => `${path}:${e.code}`),
  );

describe('cycle rules', () => {
  const base = {
    now,
    submissionDeadline: '2026-06-30',
    states: ['JOR'],
    regionMembers: new Set(['JOR', 'EGY']),
    template: { status: 'published', objectiveSections: 23 },
    milestones: [{ startsOn: '2026-04-01', endsOn: '2026-04-02' }],
  };

  it('accepts a sound cycle and counts days in whole UTC days', () => {
    expect(cycleIssues(base)).toEqual([]);
    expect(cycleIssues({ ...base, submissionDeadline: '2026-03-10' })).toEqual([]);
    expect(daysUntil('2026-03-24', now)).toBe(14);
    expect(daysUntil('2026-03-09', now)).toBe(-1);
  });

  it('gives every reason at once', () => {
    const issues = cycleIssues({
      ...base,
      submissionDeadline: '2026-03-09',
      states: [],
      template: { status: 'draft', objectiveSections: 23 },
      milestones: [{ startsOn: '2026-04-02', endsOn: '2026-04-01' }],
    });
    expect(issues.map((i) => `${i.field}:${i.code}`)).toEqual([
      'submissionDeadline:cycleDeadlinePast',
      'states:cycleStatesRequired',
      'templateId:cycleTemplateNotPublished',
      'milestones[0].endsOn:datesOutOfOrder',
    ]);
    expect(
      cycleIssues({
        ...base,
        states: ['JOR', 'FRA', 'DEU'],
        template: { status: 'published', objectiveSections: 0 },
      }),
    ).toEqual([
      { field: 'states', code: 'cycleStatesOutsideRegion', params: { states: 'FRA, DEU', count: 2 } },
      { field: 'templateId', code: 'cycleTemplateWithoutObjectives' },
    ]);
  });

  it('lets an edit keep a deadline that has passed, not set one', () => {
    const old = { ...base, submissionDeadline: '2021-01-31' };
    expect(cycleIssues({ ...old, previousDeadline: '2021-01-31' })).toEqual([]);
    expect(cycleIssues({ ...old, previousDeadline: '2026-06-30' })[0]!.code).toBe('cycleDeadlinePast');
  });
});

for (const store of testStores) {
  describe(`review cycles (${store})`, () => {
    const platform = useTestPlatform(store);
    let people: Awaited<ReturnType<typeof createCyclePeople>>;
    let templateId: string;

    const input = (overrides: Record<string, unknown> = {}) => ({
      regionId: 'LAS',
      title: { ar: 'الاستعراض الإقليمي العربي الثالث', en: 'Third Arab regional review' },
      partners: { ar: 'جامعة الدول العربية، الإسكوا، المنظمة الدولية للهجرة', en: 'LAS, ESCWA, IOM' },
      templateId,
      submissionDeadline: '2026-09-30',
      states: ['JOR', 'EGY', 'MAR'],
      milestones: [
        {
          kind: 'workshop',
          title: { ar: 'ورشة جهات الاتصال', en: 'Focal point workshop' },
          startsOn: '2026-05-04',
          endsOn: '2026-05-05',
          location: { en: 'Online' },
        },
      ],
      ...overrides,
    });

    beforeAll(async () => {
      const db = platform().database.db;
      people = await createCyclePeople(db);
      templateId = (await createReviewTemplate(db)).id;
    });

    it('lets the LAS secretariat open a draft cycle for its region, audited', async () => {
      const db = platform().database.db;
      const cycle = await createCycle({ subject: people.las.subject, input: input(), now });
      expect(cycle).toMatchObject({
        regionId: 'LAS',
        status: 'draft',
        templateId,
        submissionDeadline: '2026-09-30',
      });
      const detail = await getCycle({ subject: people.las.subject, cycleId: cycle.id });
      expect(detail.states.map((s) => s.iso3)).toEqual(['EGY', 'JOR', 'MAR']);
      expect(detail.milestones).toHaveLength(1);
      expect(detail.milestones[0]).toMatchObject({ kind: 'workshop', startsOn: '2026-05-04', position: 0 });
      expect(detail.canManage).toBe(true);
      const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, cycle.id));
      expect(audit.map((a) => a.action)).toEqual(['review_cycle.create']);
    });

    it('refuses anonymous visitors, focal points, the Network and other regions; admins open any', async () => {
      for (const who of ['anonymous', 'focalJor', 'network', 'plain', 'escwa'] as const) {
        const error = await refusal(createCycle({ subject: people[who].subject, input: input(), now }));
        expect([who, error.code]).toEqual([who, 'forbidden']);
      }
      const escwaCycle = await createCycle({
        subject: people.escwa.subject,
        input: input({ regionId: 'ESCWA', states: ['JOR'] }),
        now,
      });
      expect(escwaCycle.regionId).toBe('ESCWA');
      const adminCycle = await createCycle({ subject: people.admin.subject, input: input(), now });
      expect(adminCycle.regionId).toBe('LAS');
    });

    it('refuses a cycle with every reason: past deadline, no states, unpublished template, dates out of order', async () => {
      const db = platform().database.db;
      const draftTemplate = await createReviewTemplate(db, { status: 'draft', publishedAt: null });
      const error = await refusal(
        createCycle({
          subject: people.las.subject,
          now,
          input: input({
            submissionDeadline: '2026-03-09',
            states: [],
            templateId: draftTemplate.id,
            milestones: [
              {
                kind: 'consultation',
                title: { en: 'Dialogue' },
                startsOn: '2026-05-02',
                endsOn: '2026-05-01',
              },
            ],
          }),
        }),
      );
      expect(error).toMatchObject({ code: 'cycleDeadlinePast', status: 422 });
      expect(issuesOf(error)).toEqual([
        'submissionDeadline:cycleDeadlinePast',
        'states:cycleStatesRequired',
        'templateId:cycleTemplateNotPublished',
        'milestones[0].endsOn:datesOutOfOrder',
      ]);
    });

    it('refuses states outside the region and a template without objective sections', async () => {
      const db = platform().database.db;
      const noObjectives = await createReviewTemplate(db, {
        sections: standardTemplateSections().filter((s) => s.kind !== 'objective'),
      });
      const error = await refusal(
        createCycle({
          subject: people.las.subject,
          now,
          input: input({ states: ['JOR', 'FRA'], templateId: noObjectives.id }),
        }),
      );
      expect(issuesOf(error)).toEqual([
        'states:cycleStatesOutsideRegion',
        'templateId:cycleTemplateWithoutObjectives',
      ]);
      expect(error.params).toMatchObject({ states: 'FRA' });
    });

    it('hides draft cycles from everyone but their secretariat; open cycles are public', async () => {
      const cycle = await createCycle({ subject: people.las.subject, input: input(), now });
      for (const who of ['anonymous', 'focalJor', 'escwa', 'plain', 'network'] as const) {
        const error = await refusal(getCycle({ subject: people[who].subject, cycleId: cycle.id }));
        expect([who, error.code]).toEqual([who, 'notFound']);
      }
      expect((await getCycle({ subject: people.admin.subject, cycleId: cycle.id })).cycle.id).toBe(cycle.id);
      const opened = await setCycleStatus({
        subject: people.las.subject,
        cycleId: cycle.id,
        action: 'open',
        expectedVersion: cycle.version,
        now,
      });
      expect(opened).toMatchObject({ status: 'open' });
      const seen = await getCycle({ subject: people.anonymous.subject, cycleId: cycle.id });
      expect(seen.canManage).toBe(false);
      expect(seen.canTrack).toBe(false);
      expect((await getCycle({ subject: people.network.subject, cycleId: cycle.id })).canTrack).toBe(true);
    });

    it('moves draft → open → closed, refuses other steps, and re-checks the deadline on opening', async () => {
      const subject = people.las.subject;
      const cycle = await createCycle({ subject, input: input(), now });
      const notYet = await refusal(
        setCycleStatus({ subject, cycleId: cycle.id, action: 'close', expectedVersion: cycle.version, now }),
      );
      expect(notYet).toMatchObject({ code: 'cycleTransitionNotAllowed', status: 409 });
      const forbidden = await refusal(
        setCycleStatus({
          subject: people.escwa.subject,
          cycleId: cycle.id,
          action: 'open',
          expectedVersion: 1,
          now,
        }),
      );
      expect(forbidden.code).toBe('notFound');
      const opened = await setCycleStatus({
        subject,
        cycleId: cycle.id,
        action: 'open',
        expectedVersion: 1,
        now,
      });
      const closed = await setCycleStatus({
        subject,
        cycleId: cycle.id,
        action: 'close',
        expectedVersion: opened.version,
        now,
      });
      expect(closed.status).toBe('closed');
      expect(closed.closedAt).toEqual(now);
      // Reopening after the deadline needs a new deadline first.
      const later = new Date('2026-10-15T00:00:00Z');
      const reopen = await refusal(
        setCycleStatus({
          subject,
          cycleId: cycle.id,
          action: 'open',
          expectedVersion: closed.version,
          now: later,
        }),
      );
      expect(reopen.code).toBe('cycleDeadlinePast');
      const stale = await refusal(
        setCycleStatus({ subject, cycleId: cycle.id, action: 'open', expectedVersion: opened.version, now }),
      );
      expect(stale.code).toBe('staleVersion');
    });

    it('saves edits with consultation summaries; keeps states with reviews and their template; refuses stale saves', async () => {
      const db = platform().database.db;
      const subject = people.las.subject;
      const cycle = await createCycle({ subject, input: input(), now });
      await createReview(db, { cycleId: cycle.id, countryIso3: 'JOR', status: 'drafting' });
      const otherTemplate = await createReviewTemplate(db);
      const summary = {
        ar: 'ناقش المشاركون أولويات الهجرة في المنطقة.',
        en: 'Participants discussed priorities.',
      };
      const milestones = [{ ...input().milestones[0], summary }];

      const error = await refusal(
        updateCycle({
          subject,
          cycleId: cycle.id,
          expectedVersion: 1,
          now,
          input: input({ regionId: 'ESCWA', states: ['EGY'], templateId: otherTemplate.id, milestones }),
        }),
      );
      expect(issuesOf(error)).toEqual([
        'regionId:cycleRegionFixed',
        'templateId:cycleTemplateLocked',
        'states:cycleStateHasReview',
      ]);

      const saved = await updateCycle({
        subject,
        cycleId: cycle.id,
        expectedVersion: 1,
        now,
        input: input({ states: ['JOR', 'EGY'], milestones }),
      });
      expect(saved.version).toBe(2);
      const [m] = await db.select().from(reviewMilestones).where(eq(reviewMilestones.cycleId, cycle.id));
      expect(m!.summary).toEqual(summary);

      const stale = await refusal(
        updateCycle({ subject, cycleId: cycle.id, expectedVersion: 1, now, input: input() }),
      );
      expect(stale.code).toBe('staleVersion');
      expect(
        (
          await refusal(
            updateCycle({
              subject: people.focalJor.subject,
              cycleId: cycle.id,
              expectedVersion: 2,
              now,
              input: input(),
            }),
          )
        ).code,
      ).toBe('notFound');
    });

    it('keeps the deadline of a past cycle when its summaries are written later', async () => {
      const db = platform().database.db;
      const old = await createReviewCycle(db, {
        templateId,
        submissionDeadline: '2021-01-31',
        states: ['JOR'],
      });
      const saved = await updateCycle({
        subject: people.las.subject,
        cycleId: old.id,
        expectedVersion: old.version,
        now,
        input: input({ submissionDeadline: '2021-01-31', states: ['JOR'] }),
      });
      expect(saved.submissionDeadline).toBe('2021-01-31');
    });

    it('offers the secretariat its own region with its member states, admins every grouping', async () => {
      const mine = await cycleFormOptions({ subject: people.las.subject, regionId: null });
      expect(mine.regions.map((r) => r.id)).toEqual(['LAS']);
      expect(mine.regionId).toBe('LAS');
      expect(mine.states).toHaveLength(22);
      expect(mine.templates.map((t) => t.id)).toContain(templateId);
      const admin = await cycleFormOptions({ subject: people.admin.subject, regionId: 'ESCWA' });
      expect(admin.regions.map((r) => r.id)).toEqual(expect.arrayContaining(['LAS', 'ESCWA', 'ARCP']));
      expect(admin.regionId).toBe('ESCWA');
      // Someone else's region in the query string is ignored.
      expect((await cycleFormOptions({ subject: people.las.subject, regionId: 'ESCWA' })).regionId).toBe(
        'LAS',
      );
      expect((await cycleFormOptions({ subject: people.focalJor.subject, regionId: null })).regions).toEqual(
        [],
      );
    });
  });
}
