import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
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
 * JavaScript). With it, it is a WAI-ARIA combobox (editable, list autocomplete): suggestions appear in
 * a listbox under the box after two characters, once typing pauses, and their count is announced;
 * the arrow keys move through them (aria-activedescendant, the focus stays in the box), Enter opens
 * the one chosen (or submits the search when none is), Escape closes the list, then empties the box.
 * static-page.js does the same on pages that are not hydrated: keep the two in step.
 */
export function SearchBox() {
  const { t, locale } = useI18n();
  const href = useHref();
  const navigate = useNavigate();
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const [enhanced, setEnhanced] = useState(false);
  const [q, setQ] = useState('');
  const [suggestions, setSuggestions] = useState<SuggestionJson[] | null>(null);
  const [active, setActive] = useState(-1);
  const box = useRef<HTMLFormElement>(null);
  useEffect(() => setEnhanced(true), []);

  useEffect(() => {
    const text = q.trim();
    setActive(-1);
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

  const open = Boolean(suggestions?.length);
  const close = () => {
    setSuggestions(null);
    setActive(-1);
  };
  const choose = (s: SuggestionJson) => {
    close();
    navigate(href(s.path));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions?.length ?? 0;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!count) return;
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // From the box, down goes to the first and up to the last; past either end, back to the box.
      setActive((i) =>
        i === -1 ? (step > 0 ? 0 : count - 1) : i + step >= count || i + step < 0 ? -1 : i + step,
      );
    } else if (e.key === 'Enter' && active >= 0 && suggestions?.[active]) {
      e.preventDefault();
      choose(suggestions[active]);
    } else if (e.key === 'Escape') {
      // An open list closes and keeps the words (a search box would clear itself); a closed one empties.
      if (open) {
        e.preventDefault();
        close();
      } else setQ('');
    }
  };

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
        onBlur={(e) => {
          if (!box.current?.contains(e.relatedTarget as Node | null)) close();
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
          onKeyDown={onKeyDown}
          aria-describedby={`${id}-status`}
          {...(enhanced
            ? {
                role: 'combobox',
                'aria-autocomplete': 'list' as const,
                'aria-expanded': open,
                'aria-controls': listId,
                'aria-activedescendant': open && active >= 0 ? optionId(active) : undefined,
              }
            : {})}
          className="min-w-0 flex-1 rounded border border-slate-400 px-2 py-1 lg:w-36 lg:flex-none xl:w-44"
        />
        <button type="submit" className="rounded border border-slate-400 px-2 py-1 text-slate-800">
          {t('common.search.submit')}
        </button>
        <p id={`${id}-status`} role="status" className="sr-only">
          {suggestions ? t('common.search.suggestionCount', { count: suggestions.length }) : ''}
        </p>
        <div
          id={listId}
          role="listbox"
          aria-label={t('common.search.suggestions')}
          hidden={!open}
          className="absolute start-0 top-full z-10 mt-1 w-72 max-w-[90vw] rounded border border-slate-300 bg-white p-1 shadow"
        >
          {suggestions?.map((s, i) => (
            // biome-ignore lint/a11y/useFocusableInteractive: options are reached with aria-activedescendant, not focus
            // biome-ignore lint/a11y/useKeyWithClickEvents: the keys are the combobox's (onKeyDown on the box)
            <div
              key={`${s.type}:${s.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              lang={s.language}
              dir="auto"
              className={`block cursor-pointer rounded px-2 py-1 text-slate-900 hover:bg-slate-100 ${i === active ? 'bg-slate-100 outline-2 outline-brand-700' : ''}`}
              // The focus stays in the box (a click must not blur it before it counts).
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(s)}
            >
              <MarkedTitle title={s.title} />
              <span className="block text-xs text-slate-600">
                {s.typeLabel}
                {s.visibility !== 'public' ? ` · ${t('common.search.notPublic')}` : ''}
              </span>
            </div>
          ))}
        </div>
      </form>
    </search>
  );
}
