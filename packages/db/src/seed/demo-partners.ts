import type { DistrictId, IsoDate, Municipality } from '@selvhjelp/domain';
import {
  addMonths,
  DISTRICTS,
  municipalitiesInDistrict,
  organisationNumberCheckDigit,
  zonedDateTimeToInstant,
} from '@selvhjelp/domain';
import type { DbClient } from '../sql/client.js';
import { dateFromIso } from '../sql/dates.js';
import { planActivities, planOutcomes, spread } from './demo-activities.js';
import { DEMO_PLACES } from './demo-group-catalogue.js';
import type { DemoActors, DemoGroupPlan } from './demo-groups.js';
import { demoId } from './demo-groups.js';
import {
  AGREEMENT_SCOPES,
  CONTACT_FIRST_NAMES,
  CONTACT_LAST_NAMES,
  PARTNER_TEMPLATES,
} from './demo-partner-catalogue.js';
import type { DemoNetworkRows } from './demo-network-types.js';

/*
 * The demo partner network and outreach log, per district: 8–15 partners in the towns where the
 * demo groups meet and in two towns without groups, 1–3 contact persons each (one has moved),
 * agreements, 20–40 activities over the past 14 months plus a few planned ones, and outcomes
 * that point at the demo groups and facilitators. Most municipalities of each district are left
 * with neither partner nor group, as in real life. No randomness: ids, names and numbers come
 * from the district and position, dates from the seeding day.
 */

export const DEMO_PARTNERS_PER_DISTRICT: Readonly<Record<DistrictId, number>> = {
  nord: 12,
  midt: 9,
  vest: 15,
  sorvest: 10,
  sor: 13,
  innlandet: 8,
  ost: 14,
};

/** Nine digits with a valid check digit, or null when the base has none (remainder 1). */
function organisationNumber(key: string): string | null {
  const base = `9${String(spread(key)).padStart(7, '0')}`;
  const check = organisationNumberCheckDigit(base);
  return check === null ? null : `${base}${check}`;
}

function ascii(text: string): string {
  return text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');
}

/** The district's demo group towns, then two of its municipalities where no demo group meets. */
function placesOf(districtId: DistrictId, districtIndex: number): Municipality[] {
  const all = municipalitiesInDistrict(districtId);
  const towns = DEMO_PLACES[districtId].map((place) =>
    all.find((municipality) => municipality.name === place.municipality)!,
  );
  const others = all.filter((municipality) => !towns.includes(municipality));
  const first = (districtIndex * 5 + 3) % others.length;
  const second = (first + 1 + ((districtIndex * 7) % (others.length - 1))) % others.length;
  return [...towns, others[first]!, others[second]!];
}

function placeOf(places: Municipality[], index: number, towns: number): Municipality {
  return index < 6 ? places[index % towns]! : places[towns + index - 6]!;
}

/** Every row of the demo network for the given day. */
export function demoNetworkRows(today: IsoDate, groups: readonly DemoGroupPlan[], actors: DemoActors): DemoNetworkRows {
  const rows: DemoNetworkRows = {
    partners: [],
    contacts: [],
    affiliations: [],
    agreements: [],
    activities: [],
    staff: [],
    activityPartners: [],
    outcomes: [],
    venueLinks: [],
  };
  const registered = zonedDateTimeToInstant(addMonths(today, -16), '10:00');
  for (const [districtIndex, district] of DISTRICTS.entries()) {
    const places = placesOf(district.id, districtIndex);
    const towns = DEMO_PLACES[district.id].length;
    const lead = actors[district.id].lead;
    const staffMember = actors[district.id].staff;
    const numbers = new Set<string>();
    const partners = PARTNER_TEMPLATES.slice(0, DEMO_PARTNERS_PER_DISTRICT[district.id]).map((template, index) => {
      const place = placeOf(places, template.place, towns);
      const id = demoId(`partner/${district.id}/${index}`);
      const name = template.name.replace('{place}', place.name);
      const candidate = index % 3 === 2 ? null : organisationNumber(`partner/${district.id}/${index}`);
      // Unique within the district (the table says so): a clash of two bases leaves one without.
      const number = candidate && !numbers.has(candidate) ? candidate : null;
      if (number) numbers.add(number);
      rows.partners.push({
        id,
        districtId: district.id,
        // The user organisation also works with the neighbouring district.
        workingDistrictIds:
          template.type === 'USER_ORGANISATION'
            ? [district.id, DISTRICTS[(districtIndex + 1) % DISTRICTS.length]!.id]
            : [district.id],
        name,
        type: template.type,
        organisationNumber: number,
        municipalityNumber: place.number,
        website:
          index % 2 === 0
            ? `https://${ascii(place.name).replace(/[^a-z]/g, '')}.example.no/${template.type.toLowerCase().replace(/_/g, '-')}`
            : null,
        status: template.status,
        notes: index === 0 ? 'Fast kontaktmøte hvert kvartal.' : null,
        createdById: index % 2 === 0 ? lead : staffMember,
        updatedById: index % 2 === 0 ? lead : staffMember,
        createdAt: registered,
        updatedAt: registered,
      });
      return { id, index, name, template, place };
    });

    for (const partner of partners) {
      const count = (partner.index % 3) + 1;
      for (let position = 0; position < count; position += 1) {
        const first =
          CONTACT_FIRST_NAMES[(districtIndex * 5 + partner.index * 3 + position) % CONTACT_FIRST_NAMES.length]!;
        const last = CONTACT_LAST_NAMES[(districtIndex + partner.index + position * 3) % CONTACT_LAST_NAMES.length]!;
        const since = addMonths(today, -(4 + partner.index * 2 + position * 5));
        const id = demoId(`partner/${district.id}/${partner.index}/contact/${position}`);
        rows.contacts.push({
          id,
          districtId: district.id,
          name: `${first} ${last}`,
          email: `${ascii(first)}.${ascii(last)}.${district.id}${partner.index}@example.no`,
          // No phone numbers: any made-up mobile number may be someone's.
          phone: null,
          consentNote: `Samtykket muntlig til å stå i kontaktlisten (${addMonths(since, 1)}).`,
          partnerId: partner.id,
          role: partner.template.roles[position % partner.template.roles.length]!,
          since: dateFromIso(since),
          createdAt: registered,
          updatedAt: registered,
        });
        // The volunteer centre's first contact came from the municipality.
        if (partner.index === 1 && position === 0) {
          rows.affiliations.push({
            id: demoId(`partner/${district.id}/1/contact/0/affiliation/0`),
            contactId: id,
            partnerId: partners[0]!.id,
            role: 'Miljøterapeut',
            fromDate: dateFromIso(addMonths(today, -40)),
            toDate: dateFromIso(since),
            createdAt: registered,
          });
        }
      }
    }

    for (const partner of partners.filter((item) => item.index < 4 && item.template.status === 'ACTIVE')) {
      const startsOn = addMonths(today, -(10 + partner.index * 2));
      rows.agreements.push({
        id: demoId(`partner/${district.id}/${partner.index}/agreement/0`),
        partnerId: partner.id,
        title: `Samarbeidsavtale med ${partner.name}`,
        startsOn: dateFromIso(startsOn),
        endsOn: partner.index % 2 === 0 ? dateFromIso(addMonths(startsOn, 24)) : null,
        scope: AGREEMENT_SCOPES[partner.index % AGREEMENT_SCOPES.length]!,
        createdAt: registered,
        updatedAt: registered,
      });
    }
    // An older agreement with the municipality that has run out.
    rows.agreements.push({
      id: demoId(`partner/${district.id}/0/agreement/1`),
      partnerId: partners[0]!.id,
      title: 'Intensjonsavtale om selvhjelpsarbeid',
      startsOn: dateFromIso(addMonths(today, -36)),
      endsOn: dateFromIso(addMonths(today, -12)),
      scope: AGREEMENT_SCOPES[2]!,
      createdAt: registered,
      updatedAt: registered,
    });

    const completed = planActivities(rows, district.id, districtIndex, today, partners, [lead, staffMember]);
    planOutcomes(
      rows,
      district.id,
      today,
      groups.filter((group) => group.data.districtId === district.id),
      completed,
      partners,
    );

    // Venues of the demo groups that the town's volunteer centre or library provides.
    for (const group of groups.filter((plan) => plan.data.districtId === district.id && plan.data.venue)) {
      const venueName = group.data.venue!.name;
      const type = venueName.startsWith('Frivilligsentralen')
        ? 'VOLUNTEER_CENTRE'
        : venueName.startsWith('Biblioteket')
          ? 'LIBRARY'
          : null;
      const provider = partners.find(
        (partner) => partner.template.type === type && partner.place.number === group.data.municipalityNumber,
      );
      if (provider) rows.venueLinks.push({ venueId: demoId(`${group.slug}/venue`), partnerId: provider.id });
    }
  }
  return rows;
}

/**
 * Inserts what is missing, in one statement per table. Demo ids make it idempotent, and what a
 * partner or an activity holds (contacts, agreements, staff, partners, outcomes) is inserted only
 * with the partner or activity itself: a demo row edited or emptied since stays as it is.
 * Outcomes only for targets that exist. Returns how many partners and activities were new.
 */
export async function insertDemoNetwork(
  tx: DbClient,
  rows: DemoNetworkRows,
): Promise<{ partners: number; activities: number }> {
  const existingIds = async (model: 'partner' | 'outreachActivity', ids: string[]) =>
    new Set(
      model === 'partner'
        ? (await tx.partner.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((row) => row.id)
        : (await tx.outreachActivity.findMany({ where: { id: { in: ids } }, select: { id: true } })).map(
            (row) => row.id,
          ),
    );
  const partnersBefore = await existingIds(
    'partner',
    rows.partners.map((row) => row.id!),
  );
  await tx.partner.createMany({
    data: rows.partners.filter((row) => !partnersBefore.has(row.id!)),
    skipDuplicates: true,
  });
  const partnersNow = await existingIds(
    'partner',
    rows.partners.map((row) => row.id!),
  );
  const newPartner = (id: string) => partnersNow.has(id) && !partnersBefore.has(id);
  const contacts = rows.contacts.filter((row) => newPartner(row.partnerId!));
  if (contacts.length) await tx.contactPerson.createMany({ data: contacts, skipDuplicates: true });
  const affiliations = rows.affiliations.filter(
    (row) => newPartner(row.partnerId) && contacts.some((contact) => contact.id === row.contactId),
  );
  if (affiliations.length) await tx.contactAffiliation.createMany({ data: affiliations, skipDuplicates: true });
  const agreements = rows.agreements.filter((row) => newPartner(row.partnerId));
  if (agreements.length) await tx.partnerAgreement.createMany({ data: agreements, skipDuplicates: true });
  for (const link of rows.venueLinks.filter((item) => newPartner(item.partnerId))) {
    await tx.venue.updateMany({ where: { id: link.venueId, partnerId: null }, data: { partnerId: link.partnerId } });
  }

  const activitiesBefore = await existingIds(
    'outreachActivity',
    rows.activities.map((row) => row.id!),
  );
  const activities = rows.activities.filter((row) => !activitiesBefore.has(row.id!));
  if (activities.length) await tx.outreachActivity.createMany({ data: activities, skipDuplicates: true });
  const isNew = new Set(activities.map((row) => row.id!));
  const staff = rows.staff.filter((row) => isNew.has(row.activityId));
  if (staff.length) await tx.activityStaff.createMany({ data: staff, skipDuplicates: true });
  const taking = rows.activityPartners.filter((row) => isNew.has(row.activityId) && partnersNow.has(row.partnerId));
  if (taking.length) await tx.activityPartner.createMany({ data: taking, skipDuplicates: true });
  const outcomes = rows.outcomes.filter((row) => isNew.has(row.activityId));
  const [groups, facilitators] = await Promise.all([
    tx.group.findMany({
      where: { id: { in: outcomes.flatMap((row) => (row.groupId ? [row.groupId] : [])) } },
      select: { id: true },
    }),
    tx.facilitator.findMany({
      where: { id: { in: outcomes.flatMap((row) => (row.facilitatorId ? [row.facilitatorId] : [])) } },
      select: { id: true },
    }),
  ]);
  const targets = new Set([...groups, ...facilitators].map((row) => row.id));
  const linkable = outcomes.filter((row) =>
    row.groupId
      ? targets.has(row.groupId)
      : row.facilitatorId
        ? targets.has(row.facilitatorId)
        : partnersNow.has(row.partnerId!),
  );
  if (linkable.length) await tx.activityOutcome.createMany({ data: linkable, skipDuplicates: true });
  return { partners: partnersNow.size - partnersBefore.size, activities: activities.length };
}
