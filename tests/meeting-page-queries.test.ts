import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '#seed/factories';
import { observeQueries } from '~/platform/db.server';
import { request, signIn } from './http';
import { testStores, useTestPlatform } from './platform';

const meetingId = '00000000-0000-4000-8000-0000000a9e11';
const session = (n: number) => `md5('page-session-${n}')::uuid`;

/** An IMRF with an agenda, speakers, statements, a note, a scheduled side event and open registration. */
const seed = `
  insert into meetings (id, kind, title, starts_on, ends_on, time_zone, status, published_at, region_id, languages, venue)
    values ('${meetingId}', 'imrf', '{"ar":"منتدى الصفحة","en":"Page forum"}', '2026-05-04', '2026-05-06',
      'America/New_York', 'published', now(), 'LAS', array['ar','en'], 'New York');
  insert into meeting_sessions (id, meeting_id, kind, title, starts_at, ends_at, room)
    select md5('page-session-' || g)::uuid, '${meetingId}', (array['round-table','plenary','general-debate','side-event'])[1 + g % 4],
      jsonb_build_object('ar', 'جلسة الصفحة ' || g, 'en', 'Page session ' || g),
      timestamptz '2026-05-04 13:00Z' + (g % 3) * interval '1 day' + (g / 3) * interval '1 hour',
      timestamptz '2026-05-04 13:45Z' + (g % 3) * interval '1 day' + (g / 3) * interval '1 hour', 'Room ' || (g % 2)
    from generate_series(0, 11) g;
  insert into objective_tags (entity_type, entity_id, objective)
    select 'meeting_session', md5('page-session-' || g)::uuid::text, 1 + g % 23 from generate_series(0, 11) g;
  insert into meeting_speakers (session_id, meeting_id, name, name_key, affiliation, role, status, gender, country_iso3, sector)
    select md5('page-session-' || (g % 12))::uuid, '${meetingId}', 'Page speaker ' || g, 'page speaker ' || g, 'Org ' || g,
      'speaker', 'accepted', (array['woman','man'])[1 + g % 2], (array['EGY','JOR','MAR'])[1 + g % 3], 'government'
    from generate_series(1, 30) g;
  insert into meeting_statements (id, meeting_id, session_id, speaker_kind, country_iso3, language, delivered_on, title, body)
    select md5('page-statement-' || g)::uuid, '${meetingId}', ${session(2)}, 'state', 'JOR', 'ar', date '2026-05-05',
      jsonb_build_object('ar', 'بيان الصفحة ' || g, 'en', 'Page statement ' || g), '{"ar":"نص"}'
    from generate_series(1, 20) g;
  insert into objective_tags (entity_type, entity_id, objective) values ('meeting_statement', md5('page-statement-1')::uuid::text, 7);
  insert into meeting_background_notes (meeting_id, session_id, title, url)
    values ('${meetingId}', ${session(0)}, '{"ar":"مذكرة خلفية للصفحة","en":"Page note"}', 'https://example.org/note');
  insert into meeting_side_events (meeting_id, status, title, proposing_organisation, description, format, preferred_day, session_id)
    values ('${meetingId}', 'accepted', '{"ar":"فعالية جانبية للصفحة","en":"Page side event"}', 'Org', 'About it', 'in-person', '2026-05-05', ${session(3)});
  insert into meeting_registration_settings (meeting_id, open, capacity) values ('${meetingId}', true, 100)
`;

/**
 * The meeting page reads everything it shows in one query (meeting-page.server.ts): PGlite runs
 * queries one at a time on the main thread and each costs about a millisecond however small, so a
 * new section of the page belongs in that query, not in a read of its own. Counted with the
 * platform's query observer; the page must still show every section.
 */
for (const store of testStores) {
  describe(`meeting page queries (${store})`, () => {
    const platform = useTestPlatform(store, { checkContentIndex: false });
    let organiser: string;

    beforeAll(async () => {
      const { db } = platform().database;
      for (const statement of seed.split(/;\s*\n/)) await db.execute(sql.raw(statement));
      const las = await createUser(db, { roles: [{ role: 'regional_secretariat', scopeId: 'LAS' }] });
      organiser = await signIn(las.id);
    });

    const queriesOf = async (session?: string) => {
      await request(`/en/meetings/${meetingId}?warm`, { session }); // fills the reference cache
      const seen: string[] = [];
      observeQueries((_ms, text) => seen.push(text));
      try {
        const res = await request(`/en/meetings/${meetingId}`, { session });
        expect(res.status).toBe(200);
        return { html: await res.text(), meetingReads: seen.filter((q) => /meeting/.test(q)), all: seen };
      } finally {
        observeQueries(undefined);
      }
    };

    it('reads the whole page in one query, for a reader and for the organisers', async () => {
      const reader = await queriesOf();
      expect(reader.all).toHaveLength(1);
      for (const shown of [
        'Page session 11',
        'Page speaker 30',
        'Page statement 20',
        'Page note',
        'Page side event',
      ])
        expect(reader.html).toContain(shown);

      const organisers = await queriesOf(organiser);
      expect(organisers.meetingReads).toHaveLength(1);
      expect(organisers.html).toContain('Page speaker 30');
    });
  });
}
