import type { Theme } from '@selvhjelp/domain';
import { findDistrict, findMunicipality, findTheme, renderMessage } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { present, toConnection } from '../../kernel/support.js';

const themesOf = (ids: readonly string[]) =>
  ids.map((id) => findTheme(id)).filter((theme): theme is Theme => Boolean(theme));

export const volunteerPeerResolvers: Resolvers = {
  Query: {
    volunteerPeers: async (_parent, args, ctx) => toConnection(await ctx.volunteerPeers().list(args)),
    volunteerPeer: (_parent, { id }, ctx) => ctx.volunteerPeers().get(id),
    peerCheckInsDue: (_parent, _args, ctx) => ctx.volunteerPeers().checkInsDue(),
    peerSuggestions: (_parent, { caseId }, ctx) => ctx.peerMatching().suggestions(caseId),
  },
  Mutation: {
    createVolunteerPeer: (_parent, { input }, ctx) => ctx.volunteerPeers().create(input),
    updateVolunteerPeer: (_parent, { input }, ctx) => ctx.volunteerPeers().update(input),
    stopVolunteerPeer: (_parent, { input }, ctx) => ctx.volunteerPeers().stop(input),
    registerPeerCheckIn: (_parent, { input }, ctx) => ctx.volunteerPeers().registerCheckIn(input),
    confirmPeerMatch: (_parent, args, ctx) => ctx.peerMatching().confirm(args),
  },
  VolunteerPeer: {
    district: (peer) => present(findDistrict(peer.districtId), 'district'),
    municipality: (peer) => present(findMunicipality(peer.municipalityNumber), 'municipality'),
    themes: (peer) => themesOf(peer.themeIds),
    facilitator: (peer, _args, ctx) =>
      peer.facilitatorId ? ctx.facilitators().nested(peer.facilitatorId, 'VolunteerPeer.facilitator') : null,
    followUpStaff: (peer, _args, ctx) =>
      peer.followUpStaffUserId ? ctx.staff().nested(peer.followUpStaffUserId, 'VolunteerPeer.followUpStaff') : null,
    consent: (peer) => (peer.consentText ? { givenOn: peer.consentGivenOn, text: peer.consentText } : null),
    load: (peer) => peer,
    checkIns: (peer, _args, ctx) => ctx.volunteerPeers().checkInsOf(peer.id),
  },
  PeerLoad: {
    freeCapacity: (peer) => Math.max(0, peer.capacity - peer.activeFollowUps),
  },
  PeerCheckIn: {
    staffUser: (checkIn, _args, ctx) =>
      checkIn.staffUserId ? ctx.staff().nested(checkIn.staffUserId, 'PeerCheckIn.staffUser') : null,
  },
  PeerSuggestion: {
    sharedThemes: (match) => themesOf(match.sharedThemeIds),
  },
  PeerMatchReason: {
    text: (reason, _args, ctx) => renderMessage(reason.code, reason.params, ctx.locale),
    params: (reason) => Object.entries(reason.params ?? {}).map(([name, value]) => ({ name, value: String(value) })),
  },
};
