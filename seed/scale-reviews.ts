import { sql } from 'drizzle-orm';
import { standardTemplateSections } from '~/modules/reviews/standard-template';
import { countRows, paragraphSql, type ScaleStep } from './scale-step';

/**
 * Regional review cycles with voluntary national reviews: `reviewCycles` cycles (two closed, the last
 * open) for each region that runs reviews (the five regional commissions and LAS), every member
 * state in scope, about six in ten writing a review on the standard template — the introduction,
 * the consultation, the challenges and priorities, and most objectives — in both languages. Reviews
 * of closed cycles are mostly published; of the open one, some are published, some submitted, some
 * still drafted. Submitted and published reviews carry their submitted version (what the index reads).
 */

const templateId = sql`md5('scale-template')::uuid`;

/** Parallel Arabic and English sentences of a national review's narrative. */
const narrativeAr = [
  'اعتمدت الحكومة خطة وطنية لتنفيذ الاتفاق العالمي بالتشاور مع الوزارات المعنية ومنظمات المجتمع المدني.',
  'وتعمل اللجنة الوطنية المعنية بالهجرة على تنسيق جمع البيانات وتبادلها بين الجهات الحكومية.',
  'وقد عُدّل قانون العمل لتوسيع الحماية الاجتماعية لتشمل العمال المهاجرين وأسرهم.',
  'ونُظّمت حملات توعية في المناطق الحدودية حول مخاطر الهجرة غير النظامية والاتجار بالبشر.',
  'وتواجه الجهود القائمة تحديات تتعلق بمحدودية التمويل وضعف القدرات المؤسسية على المستوى المحلي.',
  'وأُطلقت بوابة إلكترونية تتيح للمهاجرين الوصول إلى المعلومات المتعلقة بالإقامة والعمل بلغات متعددة.',
  'وشاركت السلطات المحلية في إعداد هذا الاستعراض من خلال ورش عمل عُقدت في عدة محافظات.',
  'وتسعى الدولة إلى خفض تكاليف التحويلات المالية وتعزيز الشمول المالي للمهاجرين وذويهم.',
  'وتم توقيع اتفاقات ثنائية مع دول المقصد لتنظيم استقدام العمالة وضمان التوظيف العادل.',
  'وتحتاج البيانات المصنفة حسب الجنس والعمر ووضع الهجرة إلى مزيد من التطوير لقياس التقدم.',
  'وقدّمت المنظمة الدولية للهجرة ووكالات الأمم المتحدة الأخرى دعمًا فنيًا لبناء قدرات الموظفين.',
  'وتولي الحكومة أهمية خاصة لإعادة إدماج العائدين في سوق العمل وتوفير الخدمات النفسية والاجتماعية لهم.',
] as const;
const narrativeEn = [
  'The government adopted a national plan to implement the Global Compact in consultation with the ministries concerned and civil society organisations.',
  'The national committee on migration coordinates the collection and sharing of data among government bodies.',
  'The labour law was amended to extend social protection to migrant workers and their families.',
  'Awareness campaigns were held in border areas on the risks of irregular migration and trafficking in persons.',
  'Current efforts face challenges of limited funding and weak institutional capacity at the local level.',
  'An online portal gives migrants information on residence and work in several languages.',
  'Local authorities took part in preparing this review through workshops held in several governorates.',
  'The state seeks to lower the cost of remittances and to strengthen the financial inclusion of migrants and their families.',
  'Bilateral agreements were signed with countries of destination to regulate recruitment and ensure fair employment.',
  'Data disaggregated by sex, age and migratory status need further development to measure progress.',
  'IOM and other United Nations agencies provided technical support to build the capacity of staff.',
  'The government gives particular importance to reintegrating returnees into the labour market and providing them with psychosocial services.',
] as const;

const measuresAr = [
  'إصدار لائحة تنفيذية جديدة وتدريب الموظفين المعنيين على تطبيقها.',
  'إنشاء وحدة متخصصة داخل الوزارة وتخصيص ميزانية سنوية لها.',
  'إطلاق برنامج تجريبي في ثلاث محافظات بالشراكة مع منظمات المجتمع المدني.',
  'مراجعة الإجراءات الإدارية لتبسيطها وتقليل مدة معالجة الطلبات.',
] as const;
const measuresEn = [
  'A new implementing regulation was issued and the staff concerned trained to apply it.',
  'A specialised unit was set up within the ministry with an annual budget.',
  'A pilot programme was launched in three governorates in partnership with civil society organisations.',
  'Administrative procedures were reviewed to simplify them and shorten processing times.',
] as const;

const objectiveStatuses = sql.raw(`array['in_progress','advanced','planned','in_progress','not_started']`);

export const reviewsStep: ScaleStep = {
  name: 'review cycles and national reviews',
  async run(db, sizes) {
    const sections = standardTemplateSections().map((s, position) => ({ ...s, position }));
    const reviewSeed = sql`r.id::text || t.key`;
    const statements = [
      sql`insert into review_templates (id, family_id, version_number, title, description, status, published_at, is_sample)
        values (${templateId}, ${templateId}, 1,
          '{"ar":"نموذج الاستعراض الوطني الطوعي (بيانات الحجم)","en":"Voluntary national review template (scale data)"}',
          '{"ar":"النموذج الموحد الذي ترسله الأمانات الإقليمية إلى الدول.","en":"The standard template regional secretariats send to states."}',
          'published', timestamptz '2019-06-01', true)`,
      sql`insert into review_template_sections (template_id, key, position, kind, objective, title, guidance, required, fields)
        select ${templateId}, s.key, s.position, s.kind, s.objective, s.title, s.guidance, s.required,
          array(select jsonb_array_elements_text(s.fields))
        from jsonb_to_recordset(${JSON.stringify(sections)}::jsonb)
          as s(key text, position int, kind text, objective int, title jsonb, guidance jsonb, required boolean, fields jsonb)`,
      // Cycles k = 1..n, two years apart, ending in 2026: the last one open, the others closed.
      sql`insert into review_cycles (id, region_id, title, description, partners, template_id, status, submission_deadline,
                                     opened_at, closed_at, is_sample)
        select md5('scale-cycle' || r.id || k)::uuid, r.id,
          jsonb_build_object('ar', 'الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة في نطاق ' || (r.name->>'ar') || '، دورة عام ' || y,
                             'en', 'Regional review of the Global Compact for Migration, ' || (r.name->>'en') || ', ' || y),
          jsonb_build_object('ar', 'دورة استعراض إقليمي تجمع الاستعراضات الوطنية الطوعية للدول الأعضاء ومساهمات أصحاب المصلحة.',
                             'en', 'A regional review cycle gathering the voluntary national reviews of member states and the contributions of stakeholders.'),
          jsonb_build_object('ar', 'الأمانة الإقليمية والمنظمة الدولية للهجرة', 'en', 'The regional secretariat and IOM'),
          ${templateId}, case when k = ${sizes.reviewCycles} then 'open' else 'closed' end,
          make_date(y, 9, 30), make_timestamptz(y, 1, 15, 9, 0, 0, 'UTC'),
          case when k < ${sizes.reviewCycles} then make_timestamptz(y + 1, 3, 1, 9, 0, 0, 'UTC') end, true
        from regions r, generate_series(1, ${sizes.reviewCycles}) k,
          lateral (select 2026 - 2 * (${sizes.reviewCycles} - k) as y) years
        where r.kind in ('regional_commission', 'organisation')`,
      // The member states of the region; for a commission whose members the reference data does not
      // list, those of the continents it serves.
      sql`insert into review_cycle_states (cycle_id, country_iso3)
        select distinct c.id, x.iso3 from review_cycles c
          join countries x on x.un_status = 'member'
        where c.template_id = ${templateId} and (
          exists (select 1 from region_members m where m.region_id = c.region_id and m.country_iso3 = x.iso3)
          or (not exists (select 1 from region_members m where m.region_id = c.region_id)
            and (c.region_id, case when x.subregion_id = 'M49-021' then x.subregion_id else x.region_id end)
              in (values ('ECE', 'M49-150'), ('ECE', 'M49-021'), ('ECLAC', 'M49-019'), ('ESCAP', 'M49-142'), ('ESCAP', 'M49-009'))))`,
      // About six states in ten write a review; h decides whether and how far it got.
      sql`insert into reviews (id, cycle_id, kind, country_iso3, title, original_language, status, submitted_at, published_at, is_sample)
        select md5('scale-review' || s.cycle_id || s.country_iso3)::uuid, s.cycle_id, 'national', s.country_iso3,
          jsonb_build_object('ar', 'الاستعراض الوطني الطوعي لتنفيذ الاتفاق العالمي من أجل الهجرة: ' || (x.name->>'ar'),
                             'en', 'Voluntary national review of the implementation of the Global Compact for Migration: ' || (x.name->>'en')),
          case when c.region_id in ('LAS', 'ESCWA') then 'ar' else 'en' end,
          st.status,
          case when st.status <> 'drafting' then c.opened_at + interval '200 days' end,
          case when st.status = 'published' then c.opened_at + interval '260 days' end,
          true
        from review_cycle_states s join review_cycles c on c.id = s.cycle_id join countries x on x.iso3 = s.country_iso3,
          lateral (select abs(hashtext(s.cycle_id::text || s.country_iso3)) % 10 as h) hh,
          lateral (select case
            when c.status = 'closed' then (array['published','published','published','published','acknowledged','submitted'])[1 + h]
            else (array['published','published','submitted','submitted','drafting','drafting'])[1 + h] end as status) st
        where c.template_id = ${templateId} and h < 6`,
      // Every section but some objectives (about one in three left unanswered).
      sql`insert into review_sections (review_id, section_key, body, objective_status, measures, partners, sdg_targets)
        select r.id, t.key,
          jsonb_build_object('ar', ${paragraphSql(narrativeAr, reviewSeed, sql`3 + abs(hashtext(${reviewSeed})) % 4`)},
                             'en', ${paragraphSql(narrativeEn, reviewSeed, sql`3 + abs(hashtext(${reviewSeed})) % 4`)}),
          case when t.kind = 'objective' then (${objectiveStatuses})[1 + abs(hashtext(${reviewSeed} || 's')) % 5] end,
          case when t.kind = 'objective' then jsonb_build_object(
            'ar', ${paragraphSql(measuresAr, sql`${reviewSeed} || 'm'`, 2)},
            'en', ${paragraphSql(measuresEn, sql`${reviewSeed} || 'm'`, 2)}) else '{}'::jsonb end,
          case when t.kind = 'objective' then '{"ar":"وزارة العمل، المنظمة الدولية للهجرة","en":"Ministry of Labour, IOM"}'::jsonb else '{}'::jsonb end,
          case when t.kind = 'objective' then array['10.7'] else '{}'::text[] end
        from reviews r join review_template_sections t on t.template_id = ${templateId}
        where r.cycle_id in (select id from review_cycles where template_id = ${templateId})
          and (t.kind <> 'objective' or abs(hashtext(${reviewSeed} || 'o')) % 3 > 0)`,
      sql`insert into review_versions (review_id, number, snapshot, submitted_at)
        select r.id, 1, jsonb_build_object('title', r.title, 'originalLanguage', r.original_language, 'attachments', '[]'::jsonb,
            'sections', (select jsonb_agg(jsonb_build_object('key', s.section_key, 'body', s.body, 'objectiveStatus', s.objective_status,
                'measures', s.measures, 'partners', s.partners, 'sdgTargets', to_jsonb(s.sdg_targets), 'sdgTargetsNote', null,
                'dataAvailable', s.data_available) order by t.position)
              from review_sections s join review_template_sections t on t.template_id = ${templateId} and t.key = s.section_key
              where s.review_id = r.id)),
          r.submitted_at
        from reviews r
        where r.cycle_id in (select id from review_cycles where template_id = ${templateId}) and r.status <> 'drafting'`,
      sql`update reviews set submitted_versions = 1
        where cycle_id in (select id from review_cycles where template_id = ${templateId}) and status <> 'drafting'`,
      sql`insert into objective_tags (entity_type, entity_id, objective)
        select 'review', s.review_id::text, t.objective
        from review_sections s
          join reviews r on r.id = s.review_id
          join review_template_sections t on t.template_id = ${templateId} and t.key = s.section_key
        where t.objective is not null and r.cycle_id in (select id from review_cycles where template_id = ${templateId})`,
    ];
    for (const statement of statements) await db.execute(statement);
    return countRows(
      db,
      sql`select count(*)::int as n from reviews where cycle_id in (select id from review_cycles where template_id = ${templateId})`,
    );
  },
};
