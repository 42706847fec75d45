import type { districtsNb } from './messages.nb';

/** English: one district as the national office reads it. */
export const districtsEn: Record<keyof typeof districtsNb, string> = {
  'districts.view.sections': 'Pages about {name}',
  'districts.view.all': 'All districts',
  'districts.view.facts': 'Key facts',
  'districts.view.groups': 'Groups',
  'districts.view.courses': 'Courses',
  'districts.view.partners': 'Partners',
  'districts.view.activities': 'Activities',
  'districts.view.readOnly':
    "You are reading the district's registers. The district office keeps them. Inquiries, cases and volunteer peers are for the district's staff only.",
  'districts.view.groupsHeading': 'Groups in {name}',
  'districts.view.coursesHeading': 'Courses in {name}',
  'districts.view.partnersHeading': 'Partners in {name}',
  'districts.view.activitiesHeading': 'Activities in {name}',
  'districts.view.about': 'About the district',
  'districts.view.figures': 'The registers in figures',
  'districts.view.register': 'Register',
  'districts.view.count': 'Number',
  'districts.view.groupsByStatus': 'Groups by status',
  'districts.view.status': 'Status',
  'districts.view.groupsTotal': 'Groups in total',
  'districts.view.coursesTotal': 'Courses in total',
  'districts.view.partnersTotal': 'Partners in total',
  'districts.view.activitiesHeld': 'Activities held {period}',
  'districts.view.participantsHeld': 'Participants in activities held {period}',
};
