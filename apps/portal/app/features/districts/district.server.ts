import type { RouterContextProvider } from 'react-router';
import { data } from 'react-router';
import { gatewayContext } from '../../context.server';
import { graphql } from '../../generated';
import { todayInOslo } from '../../shared/dates/dates';
import { defaultActivityPeriod } from '../outreach/log-query';
import { viewedDistrict } from './viewed-district.server';

// One request: the district's reference facts and a count of each register the national office
// may read, each counted by the gateway (`totalCount`, `statusCounts`, `activityTotals`) in SQL.
const ViewedDistrictDocument = graphql(`
  query ViewedDistrict(
    $id: ID!
    $groups: GroupFilter!
    $courses: TrainingCourseFilter!
    $partners: PartnerFilter!
    $activities: ActivityFilter!
  ) {
    district(id: $id) {
      id
      name
      officeTown
      counties {
        number
        name
        municipalities {
          number
        }
      }
    }
    groups(filter: $groups, first: 1) {
      totalCount
      statusCounts {
        status
        count
      }
    }
    trainingCourses(filter: $courses, first: 1) {
      totalCount
    }
    partners(filter: $partners, first: 1) {
      totalCount
    }
    activityTotals(filter: $activities) {
      activities
      participants
    }
  }
`);

/** GET /nasjonalt/distrikter/:districtId: the district's key facts, each figure leading to its list. */
export async function loadViewedDistrict(context: Readonly<RouterContextProvider>) {
  const { id } = viewedDistrict(context);
  // Activities held: the activity log's own default period, so the figure and its list agree.
  const period = defaultActivityPeriod(todayInOslo());
  const result = await context.get(gatewayContext).query(ViewedDistrictDocument, {
    id,
    groups: { districtId: id },
    courses: { districtId: id },
    partners: { districtId: id },
    activities: { districtId: id, statuses: ['COMPLETED'], from: period.from, to: period.to },
  });
  if (!result.district) throw data(null, { status: 404 });
  return {
    district: {
      id: result.district.id,
      name: result.district.name,
      officeTown: result.district.officeTown,
      counties: result.district.counties.map((county) => ({
        number: county.number,
        name: county.name,
        municipalityCount: county.municipalities.length,
      })),
    },
    groups: { total: result.groups.totalCount, byStatus: result.groups.statusCounts },
    courses: result.trainingCourses.totalCount,
    partners: result.partners.totalCount,
    activities: { ...period, held: result.activityTotals.activities, participants: result.activityTotals.participants },
  };
}
