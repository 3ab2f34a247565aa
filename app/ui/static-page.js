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

/**
 * Suggestions under the header's search box after two characters, once typing pauses: the same
 * WAI-ARIA combobox as SearchBox (arrow keys move through the listbox with aria-activedescendant,
 * Enter opens the chosen suggestion or submits, Escape closes the list, then empties the box).
 */
function suggest(box) {
  const form = box.querySelector('form');
  const input = form?.querySelector('input[name="q"]');
  const status = form?.querySelector('[role="status"]');
  const list = form?.querySelector('[role="listbox"]');
  if (!form || !input || !status || !list) return;
  const { notPublic = '', locale = 'ar' } = box.dataset;
  const counts = JSON.parse(box.dataset.suggestCounts ?? '[]');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  let timer = 0;
  /** @type {AbortController | null} */
  let controller = null;
  /** @type {{ path: string }[]} */
  let items = [];
  let active = -1;

  const options = () => /** @type {HTMLElement[]} */ ([...list.children]);
  const activate = (i) => {
    active = i;
    options().forEach((o, j) => {
      o.setAttribute('aria-selected', String(j === i));
      for (const c of ['bg-slate-100', 'outline-2', 'outline-brand-700']) o.classList.toggle(c, j === i);
    });
    if (i >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const close = () => {
    items = [];
    activate(-1);
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const clear = () => {
    close();
    status.textContent = '';
  };
  const go = (s) => {
    close();
    window.location.assign(`/${locale}${s.path === '/' ? '' : s.path}`);
  };
  const show = (found) => {
    close();
    status.textContent = counts[Math.min(found.length, counts.length - 1)] ?? '';
    if (!found.length) return;
    items = found;
    found.forEach((s, i) => {
      const li = document.createElement('div');
      li.id = `${list.id}-${i}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.lang = s.language;
      li.dir = 'auto';
      li.className = 'block cursor-pointer rounded px-2 py-1 text-slate-900 hover:bg-slate-100';
      let at = 0;
      const text = s.title.text;
      for (const [start, end] of s.title.matches) {
        if (start > at) li.append(text.slice(at, start));
        const mark = document.createElement('mark');
        mark.className = 'bg-yellow-100 text-inherit';
        mark.textContent = text.slice(start, end);
        li.append(mark);
        at = end;
      }
      if (at < text.length) li.append(text.slice(at));
      const kind = document.createElement('span');
      kind.className = 'block text-xs text-slate-600';
      kind.textContent = s.typeLabel + (s.visibility !== 'public' ? ` · ${notPublic}` : '');
      li.append(kind);
      li.addEventListener('mousedown', (e) => e.preventDefault());
      li.addEventListener('click', () => go(s));
      list.append(li);
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    controller?.abort();
    activate(-1);
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
  input.addEventListener('keydown', (event) => {
    const count = items.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!count) return;
      event.preventDefault();
      const next = active + (event.key === 'ArrowDown' ? 1 : -1);
      // From the box, down goes to the first and up to the last; past either end, back to the box.
      activate(
        active === -1 ? (event.key === 'ArrowDown' ? 0 : count - 1) : next >= count || next < 0 ? -1 : next,
      );
    } else if (event.key === 'Enter' && active >= 0 && items[active]) {
      event.preventDefault();
      go(items[active]);
    } else if (event.key === 'Escape') {
      // An open list closes and keeps the words (a search box would clear itself); a closed one empties.
      if (count) {
        event.preventDefault();
        clear();
      } else input.value = '';
    }
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(/** @type {Node | null} */ (event.relatedTarget))) clear();
  });
}
