import type { District } from '@selvhjelp/domain';
import { findDistrict, findMunicipality } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { present, toConnection } from '../../kernel/support.js';

export const partnerResolvers: Resolvers = {
  Query: {
    partners: async (_parent, args, ctx) => toConnection(await ctx.partners().list(args)),
    partner: (_parent, { id }, ctx) => ctx.partners().get(id),
    contactPerson: (_parent, { id }, ctx) => ctx.partners().contact(id),
    agreement: (_parent, { id }, ctx) => ctx.agreements().get(id),
    venues: (_parent, { filter }, ctx) => ctx.partners().venues(filter),
  },
  Mutation: {
    createPartner: (_parent, { partner }, ctx) => ctx.partners().create(partner),
    updatePartner: (_parent, { input }, ctx) => ctx.partners().update(input),
    addContact: (_parent, { input }, ctx) => ctx.partners().addContact(input),
    updateContact: (_parent, { input }, ctx) => ctx.partners().updateContact(input),
    moveContact: (_parent, { input }, ctx) => ctx.partners().moveContact(input),
    removeContact: (_parent, { id }, ctx) => ctx.partners().removeContact(id),
    createAgreement: (_parent, { input }, ctx) => ctx.agreements().create(input),
    updateAgreement: (_parent, { input }, ctx) => ctx.agreements().update(input),
    removeAgreement: (_parent, { id }, ctx) => ctx.agreements().remove(id),
    linkVenueToPartner: (_parent, { venueId, partnerId }, ctx) => ctx.partners().setVenuePartner(venueId, partnerId),
    unlinkVenueFromPartner: (_parent, { venueId }, ctx) => ctx.partners().setVenuePartner(venueId, null),
  },
  Partner: {
    district: (partner) => present(findDistrict(partner.districtId), 'district'),
    districts: (partner) =>
      partner.workingDistrictIds
        .map((id) => findDistrict(id))
        .filter((district): district is District => Boolean(district)),
    municipality: (partner) => present(findMunicipality(partner.municipalityNumber), 'municipality'),
    lastContactOn: (partner, _args, ctx) => ctx.partners().lastContactOn(partner.id),
    contacts: (partner, _args, ctx) => ctx.partners().contactsOf(partner.id),
    formerContacts: (partner, _args, ctx) => ctx.partners().formerContactsOf(partner.id),
    agreements: (partner, _args, ctx) => ctx.agreements().ofPartner(partner.id),
    venues: (partner, _args, ctx) => ctx.partners().venuesOf(partner.id),
    activities: (partner, _args, ctx) => ctx.outreach().activitiesOfPartner(partner.id),
    groupsStartedTogether: async (partner, _args, ctx) =>
      ctx
        .groups()
        .nestedMany(await ctx.outreach().groupIdsStartedWithPartner(partner.id), 'Partner.groupsStartedTogether'),
  },
  ContactPerson: {
    // Personal fields arrive already redacted by the read path (see REDACTIONS in the policy module).
    partner: (contact, _args, ctx) =>
      contact.partnerId ? ctx.partners().nested(contact.partnerId, 'ContactPerson.partner') : null,
    history: (contact, _args, ctx) => ctx.partners().contactHistory(contact.id),
  },
  ContactAffiliation: {
    contact: async (affiliation, _args, ctx) =>
      present(await ctx.partners().nestedContact(affiliation.contactId, 'ContactAffiliation.contact'), 'contact'),
    partner: async (affiliation, _args, ctx) =>
      present(await ctx.partners().nested(affiliation.partnerId, 'ContactAffiliation.partner'), 'partner'),
  },
  Agreement: {
    partner: async (agreement, _args, ctx) =>
      present(await ctx.partners().nested(agreement.partnerId, 'Agreement.partner'), 'partner'),
    inForce: (agreement, _args, ctx) => ctx.agreements().inForce(agreement),
  },
  AgreementAttachment: {
    uploadedAt: (attachment) => attachment.createdAt,
    contentBase64: (attachment, _args, ctx) => ctx.agreements().contentBase64(attachment),
  },
  Venue: {
    partner: (venue, _args, ctx) => (venue.partnerId ? ctx.partners().nested(venue.partnerId, 'Venue.partner') : null),
    groups: (venue, _args, ctx) => ctx.partners().groupsAtVenue(venue.id),
  },
};
