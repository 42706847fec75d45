/** What every repository page offers: rows, one cursor per row, and where the next page starts. */
export interface Page<T> {
  nodes: T[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A repository page as a Relay connection. */
export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.nodes.map((node, index) => ({ node, cursor: page.cursors[index]! })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}

/** A reference the database guarantees (foreign key, reference data); its absence is a bug. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Inconsistent data: missing ${what}`);
  return value;
}
