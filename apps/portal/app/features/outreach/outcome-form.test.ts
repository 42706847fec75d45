import { describe, expect, it } from 'vitest';
import { chosenTarget, readOutcomeForm } from './outcome-form';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('outcome form', () => {
  it('takes the select that matches the chosen kind, ignoring the others', () => {
    const values = readOutcomeForm(
      form([
        ['kind', 'FACILITATOR_RECRUITED'],
        ['target.GROUP_STARTED', 'g1'],
        ['target.FACILITATOR_RECRUITED', ' f1 '],
        ['target.NEW_PARTNER', ''],
        ['note', ' Rekruttert '],
      ]),
    );
    expect(chosenTarget(values)).toBe('f1');
    expect(values.note).toBe('Rekruttert');
    expect(values.targets.GROUP_STARTED).toBe('g1');
  });

  it('has no target without a known kind, or when the kind’s select is empty', () => {
    expect(chosenTarget(readOutcomeForm(form([['target.GROUP_STARTED', 'g1']])))).toBe('');
    expect(
      chosenTarget(
        readOutcomeForm(
          form([
            ['kind', 'NOPE'],
            ['target.GROUP_STARTED', 'g1'],
          ]),
        ),
      ),
    ).toBe('');
    expect(
      chosenTarget(
        readOutcomeForm(
          form([
            ['kind', 'NEW_PARTNER'],
            ['target.GROUP_STARTED', 'g1'],
          ]),
        ),
      ),
    ).toBe('');
  });
});
