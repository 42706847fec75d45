import type { ContactPersonRecord, Database, PartnerRecord, VenueRecord } from '@selvhjelp/db';
import type { IsoDate } from '@selvhjelp/domain';
import {
  PARTNER_STATUSES,
  PARTNER_TYPES,
  addMonths,
  affiliationInputSchema,
  contactInputSchema,
  findMunicipality,
  isIsoDate,
  partnerInputSchema,
  todayIn,
} from '@selvhjelp/domain';
import { z } from 'zod';
import { badUserInput, notFound, parseInput } from '../errors.js';
import type { Viewer } from '../policy.js';
import { districtWriteScope, readScope } from '../policy.js';
import { translateNetworkErrors } from './network-errors.js';
import { pageSize } from './pagination.js';

const STALE_PARTNER = 'PARTNER_STALE';
const STALE_CONTACT = 'CONTACT_STALE';

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
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get repo() {
    return this.db.repositories.partners;
  }

  private today(): IsoDate {
    return todayIn(this.now());
  }

  async list(args: { filter?: unknown; first?: number | null; after?: string | null }) {
    const filter = parseInput(filterSchema, args.filter ?? {}, 'filter');
    const today = this.today();
    return translateNetworkErrors(() =>
      this.repo.list(readScope(this.viewer), {
        filter: {
          types: filter.types?.length ? filter.types : undefined,
          statuses: filter.statuses?.length ? filter.statuses : undefined,
          municipalityNumbers: filter.municipalityNumbers?.length ? filter.municipalityNumbers : undefined,
          noContactSince: filter.noContactForMonths ? addMonths(today, -filter.noContactForMonths) : undefined,
          search: filter.search || undefined,
        },
        first: pageSize(args.first),
        after: args.after ?? undefined,
        today,
      }),
    );
  }

  async get(id: string): Promise<PartnerRecord> {
    const partner = await this.repo.findById(readScope(this.viewer), id);
    if (!partner) throw notFound('PARTNER_NOT_FOUND');
    return partner;
  }

  async create(input: unknown): Promise<PartnerRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(partnerInputSchema, input, 'partner');
    return translateNetworkErrors(
      () => this.repo.create(scope, { districtId: this.viewer.user.districtId!, data, now: this.now(), actorId: this.viewer.user.id }),
      { fields: { DUPLICATE_ORGANISATION_NUMBER: 'partner.organisationNumber' } },
    );
  }

  async update(input: { id: string; version: number; partner: unknown }): Promise<PartnerRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(partnerInputSchema, input.partner, 'input.partner');
    const updated = await translateNetworkErrors(
      () => this.repo.update(scope, input.id, input.version, { data, now: this.now(), actorId: this.viewer.user.id }),
      { stale: STALE_PARTNER, fields: { DUPLICATE_ORGANISATION_NUMBER: 'input.partner.organisationNumber' } },
    );
    if (!updated) throw notFound('PARTNER_NOT_FOUND');
    return updated;
  }

  // --- contact persons

  async contact(id: string): Promise<ContactPersonRecord> {
    const [contact] = await this.repo.contactsByIds(readScope(this.viewer), [id]);
    if (!contact) throw notFound('CONTACT_NOT_FOUND');
    return contact;
  }

  async addContact(input: { partnerId: string; contact: unknown; role?: string | null; since?: string | null }): Promise<ContactPersonRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(contactInputSchema, input.contact, 'input.contact');
    const since = input.since ?? this.today();
    if (!isIsoDate(since)) throw badUserInput('input.since', 'INVALID_DATE');
    const place = parseInput(affiliationInputSchema, { role: input.role, fromDate: since }, 'input');
    const contact = await this.repo.addContact(scope, { partnerId: input.partnerId, data, role: place.role, since: place.fromDate, now: this.now() });
    if (!contact) throw notFound('PARTNER_NOT_FOUND');
    return contact;
  }

  async updateContact(input: { id: string; version: number; contact: unknown; role?: string | null }): Promise<ContactPersonRecord> {
    const scope = districtWriteScope(this.viewer);
    const data = parseInput(contactInputSchema, input.contact, 'input.contact');
    const place = parseInput(affiliationInputSchema, { role: input.role, fromDate: this.today() }, 'input');
    const updated = await translateNetworkErrors(
      () => this.repo.updateContact(scope, input.id, input.version, { data, role: place.role, now: this.now() }),
      { stale: STALE_CONTACT },
    );
    if (!updated) throw notFound('CONTACT_NOT_FOUND');
    return updated;
  }

  async moveContact(input: { id: string; version: number; toPartnerId?: string | null; role?: string | null; date: string }): Promise<ContactPersonRecord> {
    const scope = districtWriteScope(this.viewer);
    if (!isIsoDate(input.date)) throw badUserInput('input.date', 'INVALID_DATE');
    const place = parseInput(affiliationInputSchema, { role: input.role, fromDate: input.date }, 'input');
    const moved = await translateNetworkErrors(
      () => this.repo.moveContact(scope, input.id, input.version, { toPartnerId: input.toPartnerId ?? null, role: place.role, date: place.fromDate, now: this.now() }),
      {
        stale: STALE_CONTACT,
        fields: { PARTNER_NOT_IN_DISTRICT: 'input.toPartnerId', MOVE_TO_SAME_PARTNER: 'input.toPartnerId', MOVE_BEFORE_SINCE: 'input.date' },
      },
    );
    if (!moved) throw notFound('CONTACT_NOT_FOUND');
    return moved;
  }

  async removeContact(id: string): Promise<string> {
    const scope = districtWriteScope(this.viewer);
    if (!(await this.repo.removeContact(scope, id))) throw notFound('CONTACT_NOT_FOUND');
    return id;
  }

  // --- venues

  async venues(filter: unknown): Promise<VenueRecord[]> {
    const parsed = parseInput(venueFilterSchema, filter ?? {}, 'filter');
    return this.repo.venues(readScope(this.viewer), { unlinked: parsed.unlinked ?? undefined, search: parsed.search || undefined });
  }

  /** `partnerId` null unlinks. */
  async setVenuePartner(venueId: string, partnerId: string | null): Promise<VenueRecord> {
    const scope = districtWriteScope(this.viewer);
    const venue = await translateNetworkErrors(() => this.repo.setVenuePartner(scope, venueId, partnerId, this.now()), {
      fields: { PARTNER_NOT_IN_DISTRICT: 'partnerId', VENUE_NOT_IN_DISTRICT: 'venueId' },
    });
    if (!venue) throw notFound('VENUE_NOT_FOUND');
    return venue;
  }
}
