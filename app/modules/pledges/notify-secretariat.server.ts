import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { countries, organisations, roleAssignments, users } from '#db/schema/index';
import { publicBaseUrl, siteLink } from '~/modules/accounts/links.server';
import type { DbOrTx } from '~/platform/db.server';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { enqueueMail } from '~/platform/jobs/mail.server';
import type { PledgeRow } from './pledge-records.server';

/**
 * Tells the Network secretariat (every active holder of its role) that a pledge waits for its
 * review, each in their own language, by queued mail in the caller's transaction, so nothing goes
 * out if the submission does not commit. Returns how many mails were queued.
 */
export async function notifySecretariatOfSubmission(options: {
  db: DbOrTx;
  pledge: PledgeRow;
  baseUrl?: string;
}): Promise<number> {
  const { db, pledge } = options;
  const people = await db
    .selectDistinct({ id: users.id, email: users.email, locale: users.locale, digits: users.digits })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.role, 'network_secretariat'),
        isNull(users.disabledAt),
        isNotNull(users.passwordHash),
      ),
    );
  if (!people.length) return 0;
  const [pledger] = pledge.countryIso3
    ? await db.select({ name: countries.name }).from(countries).where(eq(countries.iso3, pledge.countryIso3))
    : await db
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, pledge.organisationId ?? ''));
  const baseUrl = options.baseUrl ?? publicBaseUrl();
  for (const person of people) {
    const i18n = serverI18n(person.locale, person.digits);
    const params = { title: i18n.pick(pledge.title).text, pledger: i18n.pick(pledger?.name ?? {}).text };
    await enqueueMail({
      db,
      to: person.email,
      subject: i18n.t('pledges-form.mail.submitted.subject', params),
      text: [
        i18n.t('pledges-form.mail.submitted.body', params),
        `${i18n.t('pledges-form.mail.submitted.link')} ${siteLink(baseUrl, person.locale, `/pledges/${pledge.id}/review`)}`,
      ].join('\n\n'),
      dedupeKey: `pledge-submitted:${pledge.id}:${pledge.version}:${person.id}`,
    });
  }
  return people.length;
}
