import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesStub } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../shared/i18n/i18n-context';
import type { FacilitatorAssignmentsProps } from './facilitator-assignments';
import { FacilitatorAssignments } from './facilitator-assignments';

const portal: FacilitatorAssignmentsProps['portal'] = { kind: 'district', segment: 'vest', districtId: 'vest' };
const person = (id: string, name: string) => ({
  id,
  name,
  availability: 'AVAILABLE' as const,
  municipality: { name: 'Bergen' },
});
const assigned = (id: string, name: string, toDate: string | null = null) => ({
  id: `a-${id}`,
  role: null,
  fromDate: '2026-01-05',
  toDate,
  facilitator: { id, name },
});

function render(facilitators: Partial<FacilitatorAssignmentsProps['facilitators']>, lang: 'nb' | 'en' = 'nb') {
  const props = { available: true, canAssign: true, assignments: [], qualified: [], ...facilitators };
  const Stub = createRoutesStub([
    { path: '/vest/grupper/g1', Component: () => <FacilitatorAssignments portal={portal} facilitators={props} /> },
  ]);
  return renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <Stub initialEntries={['/vest/grupper/g1']} />
    </I18nProvider>,
  );
}

describe('facilitator assignment on the group page', () => {
  it('offers only facilitators not assigned to the group now', () => {
    const html = render({
      assignments: [assigned('f1', 'Kari Nordmann'), assigned('f3', 'Ola Vik', '2026-02-01')],
      qualified: [person('f1', 'Kari Nordmann'), person('f2', 'Per Hansen'), person('f3', 'Ola Vik')],
    });
    expect(html).toContain('value="f2"');
    // Ola's assignment has ended, so he may be assigned again; Kari's is open.
    expect(html).toContain('value="f3"');
    expect(html).not.toContain('value="f1"');
  });

  it('says the group has its maximum in place of the form, with no submit needed', () => {
    const html = render({
      assignments: [assigned('f1', 'Kari Nordmann'), assigned('f2', 'Per Hansen')],
      qualified: [person('f1', 'Kari Nordmann'), person('f2', 'Per Hansen'), person('f3', 'Ola Vik')],
    });
    expect(html).toContain('En gruppe kan ha høyst 2 igangsettere.');
    expect(html).not.toContain('name="facilitatorId"');
    expect(html).not.toContain('type="submit"');
    expect(render({ assignments: [assigned('f1', 'Kari'), assigned('f2', 'Per')] }, 'en')).toContain(
      'A group can have at most 2 facilitators.',
    );
  });
});
