import { Form, useLocation, useRouteLoaderData } from 'react-router';
import type { RootData } from '~/root.server';
import { CsrfInput } from './forms';
import { useHref, useI18n } from './i18n';

/**
 * The calendar switch (Gregorian / Gregorian and Hijri), the digits switch's twin: a plain form
 * posting to /{lang}/preferences, so it works without JavaScript and without an account.
 */
export function CalendarSwitch({ className = '' }: { className?: string }) {
  const { t } = useI18n();
  const href = useHref();
  const location = useLocation();
  const root = useRouteLoaderData<RootData>('root');
  const current = root?.calendar ?? 'gregorian';
  const options = [
    { value: 'gregorian', short: t('common.calendar.gregorian'), label: t('common.calendar.gregorianLong') },
    { value: 'gregorian+hijri', short: t('common.calendar.hijri'), label: t('common.calendar.hijriLong') },
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
        <legend className="float-start me-2">{t('common.calendar.switchLabel')}</legend>
        {options.map((o) => (
          <button
            key={o.value}
            type="submit"
            name="calendar"
            value={o.value}
            aria-pressed={current === o.value}
            title={o.label}
            className={`rounded border px-2 py-0.5 ${current === o.value ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-800'}`}
          >
            {o.short}
          </button>
        ))}
      </fieldset>
    </Form>
  );
}
