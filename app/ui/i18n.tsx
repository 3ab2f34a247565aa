import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { createI18n, type I18n } from '~/platform/i18n/translator';
import type { RootData } from '~/root.server';

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ root, children }: { root: RootData; children: ReactNode }) {
  const i18n = useMemo(
    () => createI18n(root.locale, root.digits, root.messages),
    [root.locale, root.digits, root.messages],
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
