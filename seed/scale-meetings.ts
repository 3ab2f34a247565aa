import { sql } from 'drizzle-orm';
import { countRows, paragraphSql, pickSql, type ScaleStep } from './scale-step';

/**
 * Meetings of the review system over the regions that run reviews, one every few days since 2020,
 * published (one in twenty cancelled), each in its region's time zone; then three agenda sessions a
 * meeting, tagged with the objectives they discuss (the radar counts sessions). `npm run
 * bench:meetings` writes its calendar with the meetings step.
 */

const subjectsAr = [
  'العمل اللائق والاستقدام العادل',
  'بيانات الهجرة',
  'حماية المهاجرين في أوضاع الهشاشة',
  'التحويلات المالية',
  'الهجرة وتغير المناخ',
  'العودة وإعادة الإدماج',
] as const;
const subjectsEn = [
  'decent work and fair recruitment',
  'migration data',
  'protecting migrants in vulnerable situations',
  'remittances',
  'migration and climate change',
  'return and reintegration',
] as const;
const summaryAr = [
  'يجمع الاجتماع ممثلي الحكومات ومنظمات المجتمع المدني ووكالات الأمم المتحدة لتبادل الخبرات.',
  'ويناقش المشاركون التقدم المحرز في تنفيذ الاتفاق العالمي والتحديات القائمة.',
  'وتُعرض خلاله ممارسات واعدة وتوصيات تُرفع إلى الاستعراض الإقليمي.',
  'ويُتاح فيه الترجمة الفورية بالعربية والإنجليزية.',
] as const;
const summaryEn = [
  'The meeting brings together governments, civil society organisations and United Nations agencies to share experience.',
  'Participants discuss progress in implementing the Global Compact and the challenges that remain.',
  'Promising practices and recommendations for the regional review are presented.',
  'Simultaneous interpretation into Arabic and English is provided.',
] as const;

export const meetingsStep: ScaleStep = {
  name: 'meetings',
  async run(db, sizes) {
    const seed = sql`'scale-meeting' || g`;
    await db.execute(sql`
      insert into meetings (id, kind, title, summary, original_language, starts_on, ends_on, time_zone, status,
          published_at, region_id, languages, venue, is_sample)
        select md5('scale-meeting' || g)::uuid,
          (array['consultation','dialogue','workshop','review-conference','mechanism-meeting'])[1 + g % 5],
          jsonb_build_object('ar', 'اجتماع إقليمي حول ' || ${pickSql(subjectsAr, sql`g::text`)} || ' (' || g || ')',
                             'en', 'Regional meeting on ' || ${pickSql(subjectsEn, sql`g::text`)} || ' (' || g || ')'),
          jsonb_build_object('ar', ${paragraphSql(summaryAr, seed, 3)}, 'en', ${paragraphSql(summaryEn, seed, 3)}),
          case when r.i in (4, 5) then 'ar' else 'en' end,
          date '2020-01-01' + g * 1, date '2020-01-01' + g * 1 + (g % 3),
          (array['Africa/Addis_Ababa','Europe/Geneva','America/Santiago','Asia/Bangkok','Asia/Beirut','Africa/Cairo'])[1 + r.i],
          case when g % 20 = 0 then 'cancelled' else 'published' end, timestamptz '2019-12-01' + g * interval '1 day',
          (array['ECA','ECE','ECLAC','ESCAP','ESCWA','LAS'])[1 + r.i], array['ar','en'],
          (array['Addis Ababa','Geneva','Santiago','Bangkok','Beirut','Cairo'])[1 + r.i], true
        from generate_series(1, ${sizes.meetings}) g, lateral (select g % 6 as i) r`);
    return countRows(
      db,
      sql`select count(*)::int as n from meetings where id in (select md5('scale-meeting' || g)::uuid from generate_series(1, ${sizes.meetings}) g)`,
    );
  },
};

export const meetingSessionsStep: ScaleStep = {
  name: 'meeting sessions',
  async run(db, sizes) {
    const meeting = sql`md5('scale-meeting' || g)::uuid`;
    const session = sql`md5('scale-session' || g || '/' || k)::uuid`;
    await db.execute(sql`
      insert into meeting_sessions (id, meeting_id, kind, title, starts_at, ends_at, room)
        select ${session}, ${meeting}, (array['plenary','panel','round-table'])[k],
          jsonb_build_object('ar', (array['الجلسة الافتتاحية','حلقة نقاش','مائدة مستديرة'])[k], 'en', (array['Opening session','Panel','Round table'])[k]),
          (date '2020-01-01' + g * 1)::timestamp at time zone 'UTC' + interval '7 hours' + k * interval '2 hours',
          (date '2020-01-01' + g * 1)::timestamp at time zone 'UTC' + interval '8 hours 30 minutes' + k * interval '2 hours',
          'Room ' || k
        from generate_series(1, ${sizes.meetings}) g, generate_series(1, 3) k`);
    await db.execute(sql`
      insert into objective_tags (entity_type, entity_id, objective)
        select 'meeting_session', ${session}::text, 1 + abs(hashtext(g || '/' || k)) % 23
        from generate_series(1, ${sizes.meetings}) g, generate_series(1, 3) k`);
    return countRows(
      db,
      sql`select count(*)::int as n from meeting_sessions where meeting_id in (select md5('scale-meeting' || g)::uuid from generate_series(1, ${sizes.meetings}) g)`,
    );
  },
};
