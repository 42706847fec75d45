import type { PeerAvailability, VolunteerPeerFilter } from '../../generated/graphql';
import { PEER_AVAILABILITIES } from './peer-form';

// The peer list's GET form: the query string is the state.

export const PEER_STATUSES = ['active', 'stopped'] as const;

export interface PeerListQuery {
  status: string;
  municipality: string;
  availability: string;
  theme: string;
  q: string;
  after: string;
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | '' =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : '';

export function parsePeerListQuery(params: URLSearchParams): PeerListQuery {
  return {
    status: oneOf(PEER_STATUSES, params.get('status')),
    municipality: (params.get('municipality') ?? '').trim(),
    availability: oneOf(PEER_AVAILABILITIES, params.get('availability')),
    theme: (params.get('theme') ?? '').trim(),
    q: (params.get('q') ?? '').trim(),
    after: params.get('after') ?? '',
  };
}

export function toPeerFilter(query: PeerListQuery): VolunteerPeerFilter {
  return {
    stopped: query.status ? query.status === 'stopped' : null,
    municipalityNumbers: query.municipality ? [query.municipality] : null,
    availabilities: query.availability ? [query.availability as PeerAvailability] : null,
    themeIds: query.theme ? [query.theme] : null,
    search: query.q || null,
  };
}
