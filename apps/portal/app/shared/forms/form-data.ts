/** A text field of a posted form; '' when missing (or a file, which no form of ours sends). */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/** An optional field as the gateway takes it: trimmed, and null when left blank. */
export const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim());
