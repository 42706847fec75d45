import type {
  ContactAffiliationRecord,
  ContactPersonRecord,
  Database,
  GroupRecord,
  PartnerRecord,
  VenueRecord,
} from '@selvhjelp/db';
import type { IsoDate, NetworkRuleCode } from '@selvhjelp/domain';
import {
  PARTNER_STATUSES,
  PARTNER_TYPES,
  addMonths,
  affiliationInputSchema,
  contactInputSchema,
  contactMoveRefusal,
  networkRefusal,
  organisationNumberRefusal,
  venuePartnerRefusal,
  findMunicipality,
  isDistrictId,
  isIsoDate,
  partnerInputSchema,
  todayIn,
} from '@selvhjelp/domain';
import { z } from 'zod';
import { badUserInput, notFound, parseInput } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { districtWriteScope, readScope } from '../../kernel/policy.js';
import type { RefusalPlaces } from '../../kernel/data-errors.js';
import { refusedAt, withDataErrors } from '../../kernel/data-errors.js';
import { groupedLoader, loaded, recordLoader } from '../../kernel/loaders.js';
import { pageSize } from '../../kernel/pagination.js';
import type { ReadPath } from '../../kernel/read-path.js';

const STALE_PARTNER = 'PARTNER_STALE';
const STALE_CONTACT = 'CONTACT_STALE';

// Which argument each refusal of a contact's move is about.
const MOVE_PLACES: RefusalPlaces<NetworkRuleCode> = {
  PARTNER_NOT_IN_DISTRICT: 'input.toPartnerId',
  MOVE_TO_SAME_PARTNER: 'input.toPartnerId',
  MOVE_BEFORE_SINCE: 'input.date',
};

const filterSchema = z.object({
  types: z.array(z.enum(PARTNER_TYPES)).nullish(),
  statuses: z.array(z.enum(PARTNER_STATUSES)).nullish(),
  municipalityNumbers: z
    .array(z.string().refine((number) => Boolean(findMunicipality(number)), { message: 'UNKNOWN_MUNICIPALITY_NUMBER' }))
    .nullish(),
  noContactForMonths: z
    .number()
    .int({ message: 'MONTHS_WHOLE_NUMBER' })
    .min(1, { message: 'MONTHS_RANGE' })
    .max(120, { message: 'MONTHS_RANGE' })
    .nullish(),
  search: z.string().trim().max(200, { message: 'SEARCH_TOO_LONG' }).nullish(),
  districtId: z.string().refine(isDistrictId, { message: 'UNKNOWN_DISTRICT' }).nullish(),
});

const venueFilterSchema = z.object({
  unlinked: z.boolean().nullish(),
  search: z.string().trim().max(200, { message: 'SEARCH_TOO_LONG' }).nullish(),
});

/**
 * The district's partner network: partners, the people there and the venues they provide.
 * Reads cover the viewer's read scope; writes are the district staff's, in their own district.
 * A record of another district answers exactly like a missing one.
 */
export class PartnerService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private readonly loaders = {
    partner: recordLoader((ids) => this.repo.findByIds(readScope(this.viewer), ids)),
    lastContactOn: recordLoader(async (ids) => {
      const days = await this.repo.lastContactOn(readScope(this.viewer), ids, this.today());
      return ids.map((id) => days.get(id) ?? null);
    }),
    contactsOfPartner: groupedLoader((ids) => this.repo.contactsOfPartners(readScope(this.viewer), ids)),
    formerContactsOfPartner: groupedLoader((ids) => this.repo.formerContactsOfPartners(readScope(this.viewer), ids)),
    venuesOfPartner: groupedLoader((ids) => this.repo.venuesOfPartners(readScope(this.viewer), ids)),
    contact: recordLoader((ids) => this.repo.contactsByIds(readScope(this.viewer), ids)),
    contactHistory: groupedLoader((ids) => this.repo.contactHistory(readScope(this.viewer), ids)),
    groupsAtVenue: groupedLoader((ids) => this.repo.groupsAtVenues(readScope(this.viewer), ids)),
  };

  // --- what other records point to; each leaves through the read path

  /** A partner another record points to; null when out of scope. */
  async nested(id: string, via: string): Promise<PartnerRecord | null> {
    return this.read.maybe('partner', await this.loaders.partner.load(id), 'nested', via);
  }

  async nestedMany(ids: readonly string[], via: string): Promise<PartnerRecord[]> {
    return this.read.pass('partner', loaded(await this.loaders.partner.loadMany(ids)), 'nested', via);
  }

  /** Day of the latest contact with the partner; null when never. */
  lastContactOn(partnerId: string): Promise<IsoDate | null> {
    return this.loaders.lastContactOn.load(partnerId);
  }

  async contactsOf(partnerId: string): Promise<ContactPersonRecord[]> {
    return this.read.pass(
      'contactPerson',
      await this.loaders.contactsOfPartner.load(partnerId),
      'nested',
      'Partner.contacts',
    );
  }

  async formerContactsOf(partnerId: string): Promise<ContactAffiliationRecord[]> {
    return this.read.pass(
      'contactAffiliation',
      await this.loaders.formerContactsOfPartner.load(partnerId),
      'nested',
      'Partner.formerContacts',
    );
  }

  async venuesOf(partnerId: string): Promise<VenueRecord[]> {
    return this.read.pass('venue', await this.loaders.venuesOfPartner.load(partnerId), 'nested', 'Partner.venues');
  }

  /** A contact person another record points to; null when out of scope. */
  async nestedContact(id: string, via: string): Promise<ContactPersonRecord | null> {
    return this.read.maybe('contactPerson', await this.loaders.contact.load(id), 'nested', via);
  }

  async contactHistory(contactId: string): Promise<ContactAffiliationRecord[]> {
    return this.read.pass(
      'contactAffiliation',
      await this.loaders.contactHistory.load(contactId),
      'nested',
      'ContactPerson.history',
    );
  }

  async groupsAtVenue(venueId: string): Promise<GroupRecord[]> {
    return this.read.pass('group', await this.loaders.groupsAtVenue.load(venueId), 'nested', 'Venue.groups');
  }

  private get repo() {
    return this.db.repositories.partners;
  }

  private today(): IsoDate {
    return todayIn(this.now());
  }

  async list(args: { filter?: unknown; first?: number | null; after?: string | null }) {
    const filter = parseInput(filterSchema, args.filter ?? {}, 'filter');
    const today = this.today();
    const page = await withDataErrors(() =>
      this.repo.list(readScope(this.viewer), {
        filter: {
          types: filter.types?.length ? filter.types : undefined,
          statuses: filter.statuses?.length ? filter.statuses : undefined,
          municipalityNumbers: filter.municipalityNumbers?.length ? filter.municipalityNumbers : undefined,
          noContactSince: filter.noContactForMonths ? addMonths(today, -filter.noContactForMonths) : undefined,
          search: filter.search || undefined,
          // Only narrows: district staff naming another district get an empty list, as for groups.
          districtId: filter.districtId ?? undefined,
        },
        first: pageSize(args.first),
        after: args.after ?? undefined,
        today,
      }),
    );
    return { ...page, nodes: await this.read.pass('partner', page.nodes, 'list', 'partners') };
  }

  async get(id: string): Promise<PartnerRecord> {
    const partner = await this.repo.findById(readScope(this.viewer), id);
    if (!partner) throw notFound('PARTNER_NOT_FOUND');
    return this.read.one('partner', partner, 'byId', 'partner');
  }

  async create(input: unknown): Promise<PartnerRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(partnerInputSchema, input, 'partner');
    const districtId = this.viewer.user.districtId!;
    const created = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          this.checkOrganisationNumber(
            await repos.partners.organisationNumberFacts(districtId, data.organisationNumber, null),
            'partner',
          );
          return repos.partners.create(scope, { districtId, data, now: this.now(), actorId: this.viewer.user.id });
        }),
      { taken: duplicateNumber('partner') },
    );
    return this.read.one('partner', created, 'byId', 'createPartner');
  }

  async update(input: { id: string; version: number; partner: unknown }): Promise<PartnerRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(partnerInputSchema, input.partner, 'input.partner');
    const updated = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          const districtId = await repos.partners.districtAt(scope, input.id, input.version);
          if (!districtId) return null;
          this.checkOrganisationNumber(
            await repos.partners.organisationNumberFacts(districtId, data.organisationNumber, input.id),
            'input.partner',
          );
          return repos.partners.update(scope, input.id, input.version, {
            data,
            now: this.now(),
            actorId: this.viewer.user.id,
          });
        }),
      { stale: STALE_PARTNER, taken: duplicateNumber('input.partner') },
    );
    if (!updated) throw notFound('PARTNER_NOT_FOUND');
    return this.read.one('partner', updated, 'byId', 'updatePartner');
  }

  // --- contact persons

  async contact(id: string): Promise<ContactPersonRecord> {
    const [contact] = await this.repo.contactsByIds(readScope(this.viewer), [id]);
    if (!contact) throw notFound('CONTACT_NOT_FOUND');
    return this.read.one('contactPerson', contact, 'byId', 'contactPerson');
  }

  async addContact(input: {
    partnerId: string;
    contact: unknown;
    role?: string | null;
    since?: string | null;
  }): Promise<ContactPersonRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(contactInputSchema, input.contact, 'input.contact');
    const since = input.since ?? this.today();
    if (!isIsoDate(since)) throw badUserInput('input.since', 'INVALID_DATE');
    const place = parseInput(affiliationInputSchema, { role: input.role, fromDate: since }, 'input');
    const contact = await this.repo.addContact(scope, {
      partnerId: input.partnerId,
      data,
      role: place.role,
      since: place.fromDate,
      now: this.now(),
    });
    if (!contact) throw notFound('PARTNER_NOT_FOUND');
    return this.read.one('contactPerson', contact, 'byId', 'addContact');
  }

  async updateContact(input: {
    id: string;
    version: number;
    contact: unknown;
    role?: string | null;
  }): Promise<ContactPersonRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(contactInputSchema, input.contact, 'input.contact');
    const place = parseInput(affiliationInputSchema, { role: input.role, fromDate: this.today() }, 'input');
    const updated = await withDataErrors(
      () => this.repo.updateContact(scope, input.id, input.version, { data, role: place.role, now: this.now() }),
      { stale: STALE_CONTACT },
    );
    if (!updated) throw notFound('CONTACT_NOT_FOUND');
    return this.read.one('contactPerson', updated, 'byId', 'updateContact');
  }

  async moveContact(input: {
    id: string;
    version: number;
    toPartnerId?: string | null;
    role?: string | null;
    date: string;
  }): Promise<ContactPersonRecord> {
    const scope = districtWriteScope(this.viewer);
    if (!isIsoDate(input.date)) throw badUserInput('input.date', 'INVALID_DATE');
    const place = parseInput(affiliationInputSchema, { role: input.role, fromDate: input.date }, 'input');
    const move = { toPartnerId: input.toPartnerId ?? null, role: place.role, date: place.fromDate, now: this.now() };
    const moved = await withDataErrors(
      () =>
        this.db.transaction(async (repos) => {
          const facts = await repos.partners.contactMoveFacts(scope, input.id, input.version, move);
          if (!facts) return null;
          const refusal = contactMoveRefusal(facts);
          if (refusal) throw refusedAt(refusal, MOVE_PLACES);
          return repos.partners.moveContact(scope, input.id, input.version, move);
        }),
      { stale: STALE_CONTACT },
    );
    if (!moved) throw notFound('CONTACT_NOT_FOUND');
    return this.read.one('contactPerson', moved, 'byId', 'moveContact');
  }

  async removeContact(id: string): Promise<string> {
    const scope = districtWriteScope(this.viewer);
    if (!(await this.repo.removeContact(scope, id))) throw notFound('CONTACT_NOT_FOUND');
    return id;
  }

  // --- venues

  async venues(filter: unknown): Promise<VenueRecord[]> {
    const parsed = parseInput(venueFilterSchema, filter ?? {}, 'filter');
    const venues = await this.repo.venues(readScope(this.viewer), {
      unlinked: parsed.unlinked ?? undefined,
      search: parsed.search || undefined,
    });
    return this.read.pass('venue', venues, 'list', 'venues');
  }

  /** `partnerId` null unlinks. */
  async setVenuePartner(venueId: string, partnerId: string | null): Promise<VenueRecord> {
    const scope = districtWriteScope(this.viewer);
    const venue = await this.db.transaction(async (repos) => {
      const facts = await repos.partners.venuePartnerFacts(scope, venueId, partnerId);
      if (!facts) return null;
      const refusal = venuePartnerRefusal(facts);
      if (refusal) throw refusedAt(refusal, { PARTNER_NOT_IN_DISTRICT: 'partnerId' });
      return repos.partners.setVenuePartner(scope, venueId, partnerId, this.now());
    });
    if (!venue) throw notFound('VENUE_NOT_FOUND');
    return this.read.one('venue', venue, 'byId', 'setVenuePartner');
  }

  private checkOrganisationNumber(facts: { takenInDistrict: boolean }, prefix: string): void {
    const refusal = organisationNumberRefusal(facts);
    if (refusal) throw refusedAt(refusal, { DUPLICATE_ORGANISATION_NUMBER: `${prefix}.organisationNumber` });
  }
}

/** Two saves of the same number at once: the rule passed for both, the unique index refused one. */
function duplicateNumber(prefix: string) {
  return (field: string) =>
    field === 'organisationNumber'
      ? refusedAt(networkRefusal('DUPLICATE_ORGANISATION_NUMBER'), {
          DUPLICATE_ORGANISATION_NUMBER: `${prefix}.organisationNumber`,
        })
      : undefined;
}
