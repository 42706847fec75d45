import type { DistrictId } from '@selvhjelp/domain';
import { DISTRICT_IDS, retentionCutoffs } from '@selvhjelp/domain';
import { Prisma } from '../../generated/prisma/client.js';
import type { DbClient } from '../../sql/client.js';
import { timestampSql } from '../../sql/client.js';
import type { RetentionSettingsRecord } from './types.js';

/*
 * The retention job's statements. Each selects what is due in SQL against a small table of
 * cut-off days per district (the domain's retentionCutoffs, so the job and the domain's
 * dueForRetention agree day for day), skips whatever is anonymised already, and returns the ids
 * it changed so that the access log gets one entry per record. They run in one transaction.
 */

export interface Changed {
  id: string;
  district_id: DistrictId;
}

/** The cut-off days of every district as one jsonb parameter, used as `cutoffs c`. */
function cutoffsSql(settings: readonly RetentionSettingsRecord[], now: Date): Prisma.Sql {
  const rows = settings.map((setting) => {
    const cutoffs = retentionCutoffs(setting, now);
    return {
      district_id: setting.districtId,
      cases_closed: cutoffs.casesClosedOnOrBefore,
      inquiries_received: cutoffs.inquiriesReceivedOnOrBefore,
      peers_stopped: cutoffs.peersStoppedOnOrBefore,
    };
  });
  return Prisma.sql`(SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
    AS x(district_id text, cases_closed date, inquiries_received date, peers_stopped date))`;
}

const idsSql = (ids: readonly string[]) =>
  Prisma.sql`(SELECT value::uuid FROM jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))`;

/**
 * Closed cases closed on or before their district's cut-off; their notes' text and their
 * referrals' notes go with them. What stays: reference, status, outcome, dates, the staff
 * member and the peer (what statistics and the access log point at).
 */
export async function anonymiseCases(
  client: DbClient,
  settings: readonly RetentionSettingsRecord[],
  now: Date,
  stamp: Date,
): Promise<Changed[]> {
  const at = timestampSql(stamp);
  const cases = await client.$queryRaw<Changed[]>`
    UPDATE follow_up_case f
    SET anonymised_at = ${at}, updated_at = ${at}, version = f.version + 1
    FROM ${cutoffsSql(settings, now)} c
    WHERE f.district_id = c.district_id AND f.anonymised_at IS NULL
      AND f.status = 'CLOSED' AND f.closed_on <= c.cases_closed
    RETURNING f.id, f.district_id`;
  if (cases.length > 0) {
    const ids = idsSql(cases.map((row) => row.id));
    await client.$executeRaw`UPDATE case_note SET text = NULL WHERE case_id IN ${ids} AND text IS NOT NULL`;
    await client.$executeRaw`UPDATE case_referral SET note = NULL WHERE case_id IN ${ids} AND note IS NOT NULL`;
  }
  return cases;
}

/**
 * Inquiries without a case received on or before their district's cut-off, and inquiries whose
 * case is anonymised (this run or an earlier one: an inquiry goes with its case). Alias, contact
 * and note go (and a service referral's contact times and service contact); channel, who asked, themes, municipality, minutes, actions and dates stay.
 * Consents (purpose, days, wording: no name) and interest-list entries (theme, municipality)
 * stay for the counts.
 */
export async function anonymiseInquiries(
  client: DbClient,
  settings: readonly RetentionSettingsRecord[],
  now: Date,
  stamp: Date,
): Promise<Changed[]> {
  const at = timestampSql(stamp);
  const inquiries = await client.$queryRaw<Changed[]>`
    UPDATE inquiry i
    SET person_alias = NULL, contact_method = NULL, contact_value = NULL, note = NULL,
        anonymised_at = ${at}, updated_at = ${at}, version = i.version + 1
    FROM ${cutoffsSql(settings, now)} c
    WHERE i.district_id = c.district_id AND i.anonymised_at IS NULL
      AND CASE
        WHEN EXISTS (SELECT 1 FROM follow_up_case f WHERE f.inquiry_id = i.id)
          THEN EXISTS (SELECT 1 FROM follow_up_case f WHERE f.inquiry_id = i.id AND f.anonymised_at IS NOT NULL)
        ELSE i.received_on <= c.inquiries_received
      END
    RETURNING i.id, i.district_id`;
  if (inquiries.length > 0) {
    // A service's referral goes with its inquiry: when to call the person, and whom to ask at the
    // service. The service, its reference and a talk's topic and period stay (decision 0033).
    await client.$executeRaw`
      UPDATE service_referral
      SET contact_times = NULL, service_contact_name = NULL, service_contact_phone = NULL, service_contact_email = NULL
      WHERE inquiry_id IN ${idsSql(inquiries.map((row) => row.id))}`;
  }
  return inquiries;
}

/**
 * Peers who stopped on or before their district's cut-off: name, contact, experience, notes,
 * availability note and consent wording go, and so do their check-ins' notes. A peer who is also
 * a facilitator is unlinked from the facilitator record (which stays as it is, under its own
 * rules): the link would name the anonymised peer. Municipality, languages, themes, gender,
 * capacity and dates stay for the counts.
 */
export async function anonymisePeers(
  client: DbClient,
  settings: readonly RetentionSettingsRecord[],
  now: Date,
  stamp: Date,
): Promise<Changed[]> {
  const at = timestampSql(stamp);
  const peers = await client.$queryRaw<Changed[]>`
    UPDATE volunteer_peer p
    SET name = NULL, email = NULL, phone = NULL, experience = NULL, notes = NULL,
        availability_note = NULL, consent_text = NULL, facilitator_id = NULL,
        anonymised_at = ${at}, updated_at = ${at}, version = p.version + 1
    FROM ${cutoffsSql(settings, now)} c
    WHERE p.district_id = c.district_id AND p.anonymised_at IS NULL
      AND p.stopped_on IS NOT NULL AND p.stopped_on <= c.peers_stopped
    RETURNING p.id, p.district_id`;
  if (peers.length > 0) {
    await client.$executeRaw`UPDATE peer_check_in SET note = NULL
      WHERE peer_id IN ${idsSql(peers.map((row) => row.id))} AND note IS NOT NULL`;
  }
  return peers;
}

/** Every district, zeros where nothing was due. */
export function countsPerDistrict(changed: { cases: Changed[]; inquiries: Changed[]; peers: Changed[] }) {
  const counts = Object.fromEntries(DISTRICT_IDS.map((id) => [id, { cases: 0, inquiries: 0, peers: 0 }])) as Record<
    DistrictId,
    { cases: number; inquiries: number; peers: number }
  >;
  for (const kind of ['cases', 'inquiries', 'peers'] as const) {
    for (const row of changed[kind]) counts[row.district_id][kind] += 1;
  }
  return counts;
}
