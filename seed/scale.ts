import { sql } from 'drizzle-orm';
import { contentTypes } from '~/content-types.server';
import { rebuildContentType } from '~/modules/content/reindex.server';
import type { Db } from '~/platform/db.server';
import { expertsStep, resourcesStep } from './scale-hub';
import { meetingSessionsStep, meetingsStep } from './scale-meetings';
import { reviewsStep } from './scale-reviews';
import { countRows as count, type ScaleSizes, type ScaleStep } from './scale-step';

export type { ScaleSizes, ScaleStep } from './scale-step';

/**
 * The large, realistic data set of `npm run seed:scale`, for benchmarks and for trying the
 * platform at size. Each kind of record is one step writing with set-based SQL (generate_series),
 * so the whole set takes a minute or two rather than hours of per-row operations; the content
 * index is then rebuilt once, as `reindex` does. A new kind is one more step appended to `scaleSteps`. Rows carry the `scale-` external id or name prefix and
 * `is_sample` where the table has it, so the set is recognisable and never mixed up with real data.
 */
export const defaultScaleSizes: ScaleSizes = {
  organisations: 5_000,
  pledges: 50_000,
  reviewCycles: 3,
  resources: 100_000,
  experts: 5_000,
  meetings: 2_000,
};

/** The full set scaled to `pledges` pledges (every size in proportion, at least one; the review cycles kept). */
export function scaledSizes(pledges: number): ScaleSizes {
  const factor = pledges / defaultScaleSizes.pledges;
  return Object.fromEntries(
    Object.entries(defaultScaleSizes).map(([k, n]) => [
      k,
      k === 'reviewCycles' ? n : Math.max(1, Math.round(n * factor)),
    ]),
  ) as unknown as ScaleSizes;
}

/** Organisations of every stakeholder category, spread over the UN member states, named in both languages. */
const organisationsStep: ScaleStep = {
  name: 'organisations',
  async run(db, sizes) {
    await db.execute(sql`
      insert into organisations (name, original_language, category_key, country_iso3, website, verified)
      select jsonb_build_object(
               'ar', (array['جمعية','مؤسسة','شبكة','مركز','منظمة'])[1 + g % 5] || ' ' ||
                     (array['دعم المهاجرين','حقوق العمال','الهجرة الآمنة','التنمية المحلية','الحماية الاجتماعية'])[1 + (g / 5) % 5] || ' رقم ' || g,
               'en', (array['Association','Foundation','Network','Centre','Organisation'])[1 + g % 5] || ' for ' ||
                     (array['Migrant Support','Workers'' Rights','Safe Migration','Local Development','Social Protection'])[1 + (g / 5) % 5] || ' no. ' || g),
             case when g % 3 = 0 then 'en' else 'ar' end,
             c.a[1 + g % cardinality(c.a)],
             s.a[1 + g % cardinality(s.a)],
             'https://scale-' || g || '.example.org',
             g % 4 = 0
      from generate_series(1, ${sizes.organisations}) g,
        (select array_agg(iso3 order by iso3) as a from countries where un_status = 'member') s,
        (select array_agg(key order by position) as a from stakeholder_categories) c`);
    return count(db, sql`select count(*)::int as n from organisations where website like 'https://scale-%'`);
  },
};

/**
 * Pledges by every member state and by the organisations: statuses mostly published, 1–3
 * objectives and a guiding principle each, descriptions of realistic length in the original
 * language with a translation, dates over four years, one indicator each. Each pledge is written
 * once with its tag copies (decision 22) and the tag rows are then read from those copies, with the
 * copy triggers told to skip (decision 60): letting the triggers fill the copies rewrote all 50,000
 * rows three times and was most of the step's time.
 */
const pledgesStep: ScaleStep = {
  name: 'pledges',
  async run(db, sizes) {
    const scalePledges = sql`from pledges p where p.external_id like 'scale-%'`;
    const statements = [
      sql`select set_config('marsad.pledge_tag_copies_written', 'on', true)`,
      sql`insert into pledges (id, external_id, country_iso3, organisation_id, title, description, original_language, kind, forms, level,
                         start_date, end_date, status, published_at, last_progress_on, is_sample,
                         tagged_objectives, tagged_principles, tagged_countries)
        select i.id, 'scale-' || g,
               case when g % 2 = 0 then s.a[1 + g % cardinality(s.a)] end,
               org.id,
               jsonb_build_object('ar', (array['توسيع','تحسين','إنشاء','دعم','تعزيز'])[1 + g % 5] || ' ' ||
                   (array['خدمات المهاجرين','مسارات الهجرة النظامية','حماية العمال المهاجرين','بيانات الهجرة','إدماج المهاجرين'])[1 + (g / 5) % 5] || ' (' || g || ')',
                 'en', (array['Expand','Improve','Establish','Support','Strengthen'])[1 + g % 5] || ' ' ||
                   (array['services for migrants','regular migration pathways','protection of migrant workers','migration data','migrant inclusion'])[1 + (g / 5) % 5] || ' (' || g || ')'),
               jsonb_build_object('ar', repeat('تلتزم الجهة بتنفيذ هذا التعهد بالتعاون مع الشركاء المحليين والدوليين، وبنشر تقارير دورية عن التقدم المحرز. ', 3 + g % 4),
                 'en', repeat('The pledging party will carry out this commitment with local and international partners and report on progress regularly. ', 3 + g % 4)),
               case when g % 3 = 0 then 'en' else 'ar' end, 'individual', array['policy'],
               case when g % 2 = 0 then 'national' else 'local' end,
               date '2023-01-01' + (g % 1400), date '2027-01-01' + (g % 1400),
               case when g % 10 = 0 then 'draft' when g % 10 = 1 then 'submitted' when g % 17 = 0 then 'closed' else 'published' end,
               case when g % 10 > 1 then timestamptz '2023-03-01' + (g % 1300) * interval '1 day' end,
               case when g % 3 = 0 then date '2025-01-01' + (g % 600) end,
               true,
               -- One to three objectives by hashes of the id (the third only for one pledge in three).
               array(select distinct v.o from (values (1 + abs(hashtext(i.id::text)) % 23), (1 + abs(hashtext(i.id::text || 'b')) % 23),
                                                      (1 + abs(hashtext(i.id::text || 'c')) % 23)) v(o)
                     where v.o <> 1 + abs(hashtext(i.id::text || 'c')) % 23 or abs(hashtext(i.id::text)) % 3 = 0 order by v.o),
               array[k.a[1 + abs(hashtext(i.id::text)) % cardinality(k.a)]],
               -- Its country: the state's own, or the organisation's.
               array_remove(array[coalesce(case when g % 2 = 0 then s.a[1 + g % cardinality(s.a)] end, org.country_iso3)], null)
        from generate_series(1, ${sizes.pledges}) g
          cross join lateral (select md5('scale' || g)::uuid as id) i
          cross join (select array_agg(iso3 order by iso3) as a from countries where un_status = 'member') s
          cross join (select coalesce(array_agg(id order by id), '{}') as a from organisations where website like 'https://scale-%') o
          cross join (select array_agg(key order by position) as a from principles) k
          left join organisations org on g % 2 = 1 and cardinality(o.a) > 0 and org.id = o.a[1 + g % cardinality(o.a)]`,
      sql`insert into objective_tags (entity_type, entity_id, objective) select 'pledge', p.id::text, unnest(p.tagged_objectives) ${scalePledges}`,
      sql`insert into principle_tags (entity_type, entity_id, principle) select 'pledge', p.id::text, unnest(p.tagged_principles) ${scalePledges}`,
      sql`insert into country_tags (entity_type, entity_id, country) select 'pledge', p.id::text, unnest(p.tagged_countries) ${scalePledges}`,
      sql`select set_config('marsad.pledge_tag_copies_written', 'off', true)`,
      sql`insert into pledge_indicators (pledge_id, name, unit, baseline, target, position)
        select id, jsonb_build_object('ar', 'عدد المستفيدين', 'en', 'People reached'), 'people', 0, 100 + abs(hashtext(id::text)) % 5000, 0
        from pledges where external_id like 'scale-%'`,
    ];
    await db.transaction(async (tx) => {
      for (const statement of statements) await tx.execute(statement);
    });
    return count(db, sql`select count(*)::int as n from pledges where external_id like 'scale-%'`);
  },
};

/** Progress updates: one or two a year for the published pledges that report. */
const pledgeUpdatesStep: ScaleStep = {
  name: 'pledge updates',
  async run(db) {
    await db.execute(sql`
      insert into pledge_updates (pledge_id, reported_on, status, narrative, original_language)
      select p.id, p.last_progress_on - (k * 180), (array['planning','in_progress','in_progress','partly_fulfilled','delayed','fulfilled'])[1 + (abs(hashtext(p.id::text)) + k) % 6],
             jsonb_build_object('ar', 'أُنجز جزء من الأنشطة المقررة خلال الفترة، ويجري العمل على الباقي مع الشركاء.',
                                'en', 'Part of the planned activities was completed during the period; work on the rest continues with partners.'),
             p.original_language
      from pledges p, generate_series(0, 1) k
      where p.external_id like 'scale-%' and p.last_progress_on is not null and (k = 0 or abs(hashtext(p.id::text)) % 2 = 0)`);
    return count(
      db,
      sql`select count(*)::int as n from pledge_updates u join pledges p on p.id = u.pledge_id where p.external_id like 'scale-%'`,
    );
  },
};

/**
 * Wall time and this process's CPU time since it was called. On the embedded database the CPU
 * includes the database's work (same process), so on a shared machine it is the steadier figure.
 */
function stopwatch(): () => string {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return `${Math.round(performance.now() - wall)} ms (CPU ${Math.round((used.user + used.system) / 1000)} ms)`;
  };
}

/** Every step in order; a new kind of record is one more entry. */
export const scaleSteps: ScaleStep[] = [
  organisationsStep,
  pledgesStep,
  pledgeUpdatesStep,
  reviewsStep,
  resourcesStep,
  expertsStep,
  meetingsStep,
  meetingSessionsStep,
];

export async function seedScale(options: {
  db: Db;
  sizes?: ScaleSizes;
  print: (line: string) => void;
}): Promise<boolean> {
  const { db, sizes = defaultScaleSizes, print } = options;
  if (await count(db, sql`select count(*)::int as n from pledges where external_id like 'scale-%'`)) {
    print('The scale data set is already loaded; nothing done.');
    return false;
  }
  for (const step of scaleSteps) {
    const took = stopwatch();
    const rows = await step.run(db, sizes);
    print(`${step.name}: ${rows} rows in ${took()}`);
  }
  const took = stopwatch();
  // Each type's share is printed: the rebuild is most of the seed's time.
  const shares: string[] = [];
  await db.transaction(async (tx) => {
    for (const type of contentTypes) {
      const typeTook = stopwatch();
      const items = await rebuildContentType(tx, type);
      if (items) shares.push(`${type.key} ${items} in ${typeTook()}`);
    }
  });
  print(`content index rebuilt in ${took()} (${shares.join(', ')})`);
  const vacuumTook = stopwatch();
  // Once, at the end: the planner's statistics for the new rows, and the visibility map that lets
  // counts over the index use index-only scans.
  await db.execute(sql`vacuum analyze`);
  print(`vacuum analyze in ${vacuumTook()}`);
  return true;
}
