import { describe, expect, it } from 'vitest';
import { gatewayContext } from '../../context.server';
import { actionData, districtActionContext, formPost } from '../../shared/forms/action-test-support';
import type { Gateway } from '../../shared/gateway/gateway.server';
import { GatewayError } from '../../shared/gateway/errors';
import type { PeerFormActionData } from './peer-form.server';
import { savePeer } from './peer-form.server';

const STAFF_ID = '7d1a4c1e-2f0b-4c7e-9a55-0c6f7c3b9d10';

const complete = {
  person: 'own',
  name: 'Kari Likeperson',
  email: 'kari@example.no',
  phone: '',
  municipalityNumber: '4601',
  languages: ['nb', 'en'],
  themeIds: ['grief'],
  experience: 'Mistet en bror.',
  gender: 'WOMAN',
  availability: 'AVAILABLE',
  availabilityNote: 'Hverdagskvelder',
  capacity: '2',
  confidentialityDeclaredOn: '2026-11-01',
  followUpStaffUserId: STAFF_ID,
  notes: '',
  consentGivenOn: '2026-11-01',
  consentText: 'Jeg samtykker til at erfaringen min registreres.',
};

describe('savePeer (new volunteer peer)', () => {
  it('sends the peer and the consent, then goes to the peer', async () => {
    const { context, calls } = districtActionContext('nb', () => ({ createVolunteerPeer: { id: 'p1' } }));
    const response = (await savePeer(formPost(complete), {}, context)) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/vest/likepersoner/p1?melding=created');
    expect(calls.mutations).toEqual([
      {
        input: {
          facilitatorId: null,
          peer: {
            name: 'Kari Likeperson',
            email: 'kari@example.no',
            phone: null,
            municipalityNumber: '4601',
            languages: ['nb', 'en'],
            themeIds: ['grief'],
            experience: 'Mistet en bror.',
            gender: 'WOMAN',
            availability: 'AVAILABLE',
            availabilityNote: 'Hverdagskvelder',
            capacity: 2,
            confidentialityDeclaredOn: '2026-11-01',
            followUpStaffUserId: STAFF_ID,
            notes: null,
          },
          consent: { givenOn: '2026-11-01', text: 'Jeg samtykker til at erfaringen min registreres.' },
        },
      },
    ]);
  });

  it('reports every error at once and keeps what was typed', async () => {
    const { context, calls } = districtActionContext('nb');
    const request = formPost({
      ...complete,
      name: '',
      email: 'ikke-en-epost',
      phone: 'ring meg',
      municipalityNumber: '',
      capacity: '9',
      confidentialityDeclaredOn: '2999-01-01',
      notes: 'Fødselsnummeret hennes er 13097248022.',
      consentGivenOn: '',
      consentText: '',
    });
    const result = actionData<PeerFormActionData>(await savePeer(request, {}, context));
    expect(calls.mutations).toEqual([]);
    expect(Object.keys(result.errors.fields).sort()).toEqual([
      'capacity',
      'confidentialityDeclaredOn',
      'consentGivenOn',
      'consentText',
      'email',
      'municipalityNumber',
      'name',
      'notes',
      'phone',
    ]);
    expect(result.values.email).toBe('ikke-en-epost');
    expect(result.values.experience).toBe('Mistet en bror.');
  });

  it('makes a facilitator a peer too: no name or contact is sent, and none is asked for', async () => {
    const { context, calls } = districtActionContext('en', () => ({ createVolunteerPeer: { id: 'p2' } }));
    const request = formPost({
      ...complete,
      person: 'facilitator',
      facilitatorId: 'f1',
      name: '',
      email: '',
      phone: '',
    });
    const response = (await savePeer(request, {}, context)) as Response;
    expect(response.headers.get('Location')).toBe('/vest/likepersoner/p2?melding=created');
    const [sent] = calls.mutations as { input: { facilitatorId: string; peer: Record<string, unknown> } }[];
    expect(sent?.input.facilitatorId).toBe('f1');
    expect(sent?.input.peer).toMatchObject({ name: null, email: null, phone: null });
  });

  it('asks which facilitator when "also a facilitator" is chosen without one, in English', async () => {
    const { context, calls } = districtActionContext('en');
    const request = formPost({ ...complete, person: 'facilitator', facilitatorId: '', name: '', email: '' });
    const result = actionData<PeerFormActionData>(await savePeer(request, {}, context));
    expect(calls.mutations).toEqual([]);
    expect(Object.keys(result.errors.fields)).toEqual(['facilitatorId']);
    expect(result.errors.fields.facilitatorId).toMatch(/facilitator/i);
  });
});

describe('savePeer (edit)', () => {
  it('a stale save keeps what was typed and offers the saved version', async () => {
    const { context } = districtActionContext('nb');
    context.set(gatewayContext, {
      mutate: () => Promise.reject(new GatewayError('CONFLICT', 'stale')),
      query: () => Promise.resolve({ volunteerPeer: { id: 'p1', version: 7 } }),
    } as unknown as Gateway);
    const request = formPost({ ...complete, version: '6', linked: 'false', notes: 'Ny merknad' });
    const result = actionData<PeerFormActionData>(await savePeer(request, { id: 'p1' }, context));
    expect(result.conflict).toEqual({ version: 7 });
    expect(result.values.notes).toBe('Ny merknad');
    expect(result.errors.form).toHaveLength(1);
  });

  it('a facilitator-peer sends no name or contact on edit, whatever is posted', async () => {
    const { context, calls } = districtActionContext('nb', () => ({ updateVolunteerPeer: { id: 'p1', version: 3 } }));
    const request = formPost({ ...complete, version: '2', linked: 'true', person: 'own', name: 'Forsøk' });
    const response = (await savePeer(request, { id: 'p1' }, context)) as Response;
    expect(response.headers.get('Location')).toBe('/vest/likepersoner/p1?melding=saved');
    const [sent] = calls.mutations as { input: { version: number; peer: Record<string, unknown> } }[];
    expect(sent?.input.version).toBe(2);
    expect(sent?.input.peer).toMatchObject({ name: null, email: null, phone: null });
  });
});
