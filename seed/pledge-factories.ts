import type { Translated } from '#db/schema/columns';
import { organisationMembers } from '#db/schema/index';
import { pledgeIndicators, pledgePartners, pledges } from '#db/schema/pledges';
import { syncContent } from '~/modules/content/sync-content.server';
import { pledgeContent } from '~/modules/pledges/pledge-content.server';
import { setTags } from '~/modules/tagging/set-tags.server';
import type { DbOrTx } from '~/platform/db.server';
import { createOrganisation, createUser } from './factories';

/** A description long enough for the pledge rules (300–3,000 characters), in both languages. */
export const sampleDescription: Required<Translated> = {
  en: 'By the end of the period the ministry will open four one-stop service centres for migrant workers in the two largest cities, train 400 labour inspectors on fair recruitment, publish quarterly statistics on recruitment fees paid by migrant workers disaggregated by sex and nationality, and reimburse every fee found to have been charged unlawfully. Progress is reported every year.',
  ar: 'بحلول نهاية المدة ستفتتح الوزارة أربعة مراكز خدمات متكاملة للعمال المهاجرين في أكبر مدينتين، وتدرب ٤٠٠ مفتش عمل على التوظيف العادل، وتنشر كل ثلاثة أشهر إحصاءات عن رسوم التوظيف التي يدفعها العمال المهاجرون مصنفة حسب الجنس والجنسية، وترد كل رسم يثبت أنه فرض دون وجه حق إلى صاحبه، وتقدم تقريراً سنوياً عن التقدم المحرز في تنفيذ كل ذلك أمام اللجنة الوطنية للهجرة وتنشره على موقعها الإلكتروني باللغتين العربية والإنجليزية ليطلع عليه الجميع.',
};

type PledgeOverrides = Partial<typeof pledges.$inferInsert> & {
  indicators?: Partial<typeof pledgeIndicators.$inferInsert>[];
  partners?: Partial<typeof pledgePartners.$inferInsert>[];
  objectives?: number[];
  principles?: string[];
  countries?: string[];
  regions?: string[];
};

/**
 * A pledge written straight to the tables (no workflow checks), for tests and the demo seed.
 * Without an organisation or a state it creates an organisation; without createdBy, a user who
 * is a member of that organisation. One measurable indicator and objective 6 unless given.
 */
export async function createPledge(db: DbOrTx, overrides: PledgeOverrides = {}) {
  const {
    indicators = [{}],
    partners = [],
    objectives = [6],
    principles,
    countries,
    regions,
    ...rest
  } = overrides;
  let organisationId = rest.organisationId ?? null;
  const countryIso3 = rest.countryIso3 ?? null;
  if (!organisationId && !countryIso3) organisationId = (await createOrganisation(db)).id;
  let createdBy = rest.createdBy;
  if (createdBy === undefined) {
    createdBy = (await createUser(db)).id;
    if (organisationId) await db.insert(organisationMembers).values({ organisationId, userId: createdBy });
  }
  const [pledge] = await db
    .insert(pledges)
    .values({
      title: {
        en: 'Four one-stop centres for migrant workers',
        ar: 'أربعة مراكز خدمات متكاملة للعمال المهاجرين',
      },
      description: sampleDescription,
      originalLanguage: 'en',
      kind: 'individual',
      forms: ['policy'],
      level: countryIso3 ? 'national' : 'global',
      startDate: '2025-01-01',
      endDate: '2029-12-31',
      ...rest,
      organisationId,
      countryIso3,
      createdBy,
    })
    .returning();
  const id = pledge!.id;
  if (indicators.length) {
    await db.insert(pledgeIndicators).values(
      indicators.map((i, position) => ({
        name: { en: 'Service centres open', ar: 'مراكز الخدمات المفتوحة' },
        unit: 'centres',
        baseline: 0,
        target: 4,
        dueDate: null,
        position,
        ...i,
        pledgeId: id,
      })),
    );
  }
  if (partners.length) await db.insert(pledgePartners).values(partners.map((p) => ({ ...p, pledgeId: id })));
  await setTags({
    db,
    entityType: 'pledge',
    entityId: id,
    tags: {
      objectives,
      ...(principles ? { principles } : {}),
      countries: countries ?? (countryIso3 ? [countryIso3] : []),
      ...(regions ? { regions } : {}),
    },
  });
  await syncContent(db, pledgeContent, [id]);
  return pledge!;
}
