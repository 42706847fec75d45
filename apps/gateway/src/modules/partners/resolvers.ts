import type { ContactPersonRecord } from '@selvhjelp/db';
import type { District } from '@selvhjelp/domain';
import { findDistrict, findMunicipality, todayIn } from '@selvhjelp/domain';
import type { GatewayContext } from '../../kernel/context.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { mayReadPersonalDetails } from '../../kernel/policy.js';
import { loaded, present, toConnection } from '../../kernel/support.js';

/** Email, phone and consent note only for staff of the person's own district. */
const personal =
  <K extends 'email' | 'phone' | 'consentNote'>(field: K) =>
  (contact: ContactPersonRecord, _args: unknown, ctx: GatewayContext) =>
    mayReadPersonalDetails(ctx.viewer, contact.districtId) ? contact[field] : null;

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
    districts: (partner) => partner.workingDistrictIds.map((id) => findDistrict(id)).filter((district): district is District => Boolean(district)),
    municipality: (partner) => present(findMunicipality(partner.municipalityNumber), 'municipality'),
    lastContactOn: (partner, _args, ctx) => ctx.loaders().partnerLastContact.load(partner.id),
    contacts: (partner, _args, ctx) => ctx.loaders().contactsOfPartner.load(partner.id),
    formerContacts: (partner, _args, ctx) => ctx.loaders().formerContactsOfPartner.load(partner.id),
    agreements: (partner, _args, ctx) => ctx.loaders().agreementsOfPartner.load(partner.id),
    venues: (partner, _args, ctx) => ctx.loaders().venuesOfPartner.load(partner.id),
    activities: (partner, _args, ctx) => ctx.loaders().activitiesOfPartner.load(partner.id),
    groupsStartedTogether: async (partner, _args, ctx) => {
      const groupIds = await ctx.loaders().groupsStartedWithPartner.load(partner.id);
      return loaded(await ctx.loaders().group.loadMany(groupIds));
    },
  },
  ContactPerson: {
    email: personal('email'),
    phone: personal('phone'),
    consentNote: personal('consentNote'),
    partner: (contact, _args, ctx) => (contact.partnerId ? ctx.loaders().partner.load(contact.partnerId) : null),
    history: (contact, _args, ctx) => ctx.loaders().contactHistory.load(contact.id),
  },
  ContactAffiliation: {
    contact: async (affiliation, _args, ctx) => present(await ctx.loaders().contact.load(affiliation.contactId), 'contact'),
    partner: async (affiliation, _args, ctx) => present(await ctx.loaders().partner.load(affiliation.partnerId), 'partner'),
  },
  Agreement: {
    partner: async (agreement, _args, ctx) => present(await ctx.loaders().partner.load(agreement.partnerId), 'partner'),
    inForce: (agreement, _args, ctx) => {
      const today = todayIn(ctx.now());
      return agreement.startsOn <= today && (agreement.endsOn === null || agreement.endsOn >= today);
    },
  },
  AgreementAttachment: {
    uploadedAt: (attachment) => attachment.createdAt,
    contentBase64: (attachment, _args, ctx) => ctx.agreements().contentBase64(attachment),
  },
  Venue: {
    partner: (venue, _args, ctx) => (venue.partnerId ? ctx.loaders().partner.load(venue.partnerId) : null),
    groups: (venue, _args, ctx) => ctx.loaders().groupsAtVenue.load(venue.id),
  },
};
