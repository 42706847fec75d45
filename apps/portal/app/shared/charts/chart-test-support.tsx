import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nProvider } from '../i18n/i18n-context';
import type { Lang } from '../i18n/i18n';

// Reading the static markup the server sends: the charts' tests check what a browser without
// script (or a printer) gets, so they parse React's output rather than a DOM.

export function render(node: ReactNode, lang: Lang = 'nb'): string {
  return renderToStaticMarkup(<I18nProvider lang={lang}>{node}</I18nProvider>);
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#x27;': "'" };

/**
 * The text a reader gets from a piece of markup: tags dropped, entities decoded, and Intl's
 * no-break spaces ("100 %", "12 345") written as plain spaces so tests can spell them.
 */
export function textOf(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/&(lt|gt|amp|quot|#x27);/g, (entity) => ENTITIES[entity]!)
    .trim();
}

/** Every table in the markup, as its caption and its rows of cell texts (header row first). */
export function tablesOf(html: string): { caption: string; rows: string[][] }[] {
  return [...html.matchAll(/<table[^>]*>([\s\S]*?)<\/table>/g)].map(([, inner]) => ({
    caption: textOf(/<caption[^>]*>([\s\S]*?)<\/caption>/.exec(inner!)?.[1] ?? ''),
    rows: [...inner!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
      [...row!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>|<t[hd][^>]*\/>/g)].map(([, cell]) => textOf(cell ?? '')),
    ),
  }));
}

/** The drawings (`<svg role="img">`), each as its opening tag's attributes and its markup. */
export function drawingsOf(html: string): { attributes: string; markup: string }[] {
  return [...html.matchAll(/<svg([^>]*role="img"[^>]*)>([\s\S]*?)<\/svg>/g)].map(([, attributes, markup]) => ({
    attributes: attributes!,
    markup: markup!,
  }));
}

/** An attribute's value in a tag's attributes. */
export function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];
}

/** The text of the element with this id. */
export function textById(html: string, id: string): string | undefined {
  const match = new RegExp(
    `<(\\w+)[^>]*\\sid="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>([\\s\\S]*?)</\\1>`,
  ).exec(html);
  return match ? textOf(match[2]!) : undefined;
}

/** Every id in the markup, with repeats: a page's ids must be unique for labels to point right. */
export function idsOf(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => id!);
}

/** Every `url(#…)` and `aria-*by` reference, so a test can check each points at an id that exists. */
export function referencesOf(html: string): string[] {
  const urls = [...html.matchAll(/url\(#([^)]+)\)/g)].map(([, id]) => id!);
  const aria = [...html.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g)].flatMap(([, ids]) => ids!.split(' '));
  return [...urls, ...aria];
}
