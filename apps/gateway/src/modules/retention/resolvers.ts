import type { DistrictId } from '@selvhjelp/domain';
import { DISTRICT_IDS, findDistrict } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { present } from '../../kernel/support.js';

export const retentionResolvers: Resolvers = {
  Query: {
    retentionSettings: (_parent, _args, ctx) => ctx.retention().settings(),
    retentionRuns: (_parent, { first }, ctx) => ctx.retention().runs(first),
  },
  Mutation: {
    setRetentionSettings: (_parent, { input }, ctx) => ctx.retention().update(input),
  },
  RetentionSettings: {
    district: (settings) => present(findDistrict(settings.districtId), 'district'),
    customised: (settings) => settings.stored,
  },
  RetentionRun: {
    districts: (run) =>
      DISTRICT_IDS.flatMap((id: DistrictId) => {
        const counts = run.perDistrict[id];
        return counts
          ? [
              {
                district: present(findDistrict(id), 'district'),
                casesAnonymised: counts.cases,
                inquiriesAnonymised: counts.inquiries,
                peersAnonymised: counts.peers,
              },
            ]
          : [];
      }),
  },
};
