import { defineMessages } from '../messages/define.js';

/** Why a report (a file on request, or the background job for all districts) was refused. */
export const REPORT_MESSAGES = defineMessages({
  REPORT_JOBS_NATIONAL_ONLY: {
    nb: 'Bare nasjonalt kontor kan lage rapporter for alle distrikter.',
    en: 'Only the national office can generate reports for all districts.',
  },
  REPORT_OWN_DISTRICT_ONLY: {
    nb: 'Du kan bare hente rapporten for ditt eget distrikt.',
    en: 'You can only download the report of your own district.',
  },
});
