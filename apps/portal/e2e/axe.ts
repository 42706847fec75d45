import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * axe-core's violations on the current page, one line each (rule, impact, the first elements).
 * The engine is evaluated through the DevTools protocol, which the page's CSP does not govern, so
 * no inline script is injected and the CSP watch stays silent.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  );
  return results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | ')}${violation.nodes.length > 3 ? ` …and ${violation.nodes.length - 3} more` : ''}`,
  );
}
