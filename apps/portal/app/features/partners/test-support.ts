/** A posted form from name → value(s), as the browser would send it. */
export function formOf(entries: Record<string, string | string[] | File>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) {
    if (value instanceof File) data.append(name, value);
    else for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}
