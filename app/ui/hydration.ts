import { useMatches } from 'react-router';
import enhanceScript from './static-page.js?url';

/**
 * Read-only public pages are sent without React's JavaScript (decision 58): their links and forms work
 * as plain HTML, so a reader on a phone and a slow line downloads ~125 KB less per page. A page opts out
 * with `export const handle = staticPage;`; what it still needs from JavaScript (the header's menus
 * closing on a click outside or on Escape, the search box's suggestions) comes from one small script,
 * `static-page.js`, instead of hydration. Pages with interactive forms (the pledge form's live quality
 * panel, the choice pickers, the section editor) keep hydrating.
 */
export const staticPage = { hydrate: false } as const;

export { enhanceScript };

/**
 * Whether this document hydrates: not when its deepest route is a static page. Once hydrated (a
 * client-side navigation), the answer stays yes, so the running app keeps its scripts.
 */
export function useHydrates(): boolean {
  const matches = useMatches();
  if (typeof document !== 'undefined') return true;
  const leaf = matches.at(-1)?.handle as { hydrate?: boolean } | undefined;
  return leaf?.hydrate !== false;
}
