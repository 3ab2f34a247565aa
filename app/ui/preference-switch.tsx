import type { ReactNode } from 'react';
import { Form, useLocation } from 'react-router';
import { CsrfInput } from './forms';
import { useHref } from './i18n';

/**
 * A reader preference as a row of buttons (digits, calendar): a plain form posting to
 * /{lang}/preferences, so it works without JavaScript and for visitors who are not signed in; it
 * comes back to this page. Compact enough for the site footer.
 */
export function PreferenceSwitch<V extends string>({
  name,
  legend,
  current,
  options,
  className = '',
}: {
  name: string;
  legend: string;
  current: V;
  /** `content` is what the button shows; `label` its full name (title, and for screen readers). */
  options: readonly { value: V; content: ReactNode; label: string }[];
  className?: string;
}) {
  const href = useHref();
  const location = useLocation();
  return (
    <Form
      method="post"
      action={href('/preferences')}
      className={`flex flex-wrap items-center gap-2 text-sm ${className}`}
    >
      <CsrfInput />
      <input type="hidden" name="returnTo" value={location.pathname + location.search} />
      <fieldset className="inline-flex items-center gap-1">
        <legend className="float-start me-2">{legend}</legend>
        {options.map((o) => (
          <button
            key={o.value}
            type="submit"
            name={name}
            value={o.value}
            aria-pressed={current === o.value}
            title={o.label}
            className={`rounded border px-2 py-0.5 ${current === o.value ? 'border-brand-700 bg-brand-700 text-white' : 'border-slate-300 bg-white text-slate-800'}`}
          >
            {o.content}
          </button>
        ))}
      </fieldset>
    </Form>
  );
}
