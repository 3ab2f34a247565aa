import { createContext, useContext } from 'react';
import { createPath, type LinkProps, Link as RouterLink } from 'react-router';

/** False while rendering a document sent without React's JavaScript (root.tsx sets it; ui/hydration.ts). */
export const DocumentHydrates = createContext(true);

/**
 * A link inside the site. In a document that hydrates it is React Router's <Link> (client-side
 * navigation); in a read-only page sent without JavaScript it is a plain <a>, since nothing would
 * ever navigate it on the client and <Link> resolves its path against the route matches on every
 * render: about a tenth of such a page's rendering time with the header's two dozen links.
 * `to` is a path the browser resolves the same way (absolute, or a query string).
 */
export function Link(props: LinkProps) {
  const hydrates = useContext(DocumentHydrates);
  if (hydrates) return <RouterLink {...props} />;
  const {
    to,
    discover: _discover,
    prefetch: _prefetch,
    reloadDocument: _reloadDocument,
    replace: _replace,
    state: _state,
    preventScrollReset: _preventScrollReset,
    relative: _relative,
    viewTransition: _viewTransition,
    ...anchor
  } = props;
  return <a href={typeof to === 'string' ? to : createPath(to)} {...anchor} />;
}
