import type { County, District, Municipality } from '@selvhjelp/domain';
import {
  COUNTIES,
  DISTRICTS,
  THEMES,
  districtIdOfCounty,
  findCounty,
  findDistrict,
  getDistrict,
  municipalitiesInCounty,
  municipalitiesInDistrict,
  MUNICIPALITIES,
} from '@selvhjelp/domain';

/** Reference data is public and lives in the domain package; no database round trip. */
export const referenceData = {
  districts: (): readonly District[] => DISTRICTS,
  district: (id: string): District | null => findDistrict(id) ?? null,
  counties: (): readonly County[] => COUNTIES,
  county: (number: string): County | null => findCounty(number) ?? null,
  districtOfCounty: (countyNumber: string): District | null => {
    const id = districtIdOfCounty(countyNumber);
    return id ? getDistrict(id) : null;
  },
  countiesOfDistrict: (district: District): County[] =>
    district.countyNumbers.map((number) => findCounty(number)).filter((county): county is County => Boolean(county)),
  municipalities: (filter: { districtId?: string | null; countyNumber?: string | null }): readonly Municipality[] => {
    let list: readonly Municipality[] = MUNICIPALITIES;
    if (filter.districtId) list = municipalitiesInDistrict(filter.districtId);
    if (filter.countyNumber) list = list.filter((municipality) => municipality.countyNumber === filter.countyNumber);
    return list;
  },
  municipalitiesOfCounty: (county: County): readonly Municipality[] => municipalitiesInCounty(county.number),
  themes: () => THEMES,
};
