import type { Database, GroupRecord } from '@selvhjelp/db';
import type { Scope } from '@selvhjelp/domain';
import {
  GROUP_FORMATS,
  NATIONAL_SCOPE,
  WEEKDAYS,
  districtScope,
  findCounty,
  findDistrict,
  findMunicipality,
  groupToICalendar,
  isDistrictId,
  isThemeId,
  municipalitiesInCounty,
  toMeetingGuideMeetings,
} from '@selvhjelp/domain';
import { z } from 'zod';
import { notFound, parseInput } from '../../kernel/errors.js';
import { pageSize } from '../../kernel/pagination.js';
import type { ReadPath } from '../../kernel/read-path.js';

const publicFilterSchema = z.object({
  districtId: z.string().refine(isDistrictId, { message: 'UNKNOWN_DISTRICT' }).nullish(),
  countyNumber: z
    .string()
    .refine((number) => Boolean(findCounty(number)), { message: 'UNKNOWN_COUNTY_NUMBER' })
    .nullish(),
  municipalityNumber: z
    .string()
    .refine((number) => Boolean(findMunicipality(number)), { message: 'UNKNOWN_MUNICIPALITY_NUMBER' })
    .nullish(),
  themeIds: z.array(z.string().refine(isThemeId, { message: 'UNKNOWN_THEME' })).nullish(),
  formats: z.array(z.enum(GROUP_FORMATS)).nullish(),
  weekdays: z.array(z.enum(WEEKDAYS)).nullish(),
  search: z.string().trim().max(200, { message: 'SEARCH_TOO_LONG' }).nullish(),
});

/**
 * The public finder: no login, only groups that are starting or running and open for new
 * members (the repository enforces that in SQL), and only public fields (the schema's
 * PublicGroup type has no meeting link and no staff data).
 */
export class PublicGroupService {
  constructor(
    private readonly db: Database,
    private readonly publicBaseUrl: string,
    private readonly read: ReadPath,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(args: { filter?: unknown; first?: number | null; after?: string | null }) {
    const filter = parseInput(publicFilterSchema, args.filter ?? {}, 'filter');
    const scope = scopeFor(filter.districtId);
    const page = await this.db.repositories.groups.listPublic(scope, {
      filter: {
        municipalityNumber: filter.municipalityNumber ?? undefined,
        countyMunicipalityNumbers: filter.countyNumber
          ? municipalitiesInCounty(filter.countyNumber).map((municipality) => municipality.number)
          : undefined,
        themeIds: filter.themeIds?.length ? filter.themeIds : undefined,
        formats: filter.formats?.length ? filter.formats : undefined,
        weekdays: filter.weekdays?.length ? filter.weekdays : undefined,
        search: filter.search || undefined,
      },
      first: pageSize(args.first),
      after: args.after ?? undefined,
    });
    return { ...page, nodes: await this.read.pass('group', page.nodes, 'list', 'publicGroups') };
  }

  async get(slug: string): Promise<GroupRecord> {
    return this.read.one('group', await this.find(slug), 'byId', 'publicGroup');
  }

  private async find(slug: string): Promise<GroupRecord> {
    const group = slug.length <= 200 ? await this.db.repositories.groups.findPublicBySlug(NATIONAL_SCOPE, slug) : null;
    if (!group) throw notFound('GROUP_NOT_FOUND');
    return group;
  }

  groupUrl(slug: string): string {
    return `${this.publicBaseUrl}/grupper/${encodeURIComponent(slug)}`;
  }

  async iCalendar(slug: string): Promise<string> {
    const group = await this.read.one('group', await this.find(slug), 'export', 'publicGroupICalendar');
    return groupToICalendar(
      {
        slug: group.slug,
        name: group.name,
        description: group.description,
        location: locationText(group),
        url: this.groupUrl(group.slug),
        schedule: group.schedule,
        updatedAt: group.updatedAt,
      },
      { now: this.now() },
    );
  }

  async meetingGuideFeed(districtId: string | null | undefined): Promise<string> {
    const filter = parseInput(publicFilterSchema.pick({ districtId: true }), { districtId }, '');
    const groups = await this.read.pass(
      'group',
      await this.db.repositories.groups.allPublic(scopeFor(filter.districtId)),
      'export',
      'meetingGuideFeed',
    );
    const meetings = groups.flatMap((group) => {
      const municipality = findMunicipality(group.municipalityNumber);
      const district = findDistrict(group.districtId);
      if (!municipality || !district) return [];
      return toMeetingGuideMeetings(
        {
          slug: group.slug,
          name: group.name,
          description: group.description,
          format: group.format,
          venue: group.venue,
          municipalityName: municipality.name,
          countyName: findCounty(municipality.countyNumber)?.name ?? '',
          districtName: district.name,
          themeIds: group.themeIds,
          languages: group.languages,
          openForNewMembers: group.openForNewMembers,
          schedule: group.schedule,
          updatedAt: group.updatedAt,
          contact: district.contact,
        },
        { baseUrl: this.publicBaseUrl },
      );
    });
    return JSON.stringify(meetings);
  }
}

function scopeFor(districtId: string | null | undefined): Scope {
  return districtId && isDistrictId(districtId) ? districtScope(districtId) : NATIONAL_SCOPE;
}

export function locationText(group: GroupRecord): string | null {
  if (!group.venue) return null;
  const { name, streetAddress, postalCode, postalPlace } = group.venue;
  return `${name}, ${streetAddress}, ${postalCode} ${postalPlace}`;
}
