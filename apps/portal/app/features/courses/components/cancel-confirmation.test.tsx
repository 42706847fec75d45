import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesStub } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../shared/i18n/i18n-context';
import { cancelConfirmation } from '../cancel-confirmation';
import { CancelConfirmationForm } from './cancel-confirmation';

const course = {
  status: 'OPEN' as const,
  capacity: 2,
  version: 4,
  enrolments: [
    { id: 'e1', status: 'ENROLLED' as const, waitingPosition: null, facilitator: { name: 'Kari Nordmann' } },
    { id: 'e2', status: 'ENROLLED' as const, waitingPosition: null, facilitator: { name: 'Per Hansen' } },
    { id: 'w2', status: 'WAITING' as const, waitingPosition: 2, facilitator: { name: 'Ola Vik' } },
    { id: 'w1', status: 'WAITING' as const, waitingPosition: 1, facilitator: { name: 'Siri Berg' } },
  ],
};

function render(enrolmentId: string, lang: 'nb' | 'en' = 'nb') {
  const confirmation = cancelConfirmation(course, enrolmentId)!;
  const Stub = createRoutesStub([
    {
      path: '/vest/kurs/c1',
      Component: () => <CancelConfirmationForm confirmation={confirmation} cancelHref="/vest/kurs/c1" />,
    },
  ]);
  return renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <Stub initialEntries={['/vest/kurs/c1']} />
    </I18nProvider>,
  );
}

describe('confirming a cancellation', () => {
  it('asks first and says who gets the seat from the waiting list, sending back what was shown', () => {
    const html = render('e1');
    expect(html).toContain('Meld av Kari Nordmann?');
    expect(html).toContain('Siri Berg får plassen fra ventelisten.');
    expect(html).toContain('name="intent" value="confirm-cancel"');
    expect(html).toContain('name="enrolmentId" value="e1"');
    expect(html).toContain('name="courseVersion" value="4"');
    expect(html).toContain('name="promotedEnrolmentId" value="w1"');
    expect(html).toMatch(/<button[^>]*type="submit"[^>]*>Ja, meld av<\/button>/);
    expect(render('e1', 'en')).toContain('Siri Berg gets the seat from the waiting list.');
  });

  it('says nobody moves up when someone on the waiting list leaves', () => {
    const html = render('w2');
    expect(html).toContain('Ingen får ny plass');
    expect(html).toContain('name="promotedEnrolmentId" value=""');
  });
});
