/**
 * About how wide a label is in user units: the server has no fonts to measure with, and the
 * layout only needs room for the label, not its exact size. 0.6 em per character is a little
 * wider than the portal's sans-serif fonts set letters and digits.
 */
export function textWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6);
}
