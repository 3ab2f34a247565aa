import accountsAr from '~/locales/ar/accounts.json';
import adminAr from '~/locales/ar/admin.json';
import commonAr from '~/locales/ar/common.json';
import errorsAr from '~/locales/ar/errors.json';
import pledgesAr from '~/locales/ar/pledges.json';
import pledgesDashboardAr from '~/locales/ar/pledges-dashboard.json';
import pledgesFormAr from '~/locales/ar/pledges-form.json';
import pledgesRegistryAr from '~/locales/ar/pledges-registry.json';
import referenceAr from '~/locales/ar/reference.json';
import accountsEn from '~/locales/en/accounts.json';
import adminEn from '~/locales/en/admin.json';
import commonEn from '~/locales/en/common.json';
import errorsEn from '~/locales/en/errors.json';
import pledgesEn from '~/locales/en/pledges.json';
import pledgesDashboardEn from '~/locales/en/pledges-dashboard.json';
import pledgesFormEn from '~/locales/en/pledges-form.json';
import pledgesRegistryEn from '~/locales/en/pledges-registry.json';
import referenceEn from '~/locales/en/reference.json';
import type { Digits, Locale } from './locales';
import { createI18n, type I18n, type Messages } from './translator';

/**
 * Each namespace file holds flat keys; the full key is "<namespace>.<key>", e.g.
 * "reference.objectives.title". scripts/check-i18n.ts checks both catalogs carry the same keys.
 */
export const namespaces = {
  ar: {
    common: commonAr,
    errors: errorsAr,
    accounts: accountsAr,
    reference: referenceAr,
    admin: adminAr,
    pledges: pledgesAr,
    'pledges-form': pledgesFormAr,
    'pledges-registry': pledgesRegistryAr,
    'pledges-dashboard': pledgesDashboardAr,
  },
  en: {
    common: commonEn,
    errors: errorsEn,
    accounts: accountsEn,
    reference: referenceEn,
    admin: adminEn,
    pledges: pledgesEn,
    'pledges-form': pledgesFormEn,
    'pledges-registry': pledgesRegistryEn,
    'pledges-dashboard': pledgesDashboardEn,
  },
} satisfies Record<Locale, Record<string, Messages>>;

function flatten(byNamespace: Record<string, Messages>): Messages {
  const out: Messages = {};
  for (const [ns, messages] of Object.entries(byNamespace)) {
    for (const [key, value] of Object.entries(messages)) out[`${ns}.${key}`] = value;
  }
  return out;
}

export const catalogs: Record<Locale, Messages> = { ar: flatten(namespaces.ar), en: flatten(namespaces.en) };

/** Only the namespaces a page needs (see namespaces.ts), to keep hydration payloads small. */
const selections = new Map<string, Messages>();
export function messagesFor(locale: Locale, names: readonly string[]): Messages {
  const key = `${locale}:${names.join()}`;
  let messages = selections.get(key);
  if (!messages) {
    const byNamespace = namespaces[locale] as Record<string, Messages>;
    messages = flatten(
      Object.fromEntries(names.filter((n) => byNamespace[n]).map((n) => [n, byNamespace[n]!])),
    );
    selections.set(key, messages);
  }
  return messages;
}

/** A translator with the whole catalog, for server-side text (e-mails, exports, tests). */
export function serverI18n(locale: Locale, digits: Digits = 'arab'): I18n {
  return createI18n(locale, digits, catalogs[locale]);
}
