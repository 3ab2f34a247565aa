import type { ReactNode } from 'react';

/**
 * A wide table scrolls sideways inside this box instead of widening the page on a phone.
 * `relative` keeps the table's absolutely placed parts (sr-only captions and labels) inside the
 * box; otherwise they escape it and widen the page after all.
 */
export function TableScroll({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <div className={`relative max-w-full overflow-x-auto ${className}`}>{children}</div>;
}
