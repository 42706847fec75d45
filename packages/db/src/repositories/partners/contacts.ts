import type { ContactMoveFacts, Scope } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { StaleVersionError } from '../../errors.js';
import type { DbClient } from '../../sql/client.js';
import { districtScopeSql, isUuid } from '../../sql/client.js';
import { dateFromIso } from '../../sql/dates.js';
import type { ContactAffiliationRecord, ContactPersonRecord, ContactMove, ContactUpdate, NewContact } from './types.js';
import { contactScopeWhere, partnerScopeWhere, toAffiliationRecord, toContactRecord } from './records.js';
import { groupedBy, wantedIds } from '../../sql/lists.js';

/*
 * Contact persons. The current place (partner, role, since) is on the person's row; a move
 * writes the place that ends into contact_affiliation under a row lock on the person, so two
 * moves of one person run one after the other and the history never overlaps.
 */

const BY_NAME = [{ name: 'asc' }, { id: 'asc' }] satisfies Prisma.ContactPersonOrderByWithRelationInput[];
const MOST_RECENT_FIRST = [
  { toDate: 'desc' },
  { fromDate: 'desc' },
  { id: 'asc' },
] satisfies Prisma.ContactAffiliationOrderByWithRelationInput[];

export async function contactsOfPartners(
  client: DbClient,
  scope: Scope,
  partnerIds: readonly string[],
): Promise<Map<string, ContactPersonRecord[]>> {
  const ids = wantedIds(partnerIds);
  const rows = ids.length
    ? await client.contactPerson.findMany({
        where: { partnerId: { in: ids }, ...contactScopeWhere(scope) },
        orderBy: BY_NAME,
      })
    : [];
  return groupedBy(partnerIds, rows.map(toContactRecord), (row) => row.partnerId!);
}

export async function formerContactsOfPartners(
  client: DbClient,
  scope: Scope,
  partnerIds: readonly string[],
): Promise<Map<string, ContactAffiliationRecord[]>> {
  const ids = wantedIds(partnerIds);
  const rows = ids.length
    ? await client.contactAffiliation.findMany({
        where: { partnerId: { in: ids }, partner: partnerScopeWhere(scope) },
        orderBy: MOST_RECENT_FIRST,
      })
    : [];
  return groupedBy(partnerIds, rows.map(toAffiliationRecord), (row) => row.partnerId);
}

export async function contactHistory(
  client: DbClient,
  scope: Scope,
  contactIds: readonly string[],
): Promise<Map<string, ContactAffiliationRecord[]>> {
  const ids = wantedIds(contactIds);
  const rows = ids.length
    ? await client.contactAffiliation.findMany({
        where: { contactId: { in: ids }, contact: contactScopeWhere(scope) },
        orderBy: MOST_RECENT_FIRST,
      })
    : [];
  return groupedBy(contactIds, rows.map(toAffiliationRecord), (row) => row.contactId);
}

export async function contactsByIds(
  client: DbClient,
  scope: Scope,
  ids: readonly string[],
): Promise<(ContactPersonRecord | null)[]> {
  const wanted = wantedIds(ids);
  const rows = wanted.length
    ? await client.contactPerson.findMany({ where: { id: { in: wanted }, ...contactScopeWhere(scope) } })
    : [];
  const byId = new Map(rows.map((row) => [row.id, toContactRecord(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function addContact(tx: DbClient, scope: Scope, contact: NewContact): Promise<ContactPersonRecord | null> {
  if (!isUuid(contact.partnerId)) return null;
  const partner = await tx.partner.findFirst({
    where: { id: contact.partnerId, ...partnerScopeWhere(scope) },
    select: { districtId: true },
  });
  if (!partner) return null;
  const row = await tx.contactPerson.create({
    data: {
      districtId: partner.districtId,
      ...contact.data,
      partnerId: contact.partnerId,
      role: contact.role,
      since: dateFromIso(contact.since),
      createdAt: contact.now,
      updatedAt: contact.now,
    },
  });
  return toContactRecord(row);
}

async function staleOrMissing(tx: DbClient, scope: Scope, id: string, expectedVersion: number): Promise<null> {
  const exists = await tx.contactPerson.count({ where: { id, ...contactScopeWhere(scope) } });
  if (exists) throw new StaleVersionError('ContactPerson', id, expectedVersion);
  return null;
}

export async function updateContact(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number,
  update: ContactUpdate,
): Promise<ContactPersonRecord | null> {
  const [row] = await tx.contactPerson.updateManyAndReturn({
    where: { id, version: expectedVersion, ...contactScopeWhere(scope) },
    data: { ...update.data, role: update.role, version: { increment: 1 }, updatedAt: update.now },
  });
  if (!row) return staleOrMissing(tx, scope, id, expectedVersion);
  return toContactRecord(row);
}

interface LockedContact {
  id: string;
  district_id: string;
  partner_id: string | null;
  role: string | null;
  since: string | null;
  version: number;
}

async function lockContact(tx: DbClient, scope: Scope, id: string): Promise<LockedContact | null> {
  const [row] = await tx.$queryRaw<LockedContact[]>(Prisma.sql`
    SELECT id::text AS id, district_id, partner_id::text AS partner_id, role, to_char(since, 'YYYY-MM-DD') AS since, version
    FROM contact_person
    WHERE id = ${id}::uuid AND ${districtScopeSql(scope, 'district_id')}
    FOR UPDATE`);
  return row ?? null;
}

/** What the move rule (the domain's contactMoveRefusal) needs, read after locking the person. */
export async function readContactMoveFacts(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number,
  move: ContactMove,
): Promise<ContactMoveFacts | null> {
  const current = await lockContact(tx, scope, id);
  if (!current) return null;
  if (current.version !== expectedVersion) throw new StaleVersionError('ContactPerson', id, expectedVersion);
  const target =
    move.toPartnerId !== null && isUuid(move.toPartnerId)
      ? await tx.partner.count({
          where: { id: move.toPartnerId, districtId: current.district_id, ...partnerScopeWhere(scope) },
        })
      : 0;
  return {
    currentPartnerId: current.partner_id,
    since: current.since,
    toPartnerId: move.toPartnerId,
    date: move.date,
    targetInDistrict: target > 0,
  };
}

/** Writes a move the rule allowed, under the person's lock. */
export async function moveContact(
  tx: DbClient,
  scope: Scope,
  id: string,
  expectedVersion: number,
  move: ContactMove,
): Promise<ContactPersonRecord | null> {
  const current = await lockContact(tx, scope, id);
  if (!current) return null;
  if (current.version !== expectedVersion) throw new StaleVersionError('ContactPerson', id, expectedVersion);
  if (current.partner_id !== null && current.since !== null) {
    await tx.contactAffiliation.create({
      data: {
        contactId: id,
        partnerId: current.partner_id,
        role: current.role,
        fromDate: dateFromIso(current.since),
        toDate: dateFromIso(move.date),
        createdAt: move.now,
      },
    });
  }
  const left = move.toPartnerId === null;
  const row = await tx.contactPerson.update({
    where: { id },
    data: {
      partnerId: move.toPartnerId,
      role: left ? null : move.role,
      since: left ? null : dateFromIso(move.date),
      version: { increment: 1 },
      updatedAt: move.now,
    },
  });
  return toContactRecord(row);
}

export async function removeContact(tx: DbClient, scope: Scope, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const { count } = await tx.contactPerson.deleteMany({ where: { id, ...contactScopeWhere(scope) } });
  return count > 0;
}
