import { describe, expect, it } from 'vitest';
import { localPath, safeRedirect } from './safe-redirect';

describe('safeRedirect', () => {
  it.each([
    ['/vest/brukere', '/vest/brukere'],
    ['/vest/brukere?role=DISTRICT_LEAD', '/vest/brukere?role=DISTRICT_LEAD'],
    ['/vest', '/vest'],
  ])('keeps the same-portal path %s', (target, expected) => {
    expect(safeRedirect(target, '/vest')).toBe(expected);
  });

  it.each([
    [null],
    [''],
    ['https://evil.example/vest'],
    ['//evil.example/vest'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['/\tevil.example'],
    ['javascript:alert(1)'],
    ['vest/brukere'],
    ['/nord/brukere'],
    ['/vestland'],
    ['/vest/../nord'],
    ['/vest/logg-inn'],
    ['/vest/logg-ut'],
  ])('falls back to the portal home for %s', (target) => {
    expect(safeRedirect(target, '/vest')).toBe('/vest');
  });
});

describe('localPath', () => {
  it('keeps paths on this site', () => {
    expect(localPath('/vest?x=1')).toBe('/vest?x=1');
    expect(localPath('/')).toBe('/');
  });

  it.each([['//evil.example'], ['/\t/evil.example'], ['/\\evil.example'], ['https://evil.example'], [''], [null]])(
    'rejects %s',
    (target) => {
      expect(localPath(target)).toBeNull();
    },
  );
});
