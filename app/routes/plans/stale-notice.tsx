import type { ReactNode } from 'react';
import { useI18n } from '~/ui/i18n';

/** After a stale save: what is stored now (`<dt>`/`<dd>` pairs), above the form that kept the user's values. */
export function StaleNotice({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <section
      aria-labelledby="stale-title"
      className="mb-4 rounded border border-slate-300 bg-slate-50 p-3 text-sm"
    >
      <h3 id="stale-title" className="font-semibold">
        {t('plans.stale.title')}
      </h3>
      <p className="mb-2">{t('plans.stale.intro')}</p>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">{children}</dl>
    </section>
  );
}
