import { renderMessage } from '../messages/catalogue.js';
import { DEFAULT_LOCALE } from '../messages/refusal.js';
import { NETWORK_RULE_TEXTS } from './rule-messages.js';

export type NetworkRuleCode = keyof typeof NETWORK_RULE_TEXTS;

/** The bokmål text of each rule, for the database's errors (the API renders the reason in the reader's language). */
export const NETWORK_RULE_MESSAGES: Readonly<Record<NetworkRuleCode, string>> = Object.fromEntries(
  Object.keys(NETWORK_RULE_TEXTS).map((code) => [code, renderMessage(code, undefined, DEFAULT_LOCALE)]),
) as Record<NetworkRuleCode, string>;
