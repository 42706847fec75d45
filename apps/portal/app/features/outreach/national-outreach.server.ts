import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { DISTRICTS } from '@selvhjelp/domain';
import { gatewayContext, portalContext } from '../../context.server';
import { graphql } from '../../generated';
import type { NetworkSummaryFragment } from '../../generated/graphql';
import { todayInOslo } from '../../shared/dates/dates';
import { defaultActivityPeriod } from './log-query';
import { isIsoDate } from '@selvhjelp/domain';

// The seven district offices are reference data; one aliased network map each, in one request.
const NationalOutreachDocument = graphql(`
  query NationalOutreach($filter: ActivityFilter) {
    activityTotals(filter: $filter) {
      activities
      participants
      groupsStarted
      byType {
        type
        activities
        participants
        groupsStarted
      }
      byDistrict {
        district {
          id
        }
        activities
        participants
        groupsStarted
      }
    }
    nord: networkMap(districtId: "nord") {
      ...NetworkSummary
    }
    midt: networkMap(districtId: "midt") {
      ...NetworkSummary
    }
    vest: networkMap(districtId: "vest") {
      ...NetworkSummary
    }
    sorvest: networkMap(districtId: "sorvest") {
      ...NetworkSummary
    }
    sor: networkMap(districtId: "sor") {
      ...NetworkSummary
    }
    innlandet: networkMap(districtId: "innlandet") {
      ...NetworkSummary
    }
    ost: networkMap(districtId: "ost") {
      ...NetworkSummary
    }
  }

  fragment NetworkSummary on NetworkMap {
    district {
      id
    }
    activePartnersByType {
      count
    }
    municipalities {
      groups
    }
    withNeither {
      number
    }
  }
`);

export interface DistrictOutreachRow {
  id: string;
  name: string;
  activities: number;
  participants: number;
  groupsStarted: number;
  activePartners: number;
  municipalities: number;
  municipalitiesWithNeither: number;
}

/** GET /nasjonalt/utadrettet: completed outreach per district in a period, and each district's network coverage. */
export async function loadNationalOutreach(request: Request, context: Readonly<RouterContextProvider>) {
  const portal = context.get(portalContext);
  if (portal.kind !== 'national') throw data(null, { status: 404 });
  const params = new URL(request.url).searchParams;
  const period = defaultActivityPeriod(todayInOslo());
  const day = (name: 'from' | 'to') => {
    const value = (params.get(name) ?? '').trim();
    return isIsoDate(value) ? value : period[name];
  };
  let from = day('from');
  let to = day('to');
  if (from > to) [from, to] = [to, from];
  const result = await context
    .get(gatewayContext)
    .query(NationalOutreachDocument, { filter: { from, to, statuses: ['COMPLETED'] } });
  const maps: Record<string, NetworkSummaryFragment> = {
    nord: result.nord,
    midt: result.midt,
    vest: result.vest,
    sorvest: result.sorvest,
    sor: result.sor,
    innlandet: result.innlandet,
    ost: result.ost,
  };
  const totals = new Map(result.activityTotals.byDistrict.map((row) => [row.district.id, row]));
  const districts: DistrictOutreachRow[] = DISTRICTS.map((district) => {
    const map = maps[district.id];
    const total = totals.get(district.id);
    return {
      id: district.id,
      name: district.name,
      activities: total?.activities ?? 0,
      participants: total?.participants ?? 0,
      groupsStarted: total?.groupsStarted ?? 0,
      activePartners: map?.activePartnersByType.reduce((sum, row) => sum + row.count, 0) ?? 0,
      municipalities: map?.municipalities.length ?? 0,
      municipalitiesWithNeither: map?.withNeither.length ?? 0,
    };
  });
  return { from, to, totals: result.activityTotals, districts };
}
