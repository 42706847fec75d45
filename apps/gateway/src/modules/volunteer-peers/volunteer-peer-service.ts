import type { Database, PeerCheckInRecord, VolunteerPeerRecord } from '@selvhjelp/db';
import type { AccessLogAction, IsoDate, Scope, VolunteerPeerData } from '@selvhjelp/domain';
import {
  NATIONAL_SCOPE,
  PEER_AVAILABILITIES,
  compareIsoDates,
  facilitatorConsentSchema,
  findMunicipality,
  isIsoDate,
  isThemeId,
  makePeerCheckInSchema,
  makeVolunteerPeerInputSchema,
  scopeIncludes,
  todayIn,
} from '@selvhjelp/domain';
import { z } from 'zod';
import { badUserInput, conflict, parseInput } from '../../kernel/errors.js';
import { withDataErrors } from '../../kernel/data-errors.js';
import { groupedLoader } from '../../kernel/loaders.js';
import { pageSize } from '../../kernel/pagination.js';
import type { Viewer } from '../../kernel/policy.js';
import { personalRecordsScope } from '../../kernel/policy.js';
import type { ReadPath } from '../../kernel/read-path.js';
import type { DeniedTarget } from './access.js';
import { notFoundLogged, personalScopeFor } from './access.js';
import type { PeerCheckInDueModel } from './models.js';

const STALE = 'VOLUNTEER_PEER_STALE';
// Peers and their check-ins are read and changed to follow the volunteers up (decided here, never by the client).
const PURPOSE = 'PEER_FOLLOW_UP' as const;

const filterSchema = z.object({
  themeIds: z.array(z.string().refine(isThemeId, { message: 'UNKNOWN_THEME' })).nullish(),
  municipalityNumbers: z
    .array(z.string().refine((number) => Boolean(findMunicipality(number)), { message: 'UNKNOWN_MUNICIPALITY_NUMBER' }))
    .nullish(),
  availabilities: z.array(z.enum(PEER_AVAILABILITIES)).nullish(),
  stopped: z.boolean().nullish(),
  search: z.string().trim().max(200, { message: 'SEARCH_TOO_LONG' }).nullish(),
});

/** The person fields of a peer who is a facilitator: the facilitator's, so the input rules see a named person. */
interface PersonFields {
  name: string | null;
  email: string | null;
  phone: string | null;
}

/**
 * The district's volunteer peers (likepersoner) and staff's check-ins with them. District staff
 * only (the national office sees aggregates); every peer and check-in a viewer receives, every
 * change and every denied attempt is in the access log with the purpose PEER_FOLLOW_UP.
 */
export class VolunteerPeerService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private readonly loaders = {
    // The check-ins of a page of peers pass the read path together: one query and one access-log
    // statement (one entry per peer whose check-ins are shown) for the page, not one per peer.
    checkIns: groupedLoader(async (ids) => {
      const byPeer = await this.db.repositories.volunteerPeers.checkInsFor(personalRecordsScope(this.viewer), ids);
      const passed = await this.read.pass(
        'peerCheckIn',
        [...byPeer.values()].flat(),
        'nested',
        'VolunteerPeer.checkIns',
        {
          purpose: PURPOSE,
        },
      );
      const grouped = new Map<string, PeerCheckInRecord[]>(ids.map((id) => [id, []]));
      for (const checkIn of passed) grouped.get(checkIn.peerId)?.push(checkIn);
      return grouped;
    }),
  };

  private today(): IsoDate {
    return todayIn(this.now());
  }

  async list(args: { filter?: unknown; first?: number | null; after?: string | null }) {
    const scope = personalRecordsScope(this.viewer);
    const filter = parseInput(filterSchema, args.filter ?? {}, 'filter');
    const options = {
      filter: {
        themeIds: filter.themeIds?.length ? filter.themeIds : undefined,
        municipalityNumbers: filter.municipalityNumbers?.length ? filter.municipalityNumbers : undefined,
        availabilities: filter.availabilities?.length ? filter.availabilities : undefined,
        stopped: filter.stopped ?? undefined,
        search: filter.search || undefined,
      },
      first: pageSize(args.first),
      after: args.after ?? undefined,
      today: this.today(),
    };
    // The page and its entries (one per peer listed) commit together.
    return withDataErrors(() =>
      this.db.transaction(async (tx) => {
        const page = await tx.volunteerPeers.list(scope, options);
        const nodes = await this.read.pass('volunteerPeer', page.nodes, 'list', 'volunteerPeers', {
          purpose: PURPOSE,
          tx,
        });
        return { ...page, nodes };
      }),
    );
  }

  /** Another district's peer answers exactly like a missing one (and the attempt is logged). */
  async get(id: string): Promise<VolunteerPeerRecord> {
    const peer = await this.find(id, 'READ');
    return this.read.one('volunteerPeer', peer, 'byId', 'volunteerPeer', { purpose: PURPOSE });
  }

  /** A peer another record points to (a case's peer); null when out of scope. One query per request's batch. */
  nested(id: string, via: string): Promise<VolunteerPeerRecord | null> {
    // A page of cases asking for their peers: one query and one access-log statement for the page.
    return this.read
      .batchLoader('volunteerPeer', 'volunteerPeer', via, { purpose: PURPOSE }, (ids) =>
        this.db.repositories.volunteerPeers.findByIds(personalRecordsScope(this.viewer), ids),
      )
      .load(id);
  }

  /** The peer's check-ins, an edge of a peer that passed the read path: one READ entry for the peer (passed in the loader). */
  checkInsOf(peerId: string): Promise<PeerCheckInRecord[]> {
    return this.loaders.checkIns.load(peerId);
  }

  /** Check-ins overdue or due within a week, soonest first; each peer listed is logged. */
  async checkInsDue(): Promise<PeerCheckInDueModel[]> {
    return (await this.dueList('peerCheckInsDue')).shown;
  }

  /**
   * The district home's short list: the first `first` check-ins due with the counts of the whole
   * list. Only the peers shown are read (and logged, LIST with purpose PEER_FOLLOW_UP).
   */
  async checkInsDueShortList(first: number, via: string) {
    const { shown, due } = await this.dueList(via, first);
    return {
      totalCount: due.length,
      overdueCount: due.filter((entry) => entry.overdue).length,
      items: shown,
    };
  }

  private async dueList(via: string, first?: number) {
    const scope = personalRecordsScope(this.viewer);
    const due = await this.db.repositories.volunteerPeers.checkInsDue(scope, this.today());
    const entries = first === undefined ? due : due.slice(0, first);
    const peers = await this.read.pass(
      'volunteerPeer',
      entries.map((entry) => entry.peer),
      'list',
      via,
      { purpose: PURPOSE },
    );
    const shown: PeerCheckInDueModel[] = entries.map((entry, index) => ({ ...entry, peer: peers[index]! }));
    return { shown, due };
  }

  async create(input: {
    facilitatorId?: string | null;
    peer: Record<string, unknown>;
    consent: unknown;
  }): Promise<VolunteerPeerRecord> {
    const scope = personalRecordsScope(this.viewer);
    const today = this.today();
    const facilitatorId = input.facilitatorId ?? null;
    let person: PersonFields | null = null;
    if (facilitatorId !== null) {
      const facilitator = await this.db.repositories.facilitators.findById(scope, facilitatorId);
      if (!facilitator || facilitator.forgottenAt !== null)
        throw badUserInput('input.facilitatorId', 'FACILITATOR_NOT_FOUND');
      person = facilitator;
    }
    const data = this.parsePeer(input.peer, person, today);
    const consent = parseInput(facilitatorConsentSchema, input.consent, 'input.consent');
    if (compareIsoDates(consent.givenOn, today) > 0)
      throw badUserInput('input.consent.givenOn', 'CONSENT_DATE_IN_FUTURE');
    await this.checkPeerData(scope, data);
    return withDataErrors(
      () =>
        this.db.transaction(async (tx) => {
          const created = await tx.volunteerPeers.create(scope, {
            data,
            consent,
            facilitatorId,
            startedOn: today,
            now: this.now(),
          });
          return this.read.one('volunteerPeer', created, 'byId', 'createVolunteerPeer', {
            purpose: PURPOSE,
            tx,
            action: 'CREATE',
          });
        }),
      {
        taken: (field) =>
          field === 'facilitatorId' ? conflict('FACILITATOR_ALREADY_A_PEER', 'input.facilitatorId') : undefined,
      },
    );
  }

  async update(input: { id: string; version: number; peer: Record<string, unknown> }): Promise<VolunteerPeerRecord> {
    const current = await this.find(input.id, 'UPDATE');
    const scope = personalRecordsScope(this.viewer);
    // A facilitator's name and contact are edited on the facilitator; here they are only read.
    const data = this.parsePeer(input.peer, current.facilitatorId ? current : null, this.today());
    await this.checkPeerData(scope, data);
    const updated = await withDataErrors(
      () =>
        this.db.transaction(async (tx) => {
          const saved = await tx.volunteerPeers.update(scope, current.id, input.version, { data, now: this.now() });
          return saved
            ? this.read.one('volunteerPeer', saved, 'byId', 'updateVolunteerPeer', {
                purpose: PURPOSE,
                tx,
                action: 'UPDATE',
              })
            : null;
        }),
      { stale: STALE },
    );
    if (!updated) throw await notFoundLogged(this.read, this.target(input.id, 'UPDATE'), 'PEER_NOT_FOUND');
    return updated;
  }

  /** The peer stops as a volunteer (default today); whom they follow stays with them until staff change it. */
  async stop(input: { id: string; version: number; stoppedOn?: string | null }): Promise<VolunteerPeerRecord> {
    const current = await this.find(input.id, 'UPDATE');
    const scope = personalRecordsScope(this.viewer);
    const today = this.today();
    const stoppedOn = input.stoppedOn ?? today;
    if (!isIsoDate(stoppedOn)) throw badUserInput('input.stoppedOn', 'INVALID_DATE');
    if (compareIsoDates(stoppedOn, today) > 0) throw badUserInput('input.stoppedOn', 'DATE_IN_FUTURE');
    const stopped = await withDataErrors(
      () =>
        this.db.transaction(async (tx) => {
          const saved = await tx.volunteerPeers.stop(scope, current.id, input.version, stoppedOn, this.now());
          return saved
            ? this.read.one('volunteerPeer', saved, 'byId', 'stopVolunteerPeer', {
                purpose: PURPOSE,
                tx,
                action: 'UPDATE',
              })
            : null;
        }),
      { stale: STALE },
    );
    if (!stopped) throw await notFoundLogged(this.read, this.target(input.id, 'UPDATE'), 'PEER_NOT_FOUND');
    return stopped;
  }

  async registerCheckIn(input: {
    peerId: string;
    date: string;
    note?: string | null;
    nextCheckInOn?: string | null;
  }): Promise<PeerCheckInRecord> {
    const peer = await this.find(input.peerId, 'UPDATE');
    const scope = personalRecordsScope(this.viewer);
    const checkIn = parseInput(
      makePeerCheckInSchema(this.today()),
      { date: input.date, note: input.note, nextCheckInOn: input.nextCheckInOn },
      'input',
    );
    const registered = await this.db.transaction(async (tx) => {
      const saved = await tx.volunteerPeers.registerCheckIn(scope, {
        peerId: peer.id,
        ...checkIn,
        staffUserId: this.viewer.user.id,
        now: this.now(),
      });
      return saved
        ? this.read.one('peerCheckIn', saved, 'byId', 'registerPeerCheckIn', { purpose: PURPOSE, tx, action: 'UPDATE' })
        : null;
    });
    if (!registered) throw await notFoundLogged(this.read, this.target(input.peerId, 'UPDATE'), 'PEER_NOT_FOUND');
    return registered;
  }

  /** The peer in the viewer's scope, or NOT_FOUND (FORBIDDEN for national roles), the attempt logged. */
  private async find(id: string, action: AccessLogAction): Promise<VolunteerPeerRecord> {
    const target = this.target(id, action);
    const scope = await personalScopeFor(this.viewer, this.read, target);
    const peer = await this.db.repositories.volunteerPeers.findById(scope, id);
    if (!peer) throw await notFoundLogged(this.read, target, 'PEER_NOT_FOUND');
    return peer;
  }

  private target(id: string, action: AccessLogAction): DeniedTarget {
    return {
      kind: 'volunteerPeer',
      id,
      districtOf: () => this.db.repositories.volunteerPeers.districtOf(NATIONAL_SCOPE, id),
      action,
      purpose: PURPOSE,
    };
  }

  private parsePeer(peer: Record<string, unknown>, person: PersonFields | null, today: IsoDate): VolunteerPeerData {
    const fields = person ? { ...peer, name: person.name, email: person.email, phone: person.phone } : peer;
    return parseInput(makeVolunteerPeerInputSchema(today), fields, 'input.peer');
  }

  /** The peer lives in the viewer's district, and the staff member who follows them up works there. */
  private async checkPeerData(scope: Scope, data: VolunteerPeerData): Promise<void> {
    if (!scopeIncludes(scope, data.districtId))
      throw badUserInput('input.peer.municipalityNumber', 'MUNICIPALITY_OTHER_DISTRICT');
    if (data.followUpStaffUserId === null) return;
    const staff = await this.db.repositories.staffUsers.findById(scope, data.followUpStaffUserId);
    if (!staff || staff.districtId !== data.districtId || !staff.active)
      throw badUserInput('input.peer.followUpStaffUserId', 'STAFF_USER_NOT_FOUND');
  }
}
