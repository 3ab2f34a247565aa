import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { createI18n, type I18n, type Messages } from '~/platform/i18n/translator';
import type { RootData } from '~/root.server';

const I18nContext = createContext<I18n | null>(null);

/**
 * The root loader sends the page's messages as one JSON string; each distinct set is parsed once
 * (a few sets per locale, so the map stays small on the server and in the browser).
 */
const parsedMessages = new Map<string, Messages>();
function rootMessages(json: string): Messages {
  let messages = parsedMessages.get(json);
  if (!messages) {
    messages = JSON.parse(json) as Messages;
    parsedMessages.set(json, messages);
  }
  return messages;
}

/** The reader's translator from the root loader data (components use useI18n; meta functions this). */
export function rootI18n(root: Pick<RootData, 'locale' | 'digits' | 'calendar' | 'messages'>): I18n {
  return createI18n(root.locale, root.digits, rootMessages(root.messages), root.calendar);
}

export function I18nProvider({ root, children }: { root: RootData; children: ReactNode }) {
  const { locale, digits, calendar, messages } = root;
  const i18n = useMemo(
    () => rootI18n({ locale, digits, calendar, messages }),
    [locale, digits, calendar, messages],
  );
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

/** Builds a link into the reader's language: href('/objectives/7') → /ar/objectives/7. */
export function useHref() {
  const { locale } = useI18n();
  return (path: string) => `/${locale}${path === '/' ? '' : path}`;
}
