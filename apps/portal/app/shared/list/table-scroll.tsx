import type { ReactNode } from 'react';

/**
 * A data table that may be wider than a phone: the table scrolls sideways inside this box while
 * the rest of the page reflows (WCAG 1.4.10 exempts data tables, not the page around them).
 */
export function TableScroll({ children }: { children: ReactNode }) {
  return <div className="portal-table-scroll">{children}</div>;
}
