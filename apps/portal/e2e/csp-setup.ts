import { afterEach, expect } from 'vitest';
import { takeCspViolations } from './browser';

// Every e2e test fails when a page it opened broke the Content-Security-Policy.
afterEach(() => {
  expect(takeCspViolations(), 'Content-Security-Policy violations').toEqual([]);
});
