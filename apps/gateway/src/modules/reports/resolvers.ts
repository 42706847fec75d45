import { findDistrict } from '@selvhjelp/domain';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { present } from '../../kernel/support.js';

export const reportResolvers: Resolvers = {
  Query: {
    reportJobs: (_parent, { first }, ctx) => ctx.reports().jobs(first),
    reportJob: (_parent, { id }, ctx) => ctx.reports().job(id),
    reportFile: (_parent, { id }, ctx) => ctx.reports().file(id),
    reportDownload: (_parent, { period, district, format }, ctx) => ctx.reports().download(period, district, format),
  },
  Mutation: {
    startReportJob: (_parent, { period }, ctx) => ctx.reports().start(period),
  },
  ReportJob: {
    files: (job, _args, ctx) => ctx.reports().files(job),
  },
  ReportFileInfo: {
    district: (file) => (file.districtId === null ? null : present(findDistrict(file.districtId), 'district')),
  },
};
