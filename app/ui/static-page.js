/**
 * The only JavaScript of a page that is not hydrated (app/ui/hydration.ts): what the React header does
 * on hydrated pages (useMenusClose in site-nav.tsx, SearchBox in search-box.tsx), in plain DOM code.
 * Everything here is an enhancement: without it the menus are <details> and the search box a GET form.
 */
const minChars = 2;
const debounceMs = 250;

const header = document.querySelector('header');

// Menus close on a click outside them and on Escape (which gives the focus back to the menu's button).
document.addEventListener('click', (event) => {
  for (const d of header?.querySelectorAll('details[open]') ?? []) {
    if (!d.contains(/** @type {Node} */ (event.target))) d.removeAttribute('open');
  }
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const target = /** @type {Element | null} */ (event.target);
  const open = target?.closest?.('details[open]');
  if (!open || !header?.contains(open)) return;
  open.removeAttribute('open');
  open.querySelector('summary')?.focus();
});

for (const box of document.querySelectorAll('search[data-suggest]'))
  suggest(/** @type {HTMLElement} */ (box));

/** Suggestions under the header's search box after two characters, once typing pauses. */
function suggest(box) {
  const form = box.querySelector('form');
  const input = form?.querySelector('input[name="q"]');
  const status = form?.querySelector('[role="status"]');
  if (!form || !input || !status) return;
  const { suggestLabel = '', notPublic = '', locale = 'ar' } = box.dataset;
  const counts = JSON.parse(box.dataset.suggestCounts ?? '[]');
  let timer = 0;
  /** @type {AbortController | null} */
  let controller = null;
  /** @type {HTMLUListElement | null} */
  let list = null;

  const close = () => {
    list?.remove();
    list = null;
  };
  const clear = () => {
    close();
    status.textContent = '';
  };
  const show = (items) => {
    close();
    status.textContent = counts[Math.min(items.length, counts.length - 1)] ?? '';
    if (!items.length) return;
    list = document.createElement('ul');
    list.setAttribute('aria-label', suggestLabel);
    list.className =
      'absolute start-0 top-full z-10 mt-1 w-72 max-w-[90vw] rounded border border-slate-300 bg-white p-1 shadow';
    for (const s of items) {
      const a = document.createElement('a');
      a.href = `/${locale}${s.path === '/' ? '' : s.path}`;
      a.lang = s.language;
      a.dir = 'auto';
      a.className =
        'block rounded px-2 py-1 text-slate-900 no-underline hover:bg-slate-100 focus:bg-slate-100';
      let at = 0;
      const text = s.title.text;
      for (const [start, end] of s.title.matches) {
        if (start > at) a.append(text.slice(at, start));
        const mark = document.createElement('mark');
        mark.className = 'bg-yellow-100 text-inherit';
        mark.textContent = text.slice(start, end);
        a.append(mark);
        at = end;
      }
      if (at < text.length) a.append(text.slice(at));
      const kind = document.createElement('span');
      kind.className = 'block text-xs text-slate-600';
      kind.textContent = s.typeLabel + (s.visibility !== 'public' ? ` · ${notPublic}` : '');
      a.append(kind);
      const li = document.createElement('li');
      li.append(a);
      list.append(li);
    }
    form.append(list);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    controller?.abort();
    const text = input.value.trim();
    if (text.length < minChars) {
      clear();
      return;
    }
    const current = new AbortController();
    controller = current;
    timer = window.setTimeout(() => {
      fetch(`/api/v1/search/suggestions?${new URLSearchParams({ q: text, lang: locale })}`, {
        signal: current.signal,
        credentials: 'same-origin',
      })
        .then((r) => (r.ok ? r.json() : { data: [] }))
        .then((body) => show(body.data))
        .catch(() => {});
    }, debounceMs);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') clear();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(/** @type {Node | null} */ (event.relatedTarget))) clear();
  });
}
