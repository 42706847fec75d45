import { districtScope } from '@selvhjelp/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../database.js';
import { createTestGroup, createTestPartner, testBackends } from '../../testing/index.js';

const vest = districtScope('vest');
const now = new Date('2026-11-22T10:00:00.000Z');

/*
 * Every group in a room has its own venue row (a group's venue is edited in place), so three
 * groups at the library are three rows. The partner network lists places: one entry per venue.
 */
describe.each(testBackends())('PartnerRepository venues shared by several groups on $name', ({ open }) => {
  let db: Database;
  const partners = () => db.repositories.partners;

  beforeAll(async () => {
    db = await open();
  });
  afterAll(() => db?.close());

  it('lists a venue three groups meet at once, links it as one, and shows its three groups', async () => {
    const room = {
      name: 'Biblioteket, grupperom 9',
      streetAddress: 'Strømgaten 6',
      postalCode: '5015',
      postalPlace: 'Bergen',
    };
    const groups = [];
    for (const name of ['Sorggruppe', 'Pårørendegruppe', 'Angstgruppe'])
      groups.push(await createTestGroup(db, { data: { name, venue: room } }));
    const elsewhere = await createTestGroup(db, {
      data: { name: 'Gruppe i et annet rom', venue: { ...room, name: 'Biblioteket, grupperom 10' } },
    });

    const listed = await partners().venues(vest, { search: 'grupperom' });
    expect(listed.filter((venue) => venue.name === room.name)).toHaveLength(1);
    expect(listed.filter((venue) => venue.name === 'Biblioteket, grupperom 10').map((venue) => venue.id)).toEqual([
      elsewhere.venue!.id,
    ]);
    const unlinked = await partners().venues(vest, { unlinked: true, search: 'grupperom 9' });
    expect(unlinked).toHaveLength(1);

    const library = await createTestPartner(db, { name: 'Bergen offentlige bibliotek' });
    const linked = await partners().setVenuePartner(vest, unlinked[0]!.id, library.id, now);
    expect(linked).toMatchObject({ name: room.name, partnerId: library.id });
    expect(await partners().venues(vest, { unlinked: true, search: 'grupperom 9' })).toEqual([]);

    const provided = (await partners().venuesOfPartners(vest, [library.id])).get(library.id)!;
    expect(provided.map((venue) => venue.name)).toEqual([room.name]);
    const meeting = (await partners().groupsAtVenues(vest, [provided[0]!.id])).get(provided[0]!.id)!;
    expect(meeting.map((group) => group.id).sort()).toEqual(groups.map((group) => group.id).sort());

    // Unlinking the one entry unlinks the place, not one of its rows.
    await partners().setVenuePartner(vest, provided[0]!.id, null, now);
    expect((await partners().venuesOfPartners(vest, [library.id])).get(library.id)).toEqual([]);
    expect(await partners().venues(vest, { unlinked: true, search: 'grupperom 9' })).toHaveLength(1);
  });
});
