import { Form, useLocation, useRouteLoaderData } from 'react-router';
import type { RootData } from '~/root.server';
import { CsrfInput } from './forms';
import { useHref, useI18n } from './i18n';

/**
 * The numerals switch (١٢٣ / 123): a plain form posting to /{lang}/preferences, so it works
 * without JavaScript and for visitors who are not signed in; it comes back to this page.
 * Compact enough for the site footer.
 */
export function DigitsSwitch({ className = '' }: { className?: string }) {
  const { t } = useI18n();
  const href = useHref();
  const location = useLocation();
  const root = useRouteLoaderData<RootData>('root');
  const current = root?.digits ?? 'arab';
  const options = [
    { value: 'arab', sample: t('common.digits.arabSample'), label: t('common.digits.arab') },
    { value: 'latn', sample: t('common.digits.latnSample'), label: t('common.digits.latn') },
  ] as const;
  return (
    <Form
      method="post"
      action={href('/preferences')}
      className={`flex flex-wrap items-center gap-2 text-sm ${className}`}
    >
      <CsrfInput />
      <input type="hidden" name="returnTo" value={location.pathname + location.search} />
      <fieldset className="inline-flex items-center gap-1">
        <legend className="float-start me-2">{t('common.digits.switchLabel')}</legend>
        {options.map((o) => (
          <button
            key={o.value}
            type="submit"
            name="digits"
            value={o.value}
            aria-pressed={current === o.value}
            title={o.label}
            className={`rounded border px-2 py-0.5 ${current === o.value ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-800'}`}
          >
            <span aria-hidden="true" data-verbatim>
              {o.sample}
            </span>
            <span className="sr-only">{o.label}</span>
          </button>
        ))}
      </fieldset>
    </Form>
  );
}
