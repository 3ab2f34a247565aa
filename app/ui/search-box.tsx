import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useHref, useI18n } from './i18n';

interface SuggestionJson {
  id: string;
  type: string;
  typeLabel: string;
  path: string;
  language: string;
  visibility: string;
  title: { text: string; matches: [number, number][] };
}

/** Characters typed before suggestions are asked for, and the pause that counts as "stopped typing". */
const minChars = 2;
const debounceMs = 250;
/** The most suggestions the API answers (app/modules/search/suggest.server.ts). */
const maxSuggestions = 6;

/** The title with its matches in <mark>, from the API's offsets. */
function MarkedTitle({ title }: { title: SuggestionJson['title'] }) {
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [start, end] of title.matches) {
    if (start > at) parts.push({ text: title.text.slice(at, start), hit: false });
    parts.push({ text: title.text.slice(start, end), hit: true });
    at = end;
  }
  if (at < title.text.length) parts.push({ text: title.text.slice(at), hit: false });
  return (
    <>
      {parts.map((p) =>
        p.hit ? (
          <mark key={`${p.text}-${parts.indexOf(p)}`} className="bg-yellow-100 text-inherit">
            {p.text}
          </mark>
        ) : (
          <span key={`${p.text}-${parts.indexOf(p)}`}>{p.text}</span>
        ),
      )}
    </>
  );
}

/**
 * The search box in every page's header: a plain GET form to the search page (works without
 * JavaScript); with it, suggestions appear under the box after two characters, once typing pauses.
 */
export function SearchBox() {
  const { t, locale } = useI18n();
  const href = useHref();
  const id = useId();
  const [q, setQ] = useState('');
  const [suggestions, setSuggestions] = useState<SuggestionJson[] | null>(null);
  const box = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const text = q.trim();
    if (text.length < minChars) {
      setSuggestions(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/v1/search/suggestions?${new URLSearchParams({ q: text, lang: locale })}`, {
        signal: controller.signal,
        credentials: 'same-origin',
      })
        .then((r) => (r.ok ? r.json() : { data: [] }))
        .then((body: { data: SuggestionJson[] }) => setSuggestions(body.data))
        .catch(() => {});
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, locale]);

  return (
    <search
      aria-label={t('common.search.label')}
      className="relative text-sm"
      // What static-page.js needs to suggest on a page that is not hydrated (app/ui/hydration.ts).
      data-suggest=""
      data-locale={locale}
      data-suggest-label={t('common.search.suggestions')}
      data-suggest-counts={JSON.stringify(
        Array.from({ length: maxSuggestions + 1 }, (_, count) =>
          t('common.search.suggestionCount', { count }),
        ),
      )}
      data-not-public={t('common.search.notPublic')}
    >
      <form
        ref={box}
        method="get"
        action={href('/search')}
        className="flex items-center gap-1"
        onKeyDown={(e) => {
          if (e.key === 'Escape') setSuggestions(null);
        }}
        onBlur={(e) => {
          if (!box.current?.contains(e.relatedTarget as Node | null)) setSuggestions(null);
        }}
      >
        <label htmlFor={`${id}-q`} className="sr-only">
          {t('common.search.label')}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          dir="auto"
          autoComplete="off"
          maxLength={500}
          placeholder={t('common.search.placeholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          aria-describedby={`${id}-status`}
          className="min-w-0 flex-1 rounded border border-slate-400 px-2 py-1 lg:w-36 lg:flex-none xl:w-44"
        />
        <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-slate-800">
          {t('common.search.submit')}
        </button>
        <p id={`${id}-status`} role="status" className="sr-only">
          {suggestions ? t('common.search.suggestionCount', { count: suggestions.length }) : ''}
        </p>
        {suggestions?.length ? (
          <ul
            aria-label={t('common.search.suggestions')}
            className="absolute start-0 top-full z-10 mt-1 w-72 max-w-[90vw] rounded border border-slate-300 bg-white p-1 shadow"
          >
            {suggestions.map((s) => (
              <li key={`${s.type}:${s.id}`}>
                <Link
                  to={href(s.path)}
                  lang={s.language}
                  dir="auto"
                  className="block rounded px-2 py-1 text-slate-900 no-underline hover:bg-slate-100 focus:bg-slate-100"
                  onClick={() => setSuggestions(null)}
                >
                  <MarkedTitle title={s.title} />
                  <span className="block text-xs text-slate-600">
                    {s.typeLabel}
                    {s.visibility !== 'public' ? ` · ${t('common.search.notPublic')}` : ''}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </form>
    </search>
  );
}
