import DataLoader from 'dataloader';

/**
 * Per-request batch loaders, owned by the service that reads through them: a list of 100
 * groups asking for their history costs one query per kind of history, not one per group.
 * The service builds them with the viewer's scope, so a loader never hands out rows the viewer
 * may not see, and passes what they return through the read path.
 */
export function recordLoader<T>(load: (ids: string[]) => Promise<readonly (T | null)[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => load([...ids]));
}

/** Rows belonging to each id (a group's history, a partner's contacts); none is an empty list. */
export function groupedLoader<T>(load: (ids: string[]) => Promise<Map<string, T[]>>): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) => {
    const byId = await load([...ids]);
    return ids.map((id) => byId.get(id) ?? []);
  });
}

/**
 * The rows a `loadMany` found. Missing or out-of-scope ones (null) are left out; a failed load
 * is thrown, not dropped, so a database error never looks like an empty list.
 */
export function loaded<T>(results: readonly (T | null | Error)[]): T[] {
  const failure = results.find((result): result is Error => result instanceof Error);
  if (failure) throw failure;
  return results.filter((result): result is T => result !== null && !(result instanceof Error));
}
