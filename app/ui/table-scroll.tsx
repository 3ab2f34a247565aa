import type { ReactNode } from 'react';

/**
 * A wide table scrolls sideways inside this box instead of widening the page on a phone.
 * `relative` keeps the table's absolutely placed parts (sr-only captions and labels) inside the
 * box; otherwise they escape it and widen the page after all. The box takes keyboard focus so a
 * reader without a pointer can scroll it with the arrow keys (not every browser makes scrollers
 * focusable by itself).
 */
export function TableScroll({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <div tabIndex={0} className={`relative max-w-full overflow-x-auto focus-visible:outline-2 ${className}`}>
      {children}
    </div>
  );
}
