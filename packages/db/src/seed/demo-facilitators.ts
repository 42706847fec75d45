import type { CourseType, DistrictId, IsoDate } from '@selvhjelp/domain';
import {
  addDays,
  addMonths,
  DISTRICTS,
  meetsCompletionRule,
  MIXED_THEME_ID,
  municipalitiesInDistrict,
  THEME_IDS,
  zonedDateTimeToInstant,
} from '@selvhjelp/domain';
import type { Prisma } from '../generated/prisma/client.js';
import type { DbClient } from '../sql/client.js';
import { dateFromIso } from '../sql/dates.js';
import type { DemoActors, DemoGroupPlan } from './demo-groups.js';
import { demoId } from './demo-groups.js';

/*
 * Demo facilitators and training, per district: 10–15 fictional facilitators, a basic course
 * completed eight months ago (one participant missed a session), an old basic course whose two
 * participants have lapsed, an open course with three seats, enrolments and a waiting list,
 * and assignments to the district's demo groups in STARTING (open) and RUNNING (ended). No
 * randomness: ids and names come from the district and position, dates from the seeding day.
 */

export const DEMO_FACILITATORS_PER_DISTRICT: Readonly<Record<DistrictId, number>> = {
  nord: 12,
  midt: 10,
  vest: 15,
  sorvest: 11,
  sor: 13,
  innlandet: 10,
  ost: 14,
};

const FIRST_NAMES = [
  'Kari',
  'Ola',
  'Ingrid',
  'Lars',
  'Sigrid',
  'Anders',
  'Marit',
  'Eirik',
  'Solveig',
  'Håkon',
  'Liv',
  'Torbjørn',
  'Randi',
  'Arne',
  'Hilde',
  'Knut',
  'Astrid',
  'Øyvind',
  'Ragnhild',
  'Jon',
];
const LAST_NAMES = [
  'Haugen',
  'Bakken',
  'Lien',
  'Dahl',
  'Solberg',
  'Moen',
  'Berg',
  'Strand',
  'Nilsen',
  'Hagen',
  'Eide',
  'Lund',
  'Aas',
  'Røed',
  'Vik',
  'Fjeld',
];
const THEMES = THEME_IDS.filter((id) => id !== MIXED_THEME_ID);
const CONSENT_TEXT =
  'Jeg samtykker til at distriktskontoret registrerer navn, kontaktopplysninger og kommune for å kontakte meg om igangsetteroppdrag og kurs. Jeg kan trekke samtykket når som helst.';

const RECENT = [0, 1, 2, 3, 4, 6];
const OLD = [7, 8];
/** Trained 35 months ago: still qualified, lapsing within the next 60 days (the district home lists them). */
const LAPSING = [5];
/** Missed the second session of the recent course: still in training. */
const MISSED_ONE = 6;

interface CoursePlan {
  key: string;
  type: CourseType;
  title: string;
  status: 'COMPLETED' | 'OPEN';
  capacity: number;
  sessionDays: IsoDate[];
  participants: number[];
}

function coursePlans(districtName: string, count: number, today: IsoDate): CoursePlan[] {
  const recentStart = addMonths(today, -8);
  const oldStart = addMonths(today, -38);
  const lapsingStart = addMonths(today, -35);
  // Within the district home's next 30 days, both sessions.
  const openStart = addDays(today, 14);
  return [
    {
      key: 'basic-old',
      type: 'BASIC',
      title: `Igangsettertrening ${districtName}`,
      status: 'COMPLETED',
      capacity: 12,
      sessionDays: [oldStart, addDays(oldStart, 7)],
      participants: OLD,
    },
    {
      key: 'basic-lapsing',
      type: 'BASIC',
      title: `Igangsettertrening ${districtName}`,
      status: 'COMPLETED',
      capacity: 12,
      sessionDays: [lapsingStart, addDays(lapsingStart, 7)],
      participants: LAPSING,
    },
    {
      key: 'basic-recent',
      type: 'BASIC',
      title: `Igangsettertrening ${districtName}`,
      status: 'COMPLETED',
      capacity: 12,
      sessionDays: [recentStart, addDays(recentStart, 7)],
      participants: RECENT,
    },
    // Three seats; the rest go on the waiting list in this order.
    {
      key: 'open',
      type: 'BASIC',
      title: `Igangsettertrening ${districtName} – ny runde`,
      status: 'OPEN',
      capacity: 3,
      sessionDays: [openStart, addDays(openStart, 7)],
      participants: [MISSED_ONE, 9, ...OLD, ...(count > 10 ? [10] : [])],
    },
  ];
}

/** Every row of the demo training data for the given day. */
export function demoFacilitatorRows(today: IsoDate, groups: readonly DemoGroupPlan[], actors: DemoActors) {
  const facilitators: Prisma.FacilitatorCreateManyInput[] = [];
  const courses: Prisma.TrainingCourseCreateManyInput[] = [];
  const trainers: Prisma.CourseTrainerCreateManyInput[] = [];
  const sessions: Prisma.CourseSessionCreateManyInput[] = [];
  const enrolments: Prisma.EnrolmentCreateManyInput[] = [];
  const attendances: Prisma.SessionAttendanceCreateManyInput[] = [];
  const completions: Prisma.CourseCompletionCreateManyInput[] = [];
  const assignments: Prisma.FacilitatorAssignmentCreateManyInput[] = [];
  const created = zonedDateTimeToInstant(addMonths(today, -41), '10:00');

  for (const [districtIndex, district] of DISTRICTS.entries()) {
    const count = DEMO_FACILITATORS_PER_DISTRICT[district.id];
    const places = municipalitiesInDistrict(district.id).slice(0, 4);
    const facilitatorId = (index: number) => demoId(`facilitator/${district.id}/${index}`);
    for (let index = 0; index < count; index += 1) {
      const themeConsent = index % 4 === 0;
      facilitators.push({
        id: facilitatorId(index),
        districtId: district.id,
        name: `${FIRST_NAMES[(districtIndex * 7 + index * 3) % FIRST_NAMES.length]} ${LAST_NAMES[(districtIndex * 5 + index * 7) % LAST_NAMES.length]}`,
        email: index % 3 === 2 ? null : `igangsetter.${district.id}.${index + 1}@demo.selvhjelp.no`,
        phone: index % 3 === 0 ? null : `4${String(districtIndex)}${String(100_000 + index * 1_237).padStart(6, '0')}`,
        municipalityNumber: places[index % places.length]!.number,
        languages: index % 5 === 1 ? ['nb', 'en'] : ['nb'],
        themeConsent,
        themeIds: themeConsent ? [THEMES[(index + districtIndex) % THEMES.length]!] : [],
        availability: index % 5 === 3 ? 'BUSY' : index % 7 === 6 ? 'RESTING' : 'AVAILABLE',
        notes: index === 0 ? 'Har erfaring fra to oppstarter.' : null,
        consentGivenOn: dateFromIso(addMonths(today, -41)),
        consentText: CONSENT_TEXT,
        createdAt: created,
        updatedAt: created,
      });
    }

    for (const plan of coursePlans(district.name, count, today)) {
      const courseId = demoId(`course/${district.id}/${plan.key}`);
      const at = zonedDateTimeToInstant(addDays(plan.sessionDays[0]!, -30), '09:00');
      courses.push({
        id: courseId,
        districtId: district.id,
        type: plan.type,
        title: plan.title,
        locationText: `Distriktskontoret i ${places[0]!.name}`,
        online: false,
        capacity: plan.capacity,
        status: plan.status,
        startsOn: dateFromIso(plan.sessionDays[0]!),
        createdAt: at,
        updatedAt: at,
      });
      const lead = actors[district.id].lead;
      if (lead) trainers.push({ courseId, staffUserId: lead });
      const sessionIds = plan.sessionDays.map((day, position) => {
        const id = demoId(`course/${district.id}/${plan.key}/session/${position}`);
        sessions.push({ id, courseId, date: dateFromIso(day), startTime: '17:00', endTime: '20:30', place: null });
        return id;
      });
      for (const [order, participant] of plan.participants.entries()) {
        const enrolmentId = demoId(`course/${district.id}/${plan.key}/enrolment/${participant}`);
        const waiting = order >= plan.capacity;
        enrolments.push({
          id: enrolmentId,
          courseId,
          facilitatorId: facilitatorId(participant),
          status: waiting ? 'WAITING' : 'ENROLLED',
          waitingPosition: waiting ? order - plan.capacity + 1 : null,
          enrolledAt: new Date(at.getTime() + (order + 1) * 3_600_000),
        });
        if (plan.status !== 'COMPLETED') continue;
        let attended = 0;
        for (const [position, sessionId] of sessionIds.entries()) {
          const present = !(participant === MISSED_ONE && position === 1);
          if (present) attended += 1;
          attendances.push({ enrolmentId, sessionId, present });
        }
        if (meetsCompletionRule(plan.type, attended, sessionIds.length)) {
          completions.push({
            courseId,
            facilitatorId: facilitatorId(participant),
            courseType: plan.type,
            completedOn: dateFromIso(plan.sessionDays.at(-1)!),
          });
        }
      }
    }

    const ofDistrict = groups.filter((group) => group.data.districtId === district.id);
    const starting = ofDistrict.filter((group) => group.status === 'STARTING');
    const running = ofDistrict.filter((group) => group.status === 'RUNNING');
    const assign = (group: DemoGroupPlan, participant: number, fromDate: IsoDate, toDate: IsoDate | null) =>
      assignments.push({
        id: demoId(`assignment/${group.slug}/${participant}`),
        facilitatorId: facilitatorId(participant),
        groupId: demoId(`${group.slug}/group`),
        role: 'igangsetter',
        fromDate: dateFromIso(fromDate),
        toDate: toDate === null ? null : dateFromIso(toDate),
      });
    if (starting[0]) {
      assign(starting[0], 0, addMonths(today, -1), null);
      assign(starting[0], 1, addMonths(today, -1), null);
    }
    if (starting[1]) assign(starting[1], 2, addMonths(today, -2), null);
    if (running[0]) assign(running[0], 3, addMonths(today, -7), addMonths(today, -4));
  }
  return { facilitators, courses, trainers, sessions, enrolments, attendances, completions, assignments };
}

/**
 * Inserts what is missing (demo ids make it idempotent: existing rows, edited or not, stay).
 * Assignments only for demo groups that exist. Returns how many facilitators were new.
 */
export async function insertDemoFacilitators(
  tx: DbClient,
  rows: ReturnType<typeof demoFacilitatorRows>,
): Promise<number> {
  const { count } = await tx.facilitator.createMany({ data: rows.facilitators, skipDuplicates: true });
  await tx.trainingCourse.createMany({ data: rows.courses, skipDuplicates: true });
  if (rows.trainers.length > 0) await tx.courseTrainer.createMany({ data: rows.trainers, skipDuplicates: true });
  await tx.courseSession.createMany({ data: rows.sessions, skipDuplicates: true });
  await tx.enrolment.createMany({ data: rows.enrolments, skipDuplicates: true });
  await tx.sessionAttendance.createMany({ data: rows.attendances, skipDuplicates: true });
  await tx.courseCompletion.createMany({ data: rows.completions, skipDuplicates: true });
  const groupIds = new Set(
    (
      await tx.group.findMany({
        where: { id: { in: rows.assignments.map((row) => row.groupId) } },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  const assignments = rows.assignments.filter((row) => groupIds.has(row.groupId));
  if (assignments.length > 0) await tx.facilitatorAssignment.createMany({ data: assignments, skipDuplicates: true });
  return count;
}
