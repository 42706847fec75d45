import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../shared/i18n/i18n';
import { planDefaults, serviceReferralLine } from './service-referral';

describe('a referral from a service on the inquiry pages', () => {
  it('is named by its service and reference, in bokmål and English', () => {
    const referral = { reference: 'NAV-2026-0001', serviceUnit: 'NAV Bergenhus' };
    expect(serviceReferralLine(createTranslator('nb'), referral)).toBe(
      'Henvisning fra tjeneste: NAV Bergenhus, ref NAV-2026-0001',
    );
    expect(serviceReferralLine(createTranslator('en'), referral)).toBe(
      'Referral from a service: NAV Bergenhus, ref NAV-2026-0001',
    );
  });

  it('prefills "Planlegg aktivitet" from a talk request, and nothing from anything else', () => {
    const talk = {
      kind: 'TALK_REQUEST' as const,
      reference: 'NAV-TALK-1',
      serviceUnit: 'NAV Bergenhus',
      talkTopic: 'Selvhjelp for veiledere',
      talkWishedFrom: '2027-01-10',
      talkPlace: 'NAV Bergenhus, møterom 2',
    };
    expect(planDefaults(talk)).toEqual({
      title: 'Selvhjelp for veiledere',
      date: '2027-01-10',
      startTime: '',
      endTime: '',
      online: false,
      place: 'NAV Bergenhus, møterom 2',
    });
    expect(planDefaults({ ...talk, kind: 'REFERRAL' }).title).toBe('');
    expect(planDefaults(null).title).toBe('');
  });
});
