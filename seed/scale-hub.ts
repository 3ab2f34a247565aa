import { sql } from 'drizzle-orm';
import { countRows, paragraphSql, pickSql, type ScaleStep } from './scale-step';

/**
 * The Hub at size: published knowledge resources with abstracts in Arabic and English (about 120–200
 * words each, drawn sentence by sentence) tagged with 1–3 objectives, a guiding principle and one or
 * two countries; and expert profiles, nine in ten approved. `npm run bench:hub` writes its data with
 * these same steps.
 */

const topicsAr = [
  'العمل اللائق للعمال المهاجرين',
  'التحويلات المالية والشمول المالي',
  'حماية الأطفال المهاجرين غير المصحوبين',
  'مكافحة الاتجار بالبشر',
  'بيانات الهجرة وإحصاءاتها',
  'الهجرة الناجمة عن تغير المناخ',
  'إعادة الإدماج المستدام للعائدين',
  'الاستقدام العادل والأخلاقي',
  'وصول المهاجرين إلى الخدمات الصحية',
  'إدارة الحدود المتكاملة',
  'الاعتراف بالمهارات والمؤهلات',
  'إدماج المهاجرين في المجتمعات المحلية',
] as const;
const topicsEn = [
  'decent work for migrant workers',
  'remittances and financial inclusion',
  'protection of unaccompanied migrant children',
  'countering trafficking in persons',
  'migration data and statistics',
  'migration driven by climate change',
  'sustainable reintegration of returnees',
  'fair and ethical recruitment',
  'migrants’ access to health services',
  'integrated border management',
  'recognition of skills and qualifications',
  'inclusion of migrants in local communities',
] as const;
const kindsAr = [
  'دراسة',
  'دليل إرشادي',
  'أداة عملية',
  'ورقة سياسات',
  'مواد تدريبية',
  'مجموعة بيانات',
  'تقرير',
] as const;
const kindsEn = [
  'Study',
  'Guidance note',
  'Practical tool',
  'Policy paper',
  'Training materials',
  'Data set',
  'Report',
] as const;

const abstractAr = [
  'يستعرض هذا المورد التجارب الوطنية والإقليمية في هذا المجال ويحلل الأطر القانونية والمؤسسية القائمة.',
  'ويعتمد على مقابلات مع مسؤولين حكوميين وممثلين عن منظمات المجتمع المدني والمهاجرين أنفسهم.',
  'ويخلص إلى أن التنسيق بين الجهات الحكومية ما زال محدودًا وأن البيانات المتاحة لا تكفي لرسم السياسات.',
  'ويقدم توصيات عملية لصانعي القرار والسلطات المحلية والشركاء الدوليين.',
  'ويتناول الفصل الثاني أثر جائحة كوفيد-19 على أوضاع المهاجرين وسبل عيشهم.',
  'كما يعرض ممارسات واعدة من دول المنطقة يمكن تكييفها مع سياقات أخرى.',
  'ويؤكد أهمية مراعاة المنظور الجنساني وحقوق الطفل في جميع مراحل التنفيذ.',
  'ويقترح مؤشرات لقياس التقدم المحرز تتسق مع أهداف التنمية المستدامة.',
  'ويبين أن إشراك المهاجرين في تصميم البرامج يزيد من فعاليتها واستدامتها.',
  'ويتضمن المورد ملحقًا بالتشريعات ذات الصلة وقائمة بالمراجع والمصادر.',
  'وقد أُعدّ بدعم من شبكة الأمم المتحدة المعنية بالهجرة في إطار متابعة الاتفاق العالمي.',
  'ويشير إلى فجوات في التمويل والقدرات تستدعي تعزيز التعاون الدولي.',
] as const;
const abstractEn = [
  'This resource reviews national and regional experience in this field and analyses the legal and institutional frameworks in place.',
  'It draws on interviews with government officials, representatives of civil society organisations and migrants themselves.',
  'It concludes that coordination among government bodies remains limited and that the data available are not enough to make policy.',
  'It offers practical recommendations to decision-makers, local authorities and international partners.',
  'The second chapter looks at the impact of the COVID-19 pandemic on migrants’ situation and livelihoods.',
  'It also presents promising practices from the region that can be adapted to other contexts.',
  'It stresses the importance of a gender-responsive and child-sensitive approach at every stage of implementation.',
  'It proposes indicators to measure progress, consistent with the Sustainable Development Goals.',
  'It shows that involving migrants in the design of programmes makes them more effective and sustainable.',
  'The resource includes an annex of relevant legislation and a list of references and sources.',
  'It was prepared with the support of the United Nations Network on Migration as part of the follow-up to the Global Compact.',
  'It points to gaps in funding and capacity that call for stronger international cooperation.',
] as const;

const resourceSeed = sql`'scale-resource' || g`;

/** Published resources: 1–3 objectives, a principle, one or two countries (four in five), 1–2 languages, 30 years. */
export const resourcesStep: ScaleStep = {
  name: 'hub resources',
  async run(db, sizes) {
    const id = sql`md5('scale-resource' || g)::uuid`;
    const statements = [
      sql`insert into hub_resources (id, title, abstract, original_language, document_languages, type, publisher,
          publication_date, licence, url, status, published_at, is_sample)
        select ${id},
          jsonb_build_object('ar', ${pickSql(kindsAr, sql`g::text`)} || ' حول ' || ${pickSql(topicsAr, sql`g::text || 't'`)} || ' (' || g || ')',
                             'en', ${pickSql(kindsEn, sql`g::text`)} || ' on ' || ${pickSql(topicsEn, sql`g::text || 't'`)} || ' (' || g || ')'),
          jsonb_build_object('ar', ${paragraphSql(abstractAr, resourceSeed, sql`6 + g % 4`)},
                             'en', ${paragraphSql(abstractEn, resourceSeed, sql`6 + g % 4`)}),
          case when g % 3 = 0 then 'en' else 'ar' end,
          case when g % 4 = 0 then array['ar', 'en'] when g % 3 = 0 then array['en'] when g % 7 = 0 then array['fr'] else array['ar'] end,
          (array['research','guidance','tool','policy','training','data','other'])[1 + g % 7],
          'Publisher ' || (g % 300), date '1995-01-01' + (g % 11000), 'cc_by', 'https://example.org/r/' || g,
          'published', timestamptz '2019-01-01' + (g % 2500) * interval '1 day', true
        from generate_series(1, ${sizes.resources}) g`,
      sql`insert into objective_tags (entity_type, entity_id, objective)
        select distinct 'hub_resource', ${id}::text, o
        from generate_series(1, ${sizes.resources}) g,
          lateral (values (1 + g % 23), (1 + (g * 7 + 3) % 23), (1 + (g * 13 + 5) % 23)) v(o)
        where g % 3 > 0 or v.o = 1 + g % 23`,
      sql`insert into principle_tags (entity_type, entity_id, principle)
        select 'hub_resource', ${id}::text, p.a[1 + g % cardinality(p.a)]
        from generate_series(1, ${sizes.resources}) g, (select array_agg(key order by position) as a from principles) p`,
      sql`insert into country_tags (entity_type, entity_id, country)
        select distinct 'hub_resource', ${id}::text, c.a[1 + i]
        from generate_series(1, ${sizes.resources}) g, (select array_agg(iso3 order by iso3) as a from countries) c,
          lateral (values (g % cardinality(c.a)), ((g * 31) % cardinality(c.a))) v(i)
        where g % 5 > 0`,
    ];
    for (const statement of statements) await db.execute(statement);
    return countRows(
      db,
      sql`select count(*)::int as n from hub_resources where id in (select md5('scale-resource' || g)::uuid from generate_series(1, ${sizes.resources}) g)`,
    );
  },
};

const givenNames = [
  'Amal',
  'Karim',
  'Leila',
  'Omar',
  'Nadia',
  'Samir',
  'Grace',
  'Daniel',
  'Mei',
  'Lucía',
  'Ahmed',
  'Fatima',
];
const familyNames = [
  'Haddad',
  'Mansour',
  'Okafor',
  'García',
  'Nguyen',
  'Rahman',
  'Kowalski',
  'Mensah',
  'Saleh',
  'Ivanova',
];
const biographyAr = [
  'باحثة وخبيرة في سياسات الهجرة عملت مع حكومات المنطقة ووكالات الأمم المتحدة.',
  'له خبرة تزيد على خمس عشرة سنة في حماية حقوق العمال المهاجرين.',
  'أسهمت في إعداد استعراضات وطنية طوعية وفي تدريب جهات الاتصال الحكومية.',
  'يعمل على جمع بيانات الهجرة وتحليلها وبناء القدرات الإحصائية.',
  'تتابع قضايا إعادة الإدماج والحماية الاجتماعية للعائدين.',
] as const;
const biographyEn = [
  'A researcher and migration policy expert who has worked with governments in the region and United Nations agencies.',
  'Has over fifteen years of experience in protecting the rights of migrant workers.',
  'Helped prepare voluntary national reviews and train government focal points.',
  'Works on collecting and analysing migration data and on building statistical capacity.',
  'Follows reintegration and social protection for returnees.',
] as const;

/** Expert profiles: two objectives, languages and regions spread, nine in ten approved. */
export const expertsStep: ScaleStep = {
  name: 'hub experts',
  async run(db, sizes) {
    const seed = sql`'scale-expert' || g`;
    await db.execute(sql`
      insert into hub_experts (id, name, organisation, biography, original_language, objectives, principles, languages,
          regions, availability, contact_email, status, vetted_at, is_sample)
        select md5('scale-expert' || g)::uuid,
          ${pickSql(givenNames, sql`g::text`)} || ' ' || ${pickSql(familyNames, sql`g::text || 'f'`)},
          'Organisation ' || (g % 200),
          jsonb_build_object('ar', ${paragraphSql(biographyAr, seed, 2)}, 'en', ${paragraphSql(biographyEn, seed, 2)}),
          case when g % 2 = 0 then 'ar' else 'en' end,
          array(select distinct o from unnest(array[1 + g % 23, 1 + (g * 11 + 2) % 23]) o order by o),
          array['human_rights'],
          case when g % 3 = 0 then array['ar', 'en'] when g % 3 = 1 then array['en'] else array['fr', 'en'] end,
          case g % 5 when 0 then array['LAS'] when 1 then array['M49-002'] when 2 then array['M49-150']
            when 3 then array['M49-019'] else array['M49-142', 'LAS'] end,
          (array['available','available','limited','unavailable'])[1 + g % 4], 'scale-expert' || g || '@example.org',
          case when g % 10 = 0 then 'pending' else 'approved' end, now(), true
        from generate_series(1, ${sizes.experts}) g`);
    return countRows(
      db,
      sql`select count(*)::int as n from hub_experts where contact_email like 'scale-expert%@example.org'`,
    );
  },
};
