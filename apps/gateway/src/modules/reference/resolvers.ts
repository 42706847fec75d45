import { referenceData } from './reference-service.js';
import type { Resolvers } from '../../generated/resolvers-types.js';

export const referenceResolvers: Resolvers = {
  Query: {
    districts: () => [...referenceData.districts()],
    district: (_parent, { id }) => referenceData.district(id),
    counties: () => [...referenceData.counties()],
    municipalities: (_parent, args) => [...referenceData.municipalities(args)],
    themes: () => [...referenceData.themes()],
  },
  District: {
    counties: (district) => referenceData.countiesOfDistrict(district),
  },
  County: {
    district: (county) => requireDistrict(referenceData.districtOfCounty(county.number)),
    municipalities: (county) => [...referenceData.municipalitiesOfCounty(county)],
  },
  Municipality: {
    county: (municipality) => requireCounty(referenceData.county(municipality.countyNumber)),
    district: (municipality) => requireDistrict(referenceData.districtOfCounty(municipality.countyNumber)),
  },
  Theme: {
    label: (theme, { language }) => (language === 'EN' ? theme.labels.en : theme.labels.nb),
  },
};

// Reference data is consistent by construction (tested in the domain package).
function requireDistrict<T>(value: T | null): T {
  if (!value) throw new Error('Reference data inconsistent: county without district');
  return value;
}

function requireCounty<T>(value: T | null): T {
  if (!value) throw new Error('Reference data inconsistent: municipality without county');
  return value;
}
