import type { Page } from 'playwright-core';

/**
 * A hand-written baseline, run on every page the tests visit: a language, one h1, one main
 * that the skip link reaches, every form control labelled, every button named, unique ids.
 * Uses locators only, so it also works in contexts with JavaScript disabled.
 */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const lang = await page.locator('html').getAttribute('lang');
  if (lang !== 'nb' && lang !== 'en') problems.push(`<html lang> is ${JSON.stringify(lang)}`);

  const h1s = await page.locator('h1').count();
  if (h1s !== 1) problems.push(`${h1s} h1 elements`);

  if ((await page.locator('main#main').count()) !== 1) problems.push('no single <main id="main">');
  const skip = page.locator('body a[href="#main"]').first();
  if ((await skip.count()) === 0) problems.push('no skip link to #main');

  if ((await page.locator('title').first().textContent())?.trim() === '') problems.push('empty <title>');
  if ((await page.locator('meta[name="viewport"]').count()) !== 1) problems.push('no viewport meta');

  const controls = page.locator(
    'input:not([type="hidden"]):not([type="submit"]):not([type="button"]), select, textarea',
  );
  for (const control of await controls.all()) {
    const name = await control.getAttribute('name');
    const id = await control.getAttribute('id');
    const ariaLabel = await control.getAttribute('aria-label');
    const labelledBy = await control.getAttribute('aria-labelledby');
    const hasForLabel = id ? (await page.locator(`label[for="${id}"]`).count()) === 1 : false;
    const wrapped = (await control.locator('xpath=ancestor::label').count()) > 0;
    if (!hasForLabel && !wrapped && !ariaLabel && !labelledBy) problems.push(`control "${name ?? id}" has no label`);
    const describedBy = await control.getAttribute('aria-describedby');
    for (const ref of describedBy?.split(/\s+/) ?? []) {
      if ((await page.locator(`[id="${ref}"]`).count()) !== 1)
        problems.push(`"${name}" is described by missing #${ref}`);
    }
  }

  for (const button of await page.locator('button, [role="button"]').all()) {
    const text = (await button.innerText()).trim();
    if (!text && !(await button.getAttribute('aria-label'))) problems.push('a button without a name');
  }

  for (const image of await page.locator('img').all()) {
    if ((await image.getAttribute('alt')) === null) problems.push('an image without alt');
  }

  const ids = await page
    .locator('[id]')
    .evaluateAll((elements) => elements.map((element) => element.id))
    .catch(() => null);
  if (ids) {
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    if (duplicates.length > 0) problems.push(`duplicate ids: ${[...new Set(duplicates)].join(', ')}`);
  }
  return problems;
}
