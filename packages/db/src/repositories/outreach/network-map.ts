import type { DistrictId, PartnerType, Scope } from '@selvhjelp/domain';
import { municipalitiesInDistrict, NETWORK_GROUP_STATUSES, PARTNER_TYPES } from '@selvhjelp/domain';
import type { DbClient } from '../../sql/client.js';
import { scopeAllowsDistrict } from '../../sql/client.js';
import type { NetworkMapRecord, PartnerTypeCountRecord } from './types.js';

/*
 * The district's network map: for every municipality of the district, its partners (all and
 * active, active ones by type) and its groups that exist or are on their way. Three grouped
 * counts, whatever the size of the district; the municipalities come from the reference data,
 * so those with neither partner nor group are there too (where the district should reach out).
 */

export async function networkMap(
  client: DbClient,
  scope: Scope,
  districtId: DistrictId,
): Promise<NetworkMapRecord | null> {
  if (!scopeAllowsDistrict(scope, districtId)) return null;
  const [partnersByStatus, activeByType, groups] = await Promise.all([
    client.partner.groupBy({ by: ['municipalityNumber', 'status'], where: { districtId }, _count: { _all: true } }),
    client.partner.groupBy({
      by: ['municipalityNumber', 'type'],
      where: { districtId, status: 'ACTIVE' },
      _count: { _all: true },
    }),
    client.group.groupBy({
      by: ['municipalityNumber'],
      where: { districtId, status: { in: [...NETWORK_GROUP_STATUSES] } },
      _count: { _all: true },
    }),
  ]);
  const partners = new Map<string, number>();
  const active = new Map<string, number>();
  for (const row of partnersByStatus) {
    partners.set(row.municipalityNumber, (partners.get(row.municipalityNumber) ?? 0) + row._count._all);
    if (row.status === 'ACTIVE') active.set(row.municipalityNumber, row._count._all);
  }
  const groupCounts = new Map(groups.map((row) => [row.municipalityNumber, row._count._all]));
  const typeCounts = (rows: typeof activeByType): PartnerTypeCountRecord[] => {
    const counts = new Map<PartnerType, number>();
    for (const row of rows) counts.set(row.type, (counts.get(row.type) ?? 0) + row._count._all);
    return PARTNER_TYPES.map((type) => ({ type, count: counts.get(type) ?? 0 }));
  };

  const ofDistrict = [...municipalitiesInDistrict(districtId)].sort(
    (a, b) => a.name.localeCompare(b.name, 'nb') || a.number.localeCompare(b.number),
  );
  const inDistrict = new Set(ofDistrict.map((municipality) => municipality.number));
  return {
    districtId,
    municipalities: ofDistrict.map((municipality) => ({
      municipalityNumber: municipality.number,
      activePartners: active.get(municipality.number) ?? 0,
      partners: partners.get(municipality.number) ?? 0,
      groups: groupCounts.get(municipality.number) ?? 0,
      activePartnersByType: typeCounts(
        activeByType.filter((row) => row.municipalityNumber === municipality.number),
      ).filter((entry) => entry.count > 0),
    })),
    activePartnersByType: typeCounts(activeByType),
    activePartnersElsewhere: activeByType
      .filter((row) => !inDistrict.has(row.municipalityNumber))
      .reduce((sum, row) => sum + row._count._all, 0),
  };
}
