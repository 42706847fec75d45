import { createHash } from 'node:crypto';
import type { DistrictId, InquiryAction, IsoDate } from '@selvhjelp/domain';
import { addDays, DISTRICTS, generateCaseReference, municipalitiesInDistrict } from '@selvhjelp/domain';
import type { Prisma } from '../generated/prisma/client.js';
import type { DbClient } from '../sql/client.js';
import { dateFromIso } from '../sql/dates.js';
import {
  ALIASES,
  CASES,
  CHANNELS,
  CONSENT_WORDING,
  INQUIRERS,
  NOTES,
  PEER_NAMES,
  RESOURCES,
  SERVICES,
  THEME_CYCLE,
} from './demo-inquiry-catalogue.js';
import type { DemoActors } from './demo-groups.js';
import { demoId } from './demo-groups.js';

/*
 * Demo inquiries, volunteer peers and follow-up cases (issue 12), per district: a referral
 * directory, eight volunteer peers (one is also a facilitator, one follows two people and is
 * full, one has not signed the confidentiality declaration, one has stopped), 24 inquiries over
 * the last four months from people, relatives, public services and partners, six follow-up cases
 * (open, paused, closed) with notes, referrals and a peer, and an interest list. In vest, five
 * people wait for a grief group in Bergen (three may be contacted). Fictional throughout: aliases
 * only, phone numbers from the 4xx xx xxx demo range, no national identity numbers. No
 * randomness: ids, references and dates come from the district, position and seeding day.
 */

/** A deterministic stand-in for crypto randomness, so demo case references survive a reset. */
function demoBytes(key: string): (buffer: Uint8Array) => Uint8Array {
  let counter = 0;
  return (buffer) => {
    const digest = createHash('sha256').update(`selvhjelp-demo/case-reference/${key}/${counter++}`).digest();
    buffer.set(digest.subarray(0, buffer.length));
    return buffer;
  };
}

const day = (iso: IsoDate) => dateFromIso(iso);

export interface DemoInquiryRows {
  resources: Prisma.ReferralResourceCreateManyInput[];
  peers: Prisma.VolunteerPeerCreateManyInput[];
  checkIns: Prisma.PeerCheckInCreateManyInput[];
  inquiries: Prisma.InquiryCreateManyInput[];
  consents: Prisma.ConsentCreateManyInput[];
  interest: Prisma.InterestListEntryCreateManyInput[];
  cases: Prisma.FollowUpCaseCreateManyInput[];
  statusChanges: Prisma.CaseStatusChangeCreateManyInput[];
  notes: Prisma.CaseNoteCreateManyInput[];
  referrals: Prisma.CaseReferralCreateManyInput[];
}

/** The rows for every district, dated relative to `today`. */
export function demoInquiryRows(
  today: IsoDate,
  actors: DemoActors,
  facilitatorIdOf: (districtId: DistrictId, index: number) => string,
): DemoInquiryRows {
  const rows: DemoInquiryRows = {
    resources: [],
    peers: [],
    checkIns: [],
    inquiries: [],
    consents: [],
    interest: [],
    cases: [],
    statusChanges: [],
    notes: [],
    referrals: [],
  };
  for (const [districtIndex, district] of DISTRICTS.entries()) {
    const { lead, staff } = actors[district.id];
    if (!lead || !staff) continue;
    const places = municipalitiesInDistrict(district.id);
    const home = district.id === 'vest' ? (places.find((place) => place.number === '4601') ?? places[0]!) : places[0]!;
    const id = (key: string) => demoId(`issue-12/${district.id}/${key}`);

    for (const resource of RESOURCES) {
      rows.resources.push({
        id: id(`resource/${resource.key}`),
        districtId: district.id,
        name: resource.name,
        type: resource.type,
        offers: resource.offers,
        areaKind: resource.areaKind,
        municipalityNumbers: resource.areaKind === 'MUNICIPALITIES' ? [home.number] : [],
        howToRefer: resource.howToRefer,
        phone: resource.phone,
        website: resource.website,
      });
    }

    // Peers: 0 and 1 available with a declaration, 2 is also facilitator 0 of the district,
    // 3 has not signed the declaration, 4 rests, 5 has stopped, 6–7 available.
    for (const [index, name] of PEER_NAMES.entries()) {
      const facilitatorLinked = index === 2;
      const started = addDays(today, -400 + index * 20);
      rows.peers.push({
        id: id(`peer/${index}`),
        districtId: district.id,
        facilitatorId: facilitatorLinked ? facilitatorIdOf(district.id, 0) : null,
        name: facilitatorLinked ? null : name,
        email: facilitatorLinked ? null : `${name.split(' ')[0]!.toLowerCase()}.likeperson@example.no`,
        phone: facilitatorLinked ? null : `4${String(districtIndex)}${String(index).padStart(2, '0')} 12 3${index}`,
        municipalityNumber: places[index % Math.min(places.length, 4)]!.number,
        languages: index % 3 === 1 ? ['nb', 'en'] : ['nb'],
        themeIds: [THEME_CYCLE[index % THEME_CYCLE.length]!, THEME_CYCLE[(index + 3) % THEME_CYCLE.length]!],
        experience: index % 2 === 0 ? 'Har selv gått gjennom det og vært med i en selvhjelpsgruppe.' : null,
        availability: index === 4 ? 'RESTING' : 'AVAILABLE',
        availabilityNote: index % 2 === 0 ? 'Ukedager på kveldstid' : null,
        capacity: 2,
        confidentialityDeclaredOn: index === 3 ? null : day(addDays(started, 7)),
        followUpStaffUserId: index % 2 === 0 ? staff : lead,
        consentGivenOn: day(started),
        consentText:
          'Jeg samtykker til at distriktskontoret registrerer meg som likeperson med erfaringen og temaene jeg kan snakke ut fra.',
        startedOn: day(started),
        stoppedOn: index === 5 ? day(addDays(today, -40)) : null,
      });
    }
    rows.checkIns.push({
      id: id('check-in/1'),
      peerId: id('peer/1'),
      date: day(addDays(today, -30)),
      note: 'Går fint med begge; ønsker en samtale om grensesetting neste gang.',
      staffUserId: lead,
    });

    for (let index = 0; index < 24; index += 1) {
      const received = addDays(today, -((index * 5) % 120) - 1);
      const inquirerType = INQUIRERS[index % INQUIRERS.length]!;
      const channel =
        inquirerType === 'PUBLIC_SERVICE' && index % 2 === 1 ? 'REFERRAL' : CHANNELS[index % CHANNELS.length]!;
      const theme = THEME_CYCLE[(index + districtIndex) % THEME_CYCLE.length]!;
      const hasCase = CASES.some((plan) => plan.inquiry === index);
      const personal = hasCase || index % 4 === 1;
      const actions: InquiryAction[] = ['INFORMATION_GIVEN'];
      if (hasCase && CASES.find((plan) => plan.inquiry === index)?.peer !== null) actions.push('MATCHED_TO_PEER');
      if (inquirerType === 'PUBLIC_SERVICE' && index % 2 === 0) actions.push('TALK_OR_COURSE_REQUESTED');
      rows.inquiries.push({
        id: id(`inquiry/${index}`),
        districtId: district.id,
        receivedOn: day(received),
        receivedTime: `${String(9 + (index % 7)).padStart(2, '0')}:${index % 2 === 0 ? '15' : '40'}`,
        channel,
        inquirerType,
        publicServiceType: inquirerType === 'PUBLIC_SERVICE' ? SERVICES[index % SERVICES.length]! : null,
        // The district's first demo partner (demo-partners.ts); dropped on insert when it is missing.
        partnerId: inquirerType === 'PARTNER' ? demoId(`partner/${district.id}/0`) : null,
        themeIds: [theme],
        languages: index % 6 === 2 ? ['en', 'nb'] : [],
        municipalityNumber: index % 3 === 2 ? null : places[index % Math.min(places.length, 4)]!.number,
        minutesSpent: 10 + ((index * 7) % 50),
        actions,
        note: NOTES[index % NOTES.length]!,
        personAlias: personal ? ALIASES[index % ALIASES.length]! : null,
        contactMethod: personal ? 'PHONE' : null,
        contactValue: personal
          ? `4${String(districtIndex)}${String(index).padStart(2, '0')} 55 ${String(10 + index)}`
          : null,
        createdById: index % 2 === 0 ? staff : lead,
      });
      if (personal)
        rows.consents.push({
          id: id(`consent/${index}/follow-up`),
          inquiryId: id(`inquiry/${index}`),
          purpose: 'FOLLOW_UP_CONTACT',
          givenOn: day(received),
          wording: CONSENT_WORDING.FOLLOW_UP_CONTACT,
          recordedById: staff,
        });
      rows.consents.push({
        id: id(`consent/${index}/statistics`),
        inquiryId: id(`inquiry/${index}`),
        purpose: 'ANONYMOUS_STATISTICS',
        givenOn: day(received),
        wording: CONSENT_WORDING.ANONYMOUS_STATISTICS,
        recordedById: staff,
      });
    }

    for (const [index, plan] of CASES.entries()) {
      const inquiryId = id(`inquiry/${plan.inquiry}`);
      const opened = addDays(today, -((plan.inquiry * 5) % 120) - 1);
      const closedOn = plan.status === 'CLOSED' ? addDays(opened, 21) : null;
      const caseId = id(`case/${index}`);
      const matchedOn = plan.peer !== null ? addDays(opened, 3) : null;
      rows.cases.push({
        id: caseId,
        districtId: district.id,
        reference: generateCaseReference(demoBytes(`${district.id}/${index}`)),
        inquiryId,
        status: plan.status,
        outcome: plan.outcome,
        responsibleStaffUserId: index % 2 === 0 ? staff : lead,
        peerId: plan.peer !== null ? id(`peer/${plan.peer}`) : null,
        peerMatchedOn: matchedOn ? day(matchedOn) : null,
        nextFollowUpOn: plan.status === 'CLOSED' ? null : day(addDays(today, index === 0 ? -2 : 5 + index * 3)),
        openedOn: day(opened),
        closedOn: closedOn ? day(closedOn) : null,
        createdById: staff,
      });
      rows.statusChanges.push({
        id: id(`case/${index}/status/0`),
        caseId,
        fromStatus: null,
        toStatus: 'OPEN',
        changedOn: day(opened),
        staffUserId: staff,
      });
      if (plan.status !== 'OPEN')
        rows.statusChanges.push({
          id: id(`case/${index}/status/1`),
          caseId,
          fromStatus: 'OPEN',
          toStatus: plan.status,
          outcome: plan.outcome,
          changedOn: day(closedOn ?? addDays(opened, 10)),
          staffUserId: index % 2 === 0 ? staff : lead,
        });
      rows.notes.push({
        id: id(`case/${index}/note/0`),
        caseId,
        date: day(opened),
        text: 'Første samtale: ønsker noen å snakke med som har opplevd noe lignende.',
        authorId: index % 2 === 0 ? staff : lead,
      });
      if (plan.referral)
        rows.referrals.push({
          id: id(`case/${index}/referral`),
          caseId,
          referralResourceId: id(`resource/${plan.referral}`),
          date: day(addDays(opened, 2)),
          note: 'Har fått nummeret og vil ta kontakt selv.',
          staffUserId: index % 2 === 0 ? staff : lead,
        });
    }

    // The interest list: demand per theme and municipality; in vest, five people want a grief group in Bergen.
    const interestPlans: { theme: string; municipality: string; consent: boolean }[] =
      district.id === 'vest'
        ? [0, 1, 2, 3, 4].map((index) => ({ theme: 'grief', municipality: home.number, consent: index % 2 === 0 }))
        : [
            { theme: 'grief', municipality: home.number, consent: true },
            { theme: 'loneliness', municipality: home.number, consent: false },
          ];
    for (const [index, plan] of interestPlans.entries()) {
      const inquiryIndex = 100 + index;
      const inquiryId = id(`inquiry/${inquiryIndex}`);
      const received = addDays(today, -(10 + index * 6));
      rows.inquiries.push({
        id: inquiryId,
        districtId: district.id,
        receivedOn: day(received),
        receivedTime: '12:00',
        channel: index % 2 === 0 ? 'PHONE' : 'EMAIL',
        inquirerType: 'PERSON',
        publicServiceType: null,
        themeIds: [plan.theme],
        languages: [],
        municipalityNumber: plan.municipality,
        minutesSpent: 15,
        actions: ['INFORMATION_GIVEN', 'ADDED_TO_INTEREST_LIST'],
        note: 'Vil gjerne være med i en gruppe når det starter en i nærheten.',
        personAlias: plan.consent ? ALIASES[(index + 3) % ALIASES.length]! : null,
        contactMethod: plan.consent ? 'PHONE' : null,
        contactValue: plan.consent ? `4${String(districtIndex)}${String(inquiryIndex)} 66 ${String(10 + index)}` : null,
        createdById: staff,
      });
      if (plan.consent) {
        for (const purpose of ['FOLLOW_UP_CONTACT', 'INTEREST_LIST'] as const)
          rows.consents.push({
            id: id(`consent/${inquiryIndex}/${purpose}`),
            inquiryId,
            purpose,
            givenOn: day(received),
            wording: CONSENT_WORDING[purpose],
            recordedById: staff,
          });
      }
      rows.interest.push({
        id: id(`interest/${index}`),
        districtId: district.id,
        inquiryId,
        themeId: plan.theme,
        municipalityNumber: plan.municipality,
      });
    }
  }
  return rows;
}

/** Inserts what is missing (by id); what exists is left alone. Returns the inquiries created. */
export async function insertDemoInquiries(tx: DbClient, rows: DemoInquiryRows): Promise<number> {
  await tx.referralResource.createMany({ data: rows.resources, skipDuplicates: true });
  // A peer linked to a facilitator needs that facilitator (the demo facilitators come first).
  const facilitatorIds = new Set(
    (
      await tx.facilitator.findMany({
        where: { id: { in: rows.peers.flatMap((peer) => (peer.facilitatorId ? [peer.facilitatorId] : [])) } },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  const peers = rows.peers.filter((peer) => !peer.facilitatorId || facilitatorIds.has(peer.facilitatorId));
  const peerIds = new Set(peers.map((peer) => peer.id));
  await tx.volunteerPeer.createMany({ data: peers, skipDuplicates: true });
  await tx.peerCheckIn.createMany({
    data: rows.checkIns.filter((row) => peerIds.has(row.peerId)),
    skipDuplicates: true,
  });
  const partnerIds = new Set(
    (
      await tx.partner.findMany({
        where: { id: { in: rows.inquiries.flatMap((row) => (row.partnerId ? [row.partnerId] : [])) } },
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  const inquiries = rows.inquiries.map((row) =>
    row.partnerId && !partnerIds.has(row.partnerId)
      ? { ...row, inquirerType: 'PERSON' as const, partnerId: null }
      : row,
  );
  const { count } = await tx.inquiry.createMany({ data: inquiries, skipDuplicates: true });
  await tx.consent.createMany({ data: rows.consents, skipDuplicates: true });
  await tx.interestListEntry.createMany({ data: rows.interest, skipDuplicates: true });
  await tx.followUpCase.createMany({
    data: rows.cases.map((row) =>
      row.peerId && !peerIds.has(row.peerId) ? { ...row, peerId: null, peerMatchedOn: null } : row,
    ),
    skipDuplicates: true,
  });
  await tx.caseStatusChange.createMany({ data: rows.statusChanges, skipDuplicates: true });
  await tx.caseNote.createMany({ data: rows.notes, skipDuplicates: true });
  await tx.caseReferral.createMany({ data: rows.referrals, skipDuplicates: true });
  return count;
}
