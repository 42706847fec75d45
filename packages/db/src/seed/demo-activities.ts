import { createHash } from 'node:crypto';
import type { DistrictId, IsoDate } from '@selvhjelp/domain';
import {
  ACTIVITY_TYPES,
  addDays,
  compareIsoDates,
  MIXED_THEME_ID,
  THEME_IDS,
  zonedDateTimeToInstant,
} from '@selvhjelp/domain';
import { dateFromIso } from '../sql/dates.js';
import type { DemoGroupPlan } from './demo-groups.js';
import { demoId } from './demo-groups.js';
import { ACTIVITY_NOTES, ACTIVITY_TEMPLATES } from './demo-partner-catalogue.js';
import type { DemoNetworkRows, PlannedPartner } from './demo-network-types.js';

/*
 * The demo outreach log of a district: activities spread over the past 14 months (one in
 * thirteen cancelled), a few planned in the next two, each with the district's demo staff and
 * one or two of its demo partners; and outcomes that point at the demo groups (started after an
 * activity), facilitators and a partner that came out of one.
 */

/** Past activities (the last 14 months); DEMO_PLANNED_ACTIVITIES planned ones come on top. */
export const DEMO_ACTIVITIES_PER_DISTRICT: Readonly<Record<DistrictId, number>> = {
  nord: 26,
  midt: 22,
  vest: 34,
  sorvest: 24,
  sor: 28,
  innlandet: 21,
  ost: 38,
};

export const DEMO_PLANNED_ACTIVITIES = 3;

const THEMES = THEME_IDS.filter((id) => id !== MIXED_THEME_ID);

/** A number from 0 to 9 999 999, fixed for the key. */
export function spread(key: string): number {
  return (
    Number.parseInt(createHash('sha256').update(`selvhjelp-demo-spread/${key}`).digest('hex').slice(0, 8), 16) %
    10_000_000
  );
}

/** The district's activities; returns its completed ones (id and day), oldest first. */
export function planActivities(
  rows: DemoNetworkRows,
  districtId: DistrictId,
  districtIndex: number,
  today: IsoDate,
  partners: readonly PlannedPartner[],
  staff: readonly (string | null)[],
): { id: string; date: IsoDate }[] {
  const past = DEMO_ACTIVITIES_PER_DISTRICT[districtId];
  const completed: { id: string; date: IsoDate }[] = [];
  for (let index = 0; index < past + DEMO_PLANNED_ACTIVITIES; index += 1) {
    const key = `activity/${districtId}/${index}`;
    const id = demoId(key);
    const planned = index >= past;
    // Spread over 14 months (≈ 425 days), the newest a few days ago; planned ones in the next two.
    const date = planned
      ? addDays(today, 9 + (index - past) * 17)
      : addDays(today, -(3 + Math.floor(((past - 1 - index) * 420) / past) + (spread(key) % 4)));
    const status = planned ? 'PLANNED' : index % 13 === 7 ? 'CANCELLED' : 'COMPLETED';
    const type = ACTIVITY_TYPES[(index * 3 + districtIndex) % ACTIVITY_TYPES.length]!;
    const template = ACTIVITY_TEMPLATES[type];
    const first = partners[(index * 5 + districtIndex) % partners.length]!;
    const second = index % 3 === 0 ? partners[(index * 7 + 1) % partners.length]! : null;
    const taking = second && second.id !== first.id ? [first, second] : [first];
    const online = type === 'NETWORK_MEETING' && index % 2 === 0;
    const by = staff[index % 2] ?? staff[0] ?? null;
    const at = zonedDateTimeToInstant(planned ? addDays(today, -(index - past + 2)) : addDays(date, 1), '15:00');
    rows.activities.push({
      id,
      districtId,
      type,
      title:
        type === 'PARTNER_MEETING' ? `${template.title} med ${first.name}` : `${template.title} – ${first.place.name}`,
      status,
      date: dateFromIso(date),
      startTime: template.startTime,
      endTime: template.endTime,
      online,
      place: online ? null : first.name,
      municipalityNumber: first.place.number,
      audiences: [...template.audiences],
      participantCount:
        status === 'COMPLETED'
          ? template.participants.min + (spread(`${key}/participants`) % (template.participants.spread + 1))
          : null,
      themeIds: index % 4 === 0 ? [THEMES[(index + districtIndex) % THEMES.length]!] : [],
      notes: status === 'CANCELLED' ? 'Avlyst: for få påmeldte.' : ACTIVITY_NOTES[index % ACTIVITY_NOTES.length]!,
      createdById: by,
      updatedById: by,
      createdAt: at,
      updatedAt: at,
    });
    const people = [...new Set(index % 3 === 1 ? staff : [by])].filter((value): value is string => value !== null);
    for (const staffUserId of people) rows.staff.push({ activityId: id, staffUserId });
    for (const partner of taking) rows.activityPartners.push({ activityId: id, partnerId: partner.id });
    if (status === 'COMPLETED') completed.push({ id, date });
  }
  return completed.sort((a, b) => compareIsoDates(a.date, b.date));
}

/** Groups started and facilitators recruited, each linked to a completed activity before it. */
export function planOutcomes(
  rows: DemoNetworkRows,
  districtId: DistrictId,
  today: IsoDate,
  groups: readonly DemoGroupPlan[],
  completed: readonly { id: string; date: IsoDate }[],
  partners: readonly PlannedPartner[],
): void {
  const before = (day: IsoDate) => [...completed].reverse().find((activity) => compareIsoDates(activity.date, day) < 0);
  const started = groups.filter((group) => group.status === 'STARTING' || group.status === 'RUNNING');
  let linked = 0;
  for (const group of started) {
    const origin = before(group.statusHistory[0]!.effectiveDate);
    if (!origin || linked === 3) continue;
    linked += 1;
    rows.outcomes.push({
      id: demoId(`${group.slug}/origin`),
      activityId: origin.id,
      kind: 'GROUP_STARTED',
      groupId: demoId(`${group.slug}/group`),
      note: 'Gruppen ble startet etter initiativ fra deltakere på aktiviteten.',
      createdAt: zonedDateTimeToInstant(group.statusHistory[0]!.effectiveDate, '12:00'),
    });
  }
  const recruiting = completed.slice(-6, -4);
  for (const [position, activity] of recruiting.entries()) {
    rows.outcomes.push({
      id: demoId(`activity/${districtId}/recruited/${position}`),
      activityId: activity.id,
      kind: 'FACILITATOR_RECRUITED',
      facilitatorId: demoId(`facilitator/${districtId}/${9 - position}`),
      note: null,
      createdAt: zonedDateTimeToInstant(addDays(activity.date, 7), '12:00'),
    });
  }
  const prospect = partners.find((partner) => partner.index === 6);
  const introduced = completed.at(-3);
  if (prospect && introduced && compareIsoDates(introduced.date, today) < 0) {
    rows.outcomes.push({
      id: demoId(`activity/${districtId}/new-partner`),
      activityId: introduced.id,
      kind: 'NEW_PARTNER',
      partnerId: prospect.id,
      note: 'Tok kontakt etter aktiviteten.',
      createdAt: zonedDateTimeToInstant(addDays(introduced.date, 2), '12:00'),
    });
  }
}
