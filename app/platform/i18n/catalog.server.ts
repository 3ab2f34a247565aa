import accountsAr from '~/locales/ar/accounts.json';
import adminAr from '~/locales/ar/admin.json';
import commonAr from '~/locales/ar/common.json';
import contentAr from '~/locales/ar/content.json';
import coverageAr from '~/locales/ar/coverage.json';
import discussionsAr from '~/locales/ar/discussions.json';
import documentsAr from '~/locales/ar/documents.json';
import errorsDiscussionsAr from '~/locales/ar/errors.discussions.json';
import errorsFundingAr from '~/locales/ar/errors.funding.json';
import errorsHubAr from '~/locales/ar/errors.hub.json';
import errorsHubPracticesAr from '~/locales/ar/errors.hub-practices.json';
import errorsIndicatorsAr from '~/locales/ar/errors.indicators.json';
import errorsInstrumentsAr from '~/locales/ar/errors.instruments.json';
import errorsAr from '~/locales/ar/errors.json';
import errorsMeetingsAr from '~/locales/ar/errors.meetings.json';
import errorsPlansAr from '~/locales/ar/errors.plans.json';
import errorsPledgesAr from '~/locales/ar/errors.pledges.json';
import errorsPledgesSupportAr from '~/locales/ar/errors.pledges-support.json';
import errorsRegistrationAr from '~/locales/ar/errors.registration.json';
import errorsReviewsAr from '~/locales/ar/errors.reviews.json';
import errorsReviewsOutreachAr from '~/locales/ar/errors.reviews-outreach.json';
import errorsSideEventsAr from '~/locales/ar/errors.side-events.json';
import errorsWorkshopsAr from '~/locales/ar/errors.workshops.json';
import fundingAr from '~/locales/ar/funding.json';
import hubAr from '~/locales/ar/hub.json';
import hubExpertsAr from '~/locales/ar/hub-experts.json';
import hubPracticesAr from '~/locales/ar/hub-practices.json';
import hubSupportAr from '~/locales/ar/hub-support.json';
import indicatorsAr from '~/locales/ar/indicators.json';
import instrumentsAr from '~/locales/ar/instruments.json';
import meetingsAr from '~/locales/ar/meetings.json';
import openDataAr from '~/locales/ar/open-data.json';
import plansAr from '~/locales/ar/plans.json';
import pledgesAr from '~/locales/ar/pledges.json';
import pledgesDashboardAr from '~/locales/ar/pledges-dashboard.json';
import pledgesFormAr from '~/locales/ar/pledges-form.json';
import pledgesImportAr from '~/locales/ar/pledges-import.json';
import pledgesRegistryAr from '~/locales/ar/pledges-registry.json';
import pledgesSupportAr from '~/locales/ar/pledges-support.json';
import referenceAr from '~/locales/ar/reference.json';
import registrationAr from '~/locales/ar/registration.json';
import reviewsAr from '~/locales/ar/reviews.json';
import reviewsCyclesAr from '~/locales/ar/reviews-cycles.json';
import reviewsEditAr from '~/locales/ar/reviews-edit.json';
import reviewsOutreachAr from '~/locales/ar/reviews-outreach.json';
import reviewsSynthesisAr from '~/locales/ar/reviews-synthesis.json';
import searchAr from '~/locales/ar/search.json';
import sideEventsAr from '~/locales/ar/side-events.json';
import workshopsAr from '~/locales/ar/workshops.json';
import accountsEn from '~/locales/en/accounts.json';
import adminEn from '~/locales/en/admin.json';
import commonEn from '~/locales/en/common.json';
import contentEn from '~/locales/en/content.json';
import coverageEn from '~/locales/en/coverage.json';
import discussionsEn from '~/locales/en/discussions.json';
import documentsEn from '~/locales/en/documents.json';
import errorsDiscussionsEn from '~/locales/en/errors.discussions.json';
import errorsFundingEn from '~/locales/en/errors.funding.json';
import errorsHubEn from '~/locales/en/errors.hub.json';
import errorsHubPracticesEn from '~/locales/en/errors.hub-practices.json';
import errorsIndicatorsEn from '~/locales/en/errors.indicators.json';
import errorsInstrumentsEn from '~/locales/en/errors.instruments.json';
import errorsEn from '~/locales/en/errors.json';
import errorsMeetingsEn from '~/locales/en/errors.meetings.json';
import errorsPlansEn from '~/locales/en/errors.plans.json';
import errorsPledgesEn from '~/locales/en/errors.pledges.json';
import errorsPledgesSupportEn from '~/locales/en/errors.pledges-support.json';
import errorsRegistrationEn from '~/locales/en/errors.registration.json';
import errorsReviewsEn from '~/locales/en/errors.reviews.json';
import errorsReviewsOutreachEn from '~/locales/en/errors.reviews-outreach.json';
import errorsSideEventsEn from '~/locales/en/errors.side-events.json';
import errorsWorkshopsEn from '~/locales/en/errors.workshops.json';
import fundingEn from '~/locales/en/funding.json';
import hubEn from '~/locales/en/hub.json';
import hubExpertsEn from '~/locales/en/hub-experts.json';
import hubPracticesEn from '~/locales/en/hub-practices.json';
import hubSupportEn from '~/locales/en/hub-support.json';
import indicatorsEn from '~/locales/en/indicators.json';
import instrumentsEn from '~/locales/en/instruments.json';
import meetingsEn from '~/locales/en/meetings.json';
import openDataEn from '~/locales/en/open-data.json';
import plansEn from '~/locales/en/plans.json';
import pledgesEn from '~/locales/en/pledges.json';
import pledgesDashboardEn from '~/locales/en/pledges-dashboard.json';
import pledgesFormEn from '~/locales/en/pledges-form.json';
import pledgesImportEn from '~/locales/en/pledges-import.json';
import pledgesRegistryEn from '~/locales/en/pledges-registry.json';
import pledgesSupportEn from '~/locales/en/pledges-support.json';
import referenceEn from '~/locales/en/reference.json';
import registrationEn from '~/locales/en/registration.json';
import reviewsEn from '~/locales/en/reviews.json';
import reviewsCyclesEn from '~/locales/en/reviews-cycles.json';
import reviewsEditEn from '~/locales/en/reviews-edit.json';
import reviewsOutreachEn from '~/locales/en/reviews-outreach.json';
import reviewsSynthesisEn from '~/locales/en/reviews-synthesis.json';
import searchEn from '~/locales/en/search.json';
import sideEventsEn from '~/locales/en/side-events.json';
import workshopsEn from '~/locales/en/workshops.json';
import type { Digits, Locale } from './locales';
import { answerMissingKeysFromWholeCatalog, createI18n, type I18n, type Messages } from './translator';

/**
 * Each namespace file holds flat keys; the full key is "<namespace>.<key>", e.g.
 * "reference.objectives.title". scripts/check-i18n.ts checks both catalogs carry the same keys.
 */
export const namespaces = {
  ar: {
    common: commonAr,
    // Error messages are kept per domain in errors.<domain>.json: each file is a part of the one
    // "errors" namespace, sent to the pages whose code names its messages (route-messages.ts).
    errors: errorsAr,
    'errors.reviews': errorsReviewsAr,
    'errors.reviews-outreach': errorsReviewsOutreachAr,
    'errors.plans': errorsPlansAr,
    'errors.funding': errorsFundingAr,
    'errors.instruments': errorsInstrumentsAr,
    'errors.pledges': errorsPledgesAr,
    'errors.pledges-support': errorsPledgesSupportAr,
    'errors.hub': errorsHubAr,
    'errors.discussions': errorsDiscussionsAr,
    'errors.indicators': errorsIndicatorsAr,
    'errors.hub-practices': errorsHubPracticesAr,
    'errors.meetings': errorsMeetingsAr,
    'errors.registration': errorsRegistrationAr,
    'errors.workshops': errorsWorkshopsAr,
    'errors.side-events': errorsSideEventsAr,
    accounts: accountsAr,
    reference: referenceAr,
    content: contentAr,
    admin: adminAr,
    pledges: pledgesAr,
    'pledges-form': pledgesFormAr,
    'pledges-registry': pledgesRegistryAr,
    'pledges-dashboard': pledgesDashboardAr,
    'pledges-import': pledgesImportAr,
    'pledges-support': pledgesSupportAr,
    reviews: reviewsAr,
    'reviews-edit': reviewsEditAr,
    'reviews-cycles': reviewsCyclesAr,
    'reviews-outreach': reviewsOutreachAr,
    'reviews-synthesis': reviewsSynthesisAr,
    meetings: meetingsAr,
    documents: documentsAr,
    registration: registrationAr,
    workshops: workshopsAr,
    'side-events': sideEventsAr,
    plans: plansAr,
    funding: fundingAr,
    indicators: indicatorsAr,
    instruments: instrumentsAr,
    hub: hubAr,
    discussions: discussionsAr,
    'hub-practices': hubPracticesAr,
    'hub-experts': hubExpertsAr,
    'hub-support': hubSupportAr,
    'open-data': openDataAr,
    search: searchAr,
    coverage: coverageAr,
  },
  en: {
    common: commonEn,
    // Error messages are kept per domain in errors.<domain>.json: each file is a part of the one
    // "errors" namespace, sent to the pages whose code names its messages (route-messages.ts).
    errors: errorsEn,
    'errors.reviews': errorsReviewsEn,
    'errors.reviews-outreach': errorsReviewsOutreachEn,
    'errors.plans': errorsPlansEn,
    'errors.funding': errorsFundingEn,
    'errors.instruments': errorsInstrumentsEn,
    'errors.pledges': errorsPledgesEn,
    'errors.pledges-support': errorsPledgesSupportEn,
    'errors.hub': errorsHubEn,
    'errors.discussions': errorsDiscussionsEn,
    'errors.indicators': errorsIndicatorsEn,
    'errors.hub-practices': errorsHubPracticesEn,
    'errors.meetings': errorsMeetingsEn,
    'errors.registration': errorsRegistrationEn,
    'errors.workshops': errorsWorkshopsEn,
    'errors.side-events': errorsSideEventsEn,
    accounts: accountsEn,
    reference: referenceEn,
    content: contentEn,
    admin: adminEn,
    pledges: pledgesEn,
    'pledges-form': pledgesFormEn,
    'pledges-registry': pledgesRegistryEn,
    'pledges-dashboard': pledgesDashboardEn,
    'pledges-import': pledgesImportEn,
    'pledges-support': pledgesSupportEn,
    reviews: reviewsEn,
    'reviews-edit': reviewsEditEn,
    'reviews-cycles': reviewsCyclesEn,
    'reviews-outreach': reviewsOutreachEn,
    'reviews-synthesis': reviewsSynthesisEn,
    meetings: meetingsEn,
    documents: documentsEn,
    registration: registrationEn,
    workshops: workshopsEn,
    'side-events': sideEventsEn,
    plans: plansEn,
    funding: fundingEn,
    indicators: indicatorsEn,
    instruments: instrumentsEn,
    hub: hubEn,
    discussions: discussionsEn,
    'hub-practices': hubPracticesEn,
    'hub-experts': hubExpertsEn,
    'hub-support': hubSupportEn,
    'open-data': openDataEn,
    search: searchEn,
    coverage: coverageEn,
  },
} satisfies Record<Locale, Record<string, Messages>>;

/** Full keys from parts: "pledges-form" + "title" → "pledges-form.title"; "errors.hub" + "x" → "errors.x". */
function flatten(byPart: Record<string, Messages>): Messages {
  const out: Messages = {};
  for (const [part, messages] of Object.entries(byPart)) {
    const ns = part.split('.')[0]!;
    for (const [key, value] of Object.entries(messages)) out[`${ns}.${key}`] = value;
  }
  return out;
}

export const catalogs: Record<Locale, Messages> = { ar: flatten(namespaces.ar), en: flatten(namespaces.en) };

// The server renders pages from the parts their routes name; a key the table missed is taken from
// the whole catalog so the page still reads right. I18N_STRICT=1 (the tests) makes it an error.
answerMissingKeysFromWholeCatalog(catalogs, { strict: process.env.I18N_STRICT === '1' });

/** Only the parts a page needs (see route-messages.ts), to keep hydration payloads small. */
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

/**
 * The same selection as one JSON string, serialised once per set and kept: the root loader sends it
 * so that hydration data carries one string instead of a thousand keys walked and escaped by the
 * encoder on every request (the page parses it once per set: ui/i18n.tsx).
 */
const serialised = new Map<string, string>();
export function serialisedMessagesFor(locale: Locale, names: readonly string[]): string {
  const key = `${locale}:${names.join()}`;
  let json = serialised.get(key);
  if (json === undefined) {
    json = JSON.stringify(messagesFor(locale, names));
    serialised.set(key, json);
  }
  return json;
}

/** A translator with the whole catalog, for server-side text (e-mails, exports, tests). */
export function serverI18n(locale: Locale, digits: Digits = 'arab'): I18n {
  return createI18n(locale, digits, catalogs[locale]);
}
