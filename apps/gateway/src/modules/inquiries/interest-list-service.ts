import type { Database, InterestDemandRecord, InterestListEntryRecord } from '@selvhjelp/db';
import type { InterestReach } from '@selvhjelp/domain';
import { interestContactsForGroup, todayIn } from '@selvhjelp/domain';
import { z } from 'zod';
import { notFound, parseInput } from '../../kernel/errors.js';
import type { Viewer } from '../../kernel/policy.js';
import { personalRecordsScope, readScope } from '../../kernel/policy.js';
import type { ReadPath } from '../../kernel/read-path.js';
import type { InterestContactsView } from './views.js';

const demandFilterSchema = z.object({
  themeIds: z.array(z.string()).nullish(),
  municipalityNumbers: z.array(z.string()).nullish(),
});

/**
 * Interest lists across inquiries: demand per theme and municipality (an aggregate, which the
 * national office may see too) and whom to contact when a group starts (people: district staff
 * only, each inquiry shown logged).
 */
export class InterestListService {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async demand(filter: unknown): Promise<InterestDemandRecord[]> {
    const parsed = parseInput(demandFilterSchema, filter ?? {}, 'filter');
    return this.db.repositories.inquiries.interestDemand(readScope(this.viewer), {
      themeIds: parsed.themeIds?.length ? parsed.themeIds : undefined,
      municipalityNumbers: parsed.municipalityNumbers?.length ? parsed.municipalityNumbers : undefined,
    });
  }

  /**
   * The open places on the group's themes near it whose interest-list consent is in force (the
   * domain's interestContactsForGroup); the inquiries shown are logged in the read's transaction.
   */
  async contactsForGroup(groupId: string, reach: InterestReach): Promise<InterestContactsView> {
    const scope = personalRecordsScope(this.viewer);
    const today = todayIn(this.now());
    return this.db.transaction(async (repos) => {
      const candidates = await repos.inquiries.interestCandidatesForGroup(scope, groupId, today);
      if (!candidates) throw notFound('GROUP_NOT_FOUND');
      const { toContact, withoutConsent } = interestContactsForGroup(
        candidates.entries,
        candidates.group,
        today,
        reach,
      );
      const ids = [...new Set(toContact.map((entry) => entry.inquiryId))];
      const found = await repos.inquiries.findByIds(scope, ids, today);
      const inquiries = await this.read.pass(
        'inquiry',
        found.flatMap((inquiry) => (inquiry ? [inquiry] : [])),
        'list',
        'interestContactsForGroup',
        { purpose: 'CASE_WORK', tx: repos },
      );
      const entries = await this.read.pass(
        'interestListEntry',
        toContact.map(placeOnly),
        'list',
        'interestContactsForGroup',
      );
      const inquiryById = new Map(inquiries.map((inquiry) => [inquiry.id, inquiry]));
      return {
        groupId: candidates.group.id,
        toContact: entries.flatMap((entry) => {
          const inquiry = inquiryById.get(entry.inquiryId);
          return inquiry ? [{ entry, inquiry }] : [];
        }),
        withoutConsent,
      };
    });
  }
}

/** The place without the inquiry's details it was read with (those leave with the inquiry, redacted). */
function placeOnly(entry: InterestListEntryRecord): InterestListEntryRecord {
  return {
    id: entry.id,
    districtId: entry.districtId,
    inquiryId: entry.inquiryId,
    themeId: entry.themeId,
    municipalityNumber: entry.municipalityNumber,
    groupId: entry.groupId,
    closedOn: entry.closedOn,
    version: entry.version,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  };
}
