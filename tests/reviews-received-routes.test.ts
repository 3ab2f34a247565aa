import { describe, expect, it } from 'vitest';
import { createReviewCycle } from '#seed/review-factories';
import { createCyclePeople } from '~/modules/reviews/cycles/test-fixtures';
import { registerReceivedReview } from '~/modules/reviews/outreach/register-received-review.server';
import { moderateReview } from '~/modules/reviews/workflow/moderate-review.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { parseUpload } from '~/platform/uploads/parse-upload.server';
import { minimalPdf, multipartRequest } from '~/platform/uploads/test-files';
import { escapeHtml as html, request } from './http';
import { useTestPlatform } from './platform';

const ar = serverI18n('ar');

describe('a review received by the secretariat, as the public sees it', () => {
  const platform = useTestPlatform();

  it('is marked on its page, in the list and in the API once published', async () => {
    const db = platform().database.db;
    const people = await createCyclePeople(db);
    const cycle = await createReviewCycle(db, { states: ['JOR'] });
    const { file } = await parseUpload(
      multipartRequest({}, { file: { bytes: minimalPdf(), name: 'jordan.pdf' } }),
      { field: 'file', maxBytes: 1024 * 1024, allowed: ['pdf', 'docx'] },
    );
    const review = await registerReceivedReview({
      subject: people.las.subject,
      cycleId: cycle.id,
      input: { countryIso3: 'JOR', receivedOn: '2026-05-08', originalLanguage: 'ar', objectives: ['7'] },
      upload: file,
      now: new Date('2026-05-10T10:00:00Z'),
    });
    const marker = (date: string) => html(ar.t('reviews-outreach.received.marker', { date }));

    // Not public before it is published.
    expect((await request(`/ar/reviews/${review.id}`)).status).toBe(404);
    const api = async () =>
      (
        (await (await request(`/api/v1/reviews?cycle=${cycle.id}`)).json()) as {
          data: Record<string, unknown>[];
        }
      ).data;
    expect(await api()).toEqual([]);

    await moderateReview({
      subject: people.las.subject,
      reviewId: review.id,
      action: 'publish',
      baseUrl: 'https://marsad.example.org',
    });
    const page = await (await request(`/ar/reviews/${review.id}`)).text();
    expect(page).toContain(
      html(
        ar.t('reviews-outreach.received.publicMarker', {
          date: ar.date('2026-05-08', { dateStyle: 'long', timeZone: 'UTC' }),
        }),
      ),
    );
    const list = await (await request(`/ar/reviews?cycle=${cycle.id}`)).text();
    expect(list).toContain(marker(ar.date('2026-05-08', { dateStyle: 'medium', timeZone: 'UTC' })));
    expect(await api()).toMatchObject([{ id: review.id, receivedBySecretariatOn: '2026-05-08' }]);
  });
});
