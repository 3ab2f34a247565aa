import { createReview, createReviewCycle } from '#seed/review-factories';
import { createMeeting } from '~/modules/meetings/create-meeting.server';
import { setMeetingStatus } from '~/modules/meetings/set-meeting-status.server';
import { meetingInput } from '~/modules/meetings/test-fixtures';
import type { Subject } from '~/permissions/resolver';
import type { DbOrTx } from '~/platform/db.server';
import { publishOutcome } from '../outcome/publish-outcome.server';
import { saveOutcome } from '../outcome/save-outcome.server';
import { publishSynthesis } from '../synthesis/publish-synthesis.server';

/**
 * Test-only: an open LAS cycle with Jordan's review published, its synthesis report published
 * (version 1) and, unless `outcome` is false, its outcome document published (version 1).
 */
export async function cycleWithPublishedDocuments(
  db: DbOrTx,
  secretariat: Subject,
  options: { synthesis?: boolean; outcome?: boolean } = {},
) {
  const cycle = await createReviewCycle(db);
  await createReview(db, {
    cycleId: cycle.id,
    countryIso3: 'JOR',
    status: 'published',
    sections: [
      { key: 'objective-1', objectiveStatus: 'in_progress', measures: { ar: 'قاعدة بيانات وطنية.' } },
    ],
  });
  if (options.synthesis !== false) {
    await publishSynthesis({ db, subject: secretariat, cycleId: cycle.id, expectedVersion: 0 });
  }
  if (options.outcome !== false) {
    const saved = await saveOutcome({
      db,
      subject: secretariat,
      cycleId: cycle.id,
      expectedVersion: 0,
      input: { title: { ar: 'الرسائل الرئيسية' }, body: { ar: 'الرسالة الأولى.' } },
    });
    await publishOutcome({ db, subject: secretariat, cycleId: cycle.id, expectedVersion: saved.version });
  }
  return cycle;
}

/** Test-only: a published meeting of this kind (default the IMRF), global, organised by `organiser`. */
export async function createPublishedMeeting(
  db: DbOrTx,
  organiser: Subject,
  kind: 'imrf' | 'review-conference' = 'imrf',
) {
  const meeting = await createMeeting({
    db,
    subject: organiser,
    input: meetingInput({
      kind,
      regionId: '',
      'title.ar': kind === 'imrf' ? 'المنتدى الدولي لاستعراض الهجرة ٢٠٢٦' : 'مؤتمر الاستعراض الإقليمي',
      'title.en':
        kind === 'imrf' ? 'International Migration Review Forum 2026' : 'Regional review conference',
      startsOn: '2026-05-05',
      endsOn: '2026-05-08',
    }),
  });
  return setMeetingStatus({
    db,
    subject: organiser,
    meetingId: meeting.id,
    expectedVersion: meeting.version,
    status: 'published',
  });
}
