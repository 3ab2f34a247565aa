import { beforeAll, describe, expect, it } from 'vitest';
import { createCyclePeople } from '~/modules/reviews/cycles/test-fixtures';
import {
  createPublishedMeeting,
  cycleWithPublishedDocuments,
} from '~/modules/reviews/forwarding/test-fixtures';
import { formField, request, signIn } from './http';
import { useTestPlatform } from './platform';

type Json = { data: Record<string, unknown> };

/** Issue 11: the regional secretariat forwards the published synthesis and outcome to the IMRF. */
describe('forwarding to the IMRF through the pages and the API', () => {
  const platform = useTestPlatform();
  const ids: Record<string, string> = {};
  let people: Awaited<ReturnType<typeof createCyclePeople>>;

  beforeAll(async () => {
    const db = platform().database.db;
    people = await createCyclePeople(db);
    ids.cycle = (await cycleWithPublishedDocuments(db, people.las.subject, { outcome: false })).id;
    ids.imrf = (await createPublishedMeeting(db, people.admin.subject)).id;
    ids.conference = (await createPublishedMeeting(db, people.admin.subject, 'review-conference')).id;
  });

  it('refuses a meeting that is not the IMRF beside its field, keeping what was typed', async () => {
    const session = await signIn(people.las.user.id);
    const page = await request(`/ar/reviews/cycles/${ids.cycle}`, { session });
    const html = await page.text();
    expect(html).toContain('value="forward"');
    expect(formField(html, 'meetingId').input).toContain('name="meetingId"');
    const refused = await request(`/ar/reviews/cycles/${ids.cycle}`, {
      session,
      form: {
        intent: 'forward',
        documents: 'synthesis',
        meetingId: ids.conference!,
        forwardedOn: '2026-03-03',
        'note.ar': 'مع تحيات الأمانة',
      },
    });
    expect(refused.status).toBe(422);
    const body = await refused.text();
    expect(formField(body, 'meetingId').error).toContain('ليس المنتدى الدولي لاستعراض الهجرة');
    expect(body).toContain('مع تحيات الأمانة');
  });

  it('records the forwarding; the cycle page and the IMRF meeting page show it in Arabic', async () => {
    const session = await signIn(people.las.user.id);
    const sent = await request(`/ar/reviews/cycles/${ids.cycle}`, {
      session,
      form: {
        intent: 'forward',
        documents: 'synthesis',
        meetingId: ids.imrf!,
        forwardedOn: '٢٠٢٦-٠٣-٠٣',
        'note.ar': 'مع تحيات الأمانة',
      },
    });
    expect(sent.status).toBe(302);
    expect(sent.headers.get('location')).toBe(`/ar/reviews/cycles/${ids.cycle}?notice=forwarded#imrf-title`);

    const cycle = await (await request(`/ar/reviews/cycles/${ids.cycle}`)).text();
    expect(cycle).toContain('id="imrf-title"');
    expect(cycle).toContain('المنتدى الدولي لاستعراض الهجرة ٢٠٢٦');
    expect(cycle).toContain('التقرير التجميعي');
    expect(cycle).toContain('٣ مارس ٢٠٢٦');
    expect(cycle).not.toContain('value="withdrawForwarding"');

    const meeting = await (await request(`/ar/meetings/${ids.imrf}`)).text();
    expect(meeting).toContain('id="regional-inputs-title"');
    expect(meeting).toContain('الاستعراض الإقليمي العربي');
    expect(meeting).toContain(`/ar/reviews/cycles/${ids.cycle}/synthesis`);
    expect(meeting).toContain('٣ مارس ٢٠٢٦');
    const conference = await (await request(`/ar/meetings/${ids.conference}`)).text();
    expect(conference).not.toContain('id="regional-inputs-title"');

    // The same version to the same forum again is refused beside the documents.
    const again = await request(`/en/reviews/cycles/${ids.cycle}`, {
      session,
      form: { intent: 'forward', documents: 'synthesis', meetingId: ids.imrf!, forwardedOn: '2026-03-04' },
    });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('was already forwarded to this forum');
  });

  it('refuses a stranger’s and another secretariat’s post', async () => {
    const form = {
      intent: 'forward',
      documents: 'synthesis',
      forumName: 'IMRF 2026',
      forwardedOn: '2026-03-03',
    };
    const anonymous = await request(`/en/reviews/cycles/${ids.cycle}`, { form });
    expect([302, 303, 401, 403]).toContain(anonymous.status);
    for (const who of ['plain', 'escwa'] as const) {
      const res = await request(`/en/reviews/cycles/${ids.cycle}`, {
        session: await signIn(people[who].user.id),
        form,
      });
      expect([who, res.status]).toEqual([who, 403]);
    }
  });

  it('the API carries it on the cycle and on the IMRF meeting', async () => {
    const cycle = (await (await request(`/api/v1/review-cycles/${ids.cycle}`)).json()) as Json;
    expect(cycle.data.forwardedToImrf).toEqual([
      expect.objectContaining({
        document: 'synthesis',
        version: 1,
        forwardedOn: '2026-03-03',
        forum: expect.objectContaining({ meetingId: ids.imrf, name: null }),
        note: { ar: 'مع تحيات الأمانة', en: null },
      }),
    ]);
    const meeting = (await (await request(`/api/v1/meetings/${ids.imrf}`)).json()) as Json;
    expect(meeting.data.regionalInputs).toEqual([
      expect.objectContaining({
        cycle: expect.objectContaining({ id: ids.cycle, region: expect.objectContaining({ id: 'LAS' }) }),
        document: 'synthesis',
        version: 1,
        forwardedOn: '2026-03-03',
      }),
    ]);
    const conference = (await (await request(`/api/v1/meetings/${ids.conference}`)).json()) as Json;
    expect(conference.data.regionalInputs).toBeNull();
  });
});
