import type { Database, GroupRecord, OutreachActivityRecord } from '@selvhjelp/db';
import { NATIONAL_SCOPE } from '@selvhjelp/domain';
import { withDataErrors } from '../../kernel/data-errors.js';
import { notFound } from '../../kernel/errors.js';
import type { ApiClientViewer } from '../../kernel/policy.js';
import { apiClientReadScope, apiClientSeesDistrict, assertApiScope } from '../../kernel/policy.js';
import { pageSize } from '../../kernel/pagination.js';
import { groupFeedPage } from './group-feed.js';
import type { GroupFeedPageModel } from './group-feed.js';
import type { ReadPath } from '../../kernel/read-path.js';
import type { GroupFilterArgs } from '../groups/group-filter.js';
import { parseGroupFilter, parseGroupOrder } from '../groups/group-filter.js';
import { parseActivityFilter } from '../outreach/outreach-service.js';

/**
 * What an API client reads (issue 14), each read behind its scope and the client's districts. The
 * records leave through the same read path as staff reads, with no viewer: every personal field
 * the redaction table names is withheld. Fields that need a staff service (a group's history and
 * follow-ups, who changed it) answer FORBIDDEN, because the context builds no staff service for
 * an API client.
 */
export class PartnerReadService {
  constructor(
    private readonly db: Database,
    private readonly client: ApiClientViewer,
    private readonly read: ReadPath,
  ) {}

  /** `groups:read`: a district the client does not see answers an empty page, as for staff. */
  async groups(args: {
    filter?: GroupFilterArgs | null;
    orderBy?: unknown;
    first?: number | null;
    after?: string | null;
  }) {
    const scope = apiClientReadScope(this.client, 'groups:read', args.filter?.districtId);
    const first = pageSize(args.first);
    if (!scope) return { nodes: [], cursors: [], endCursor: null, hasNextPage: false, totalCount: 0, statusCounts: [] };
    const { statusCounts, ...page } = await this.db.repositories.groups.listWithStatusCounts(scope, {
      filter: parseGroupFilter(args.filter),
      order: parseGroupOrder(args.orderBy),
      first,
      after: args.after ?? undefined,
    });
    return { ...page, nodes: await this.read.pass('group', page.nodes, 'list', 'groups'), statusCounts };
  }

  /** `groups:read`: a group of a district the client does not see answers like a missing one. */
  async group(id: string): Promise<GroupRecord> {
    assertApiScope(this.client, 'groups:read');
    const [group] = await this.db.repositories.groups.findByIds(NATIONAL_SCOPE, [id]);
    if (!group || !apiClientSeesDistrict(this.client, group.districtId)) throw notFound('GROUP_NOT_FOUND');
    return this.read.one('group', group, 'byId', 'group');
  }

  /**
   * `groups:read`, the change feed (decision 0036): one statement for the page of entries, one for
   * the groups they name, whatever the page size. A group the district no longer holds (moved
   * since, or deleted) is a removal, whatever the entry said: its current state is not this
   * client's to see.
   */
  async groupFeed(args: {
    districtId?: string | null;
    first?: number | null;
    after?: string | null;
  }): Promise<GroupFeedPageModel> {
    const scope = apiClientReadScope(this.client, 'groups:read', args.districtId, 'districtId');
    const first = pageSize(args.first);
    if (!scope) return { edges: [], pageInfo: { hasNextPage: false, endCursor: args.after ?? null } };
    const page = await withDataErrors(() =>
      this.db.repositories.groupFeed.page(scope, { first, after: args.after ?? undefined }),
    );
    const changed = page.entries.filter((entry) => !entry.removed).map((entry) => entry.groupId);
    const found = (await this.db.repositories.groups.findByIds(scope, changed)).filter(
      (group): group is GroupRecord => group !== null,
    );
    const groups = await this.read.pass('group', found, 'list', 'groupFeed');
    return groupFeedPage(page, groups, args.after ?? null);
  }

  /** `activities:read`: outreach activities (talks, information meetings, stands) of a district the client sees. */
  async activities(args: {
    filter?: { districtId?: string | null } | null;
    first?: number | null;
    after?: string | null;
  }) {
    const scope = apiClientReadScope(this.client, 'activities:read', args.filter?.districtId);
    const filter = parseActivityFilter(args.filter);
    if (!scope) return { nodes: [], cursors: [], endCursor: null, hasNextPage: false, totalCount: 0 };
    const page = await withDataErrors(() =>
      this.db.repositories.outreach.list(scope, {
        filter,
        first: pageSize(args.first),
        after: args.after ?? undefined,
      }),
    );
    return { ...page, nodes: await this.read.pass('outreachActivity', page.nodes, 'list', 'outreachActivities') };
  }

  async activity(id: string): Promise<OutreachActivityRecord> {
    assertApiScope(this.client, 'activities:read');
    const [activity] = await this.db.repositories.outreach.findByIds(NATIONAL_SCOPE, [id]);
    if (!activity || !apiClientSeesDistrict(this.client, activity.districtId)) throw notFound('ACTIVITY_NOT_FOUND');
    return this.read.one('outreachActivity', activity, 'byId', 'outreachActivity');
  }
}
