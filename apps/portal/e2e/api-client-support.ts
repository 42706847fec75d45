import type { Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { axeViolations } from './axe';

// What the API client spec asks of the gateway and the page: a partner's calls with its key,
// the one-time key on the page, and moving by keyboard.

const gatewayUrl = inject('gatewayUrl');

interface Answer {
  status: number;
  data: Record<string, unknown> | null;
  codes: string[];
}

/** A GraphQL call with a partner's key, as a partner makes it: the answer and its error codes. */
export async function withKey(key: string, query: string): Promise<Answer> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  };
  return {
    status: response.status,
    data: body.data ?? null,
    codes: (body.errors ?? []).map((error) => error.extensions?.code ?? '?'),
  };
}

const GROUPS_OF = (districtId: string) =>
  `{ groups(filter: { districtId: "${districtId}" }, first: 5) { totalCount edges { node { id district { id } } } } }`;

/** The districts of the groups the key reads in `districtId`, and how many there are. */
export async function groupsWithKey(key: string, districtId: string) {
  const answer = await withKey(key, GROUPS_OF(districtId));
  const groups = answer.data?.groups as
    { totalCount: number; edges: { node: { district: { id: string } } }[] } | undefined;
  return {
    codes: answer.codes,
    totalCount: groups?.totalCount ?? -1,
    districts: [...new Set(groups?.edges.map(({ node }) => node.district.id) ?? [])],
  };
}

export async function axeAtBothWidths(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const violation of await axeViolations(page)) problems.push(`${width} px: ${violation}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  return problems;
}

/** The key the page shows right now (the one-time notice), or null when there is none. */
export async function shownKey(page: Page): Promise<string | null> {
  const key = page.getByTestId('api-key');
  return (await key.count()) > 0 ? (await key.innerText()).trim() : null;
}

/** Tabs forward until `target` has the focus: the keyboard's way to a field (no clicks). */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the field was not reached with Tab');
}
