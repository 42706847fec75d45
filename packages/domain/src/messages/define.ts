import type { Locale, RefusalParams } from './refusal.js';

/**
 * One text per language for each reason. A text may hold `{name}` placeholders filled from the
 * refusal's params, or be a function of the params when the wording depends on them.
 */
export type MessageText = string | ((params: RefusalParams) => string);
export type MessageEntry = Readonly<Record<Locale, MessageText>>;
export type MessageTable = Readonly<Record<string, MessageEntry>>;

/** Declares a concept's messages; the type keeps every entry in both languages. */
export const defineMessages = <T extends Record<string, MessageEntry>>(table: T): T => table;
