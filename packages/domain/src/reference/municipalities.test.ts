import { describe, expect, it } from 'vitest';
import { COUNTIES, districtIdOfCounty } from './counties.js';
import { DISTRICT_IDS, DISTRICTS } from './districts.js';
import {
  MUNICIPALITIES,
  districtIdOfMunicipality,
  findMunicipality,
  municipalitiesInCounty,
  municipalitiesInDistrict,
} from './municipalities.js';

// Counted against SSB's 2024 structure; a change here should be a deliberate change to the table.
const EXPECTED_PER_COUNTY: Record<string, number> = {
  '03': 1, // Oslo
  '11': 23, // Rogaland
  '15': 27, // Møre og Romsdal, incl. Haram
  '18': 41, // Nordland
  '31': 12, // Østfold
  '32': 21, // Akershus
  '33': 18, // Buskerud
  '34': 46, // Innlandet
  '39': 6, // Vestfold
  '40': 17, // Telemark
  '42': 25, // Agder
  '46': 43, // Vestland
  '50': 38, // Trøndelag
  '55': 21, // Troms
  '56': 18, // Finnmark
};

describe('municipalities', () => {
  it('has the 357 municipalities of 2024', () => {
    expect(MUNICIPALITIES).toHaveLength(357);
  });

  it('has the expected number in every county', () => {
    expect(Object.keys(EXPECTED_PER_COUNTY).sort()).toEqual(COUNTIES.map((county) => county.number).sort());
    for (const county of COUNTIES) {
      expect(municipalitiesInCounty(county.number), county.name).toHaveLength(EXPECTED_PER_COUNTY[county.number]!);
    }
  });

  it('has unique four-digit numbers, sorted', () => {
    const numbers = MUNICIPALITIES.map((municipality) => municipality.number);
    for (const number of numbers) expect(number).toMatch(/^\d{4}$/);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toEqual([...numbers].sort());
  });

  it('has non-empty names, unique within each county', () => {
    for (const county of COUNTIES) {
      const names = municipalitiesInCounty(county.number).map((municipality) => municipality.name);
      for (const name of names) expect(name.trim()).toBe(name);
      for (const name of names) expect(name).not.toBe('');
      expect(new Set(names).size, county.name).toBe(names.length);
    }
  });

  it('places every municipality in an existing county and exactly one district', () => {
    const counties = new Set(COUNTIES.map((county) => county.number));
    for (const municipality of MUNICIPALITIES) {
      expect(municipality.countyNumber).toBe(municipality.number.slice(0, 2));
      expect(counties, municipality.number).toContain(municipality.countyNumber);
      const districts = DISTRICTS.filter((district) => district.countyNumbers.includes(municipality.countyNumber));
      expect(districts, municipality.number).toHaveLength(1);
      expect(districtIdOfMunicipality(municipality.number)).toBe(districts[0]!.id);
    }
  });

  it('partitions the municipalities between the districts', () => {
    const total = DISTRICT_IDS.reduce((sum, id) => sum + municipalitiesInDistrict(id).length, 0);
    expect(total).toBe(MUNICIPALITIES.length);
    for (const id of DISTRICT_IDS) {
      for (const municipality of municipalitiesInDistrict(id)) {
        expect(districtIdOfCounty(municipality.countyNumber)).toBe(id);
      }
    }
  });

  it.each([
    ['0301', 'Oslo', 'ost'],
    ['4601', 'Bergen', 'vest'],
    ['5001', 'Trondheim', 'midt'],
    ['1103', 'Stavanger', 'sorvest'],
    ['4204', 'Kristiansand', 'sor'],
    ['3403', 'Hamar', 'innlandet'],
    ['5501', 'Tromsø', 'nord'],
    ['3301', 'Drammen', 'innlandet'],
    ['1508', 'Ålesund', 'midt'],
    ['1580', 'Haram', 'midt'],
    ['3907', 'Sandefjord', 'sor'],
    ['5601', 'Alta', 'nord'],
  ])('%s is %s in district %s', (number, name, districtId) => {
    expect(findMunicipality(number)?.name).toBe(name);
    expect(districtIdOfMunicipality(number)).toBe(districtId);
  });

  it('does not know numbers retired before 2024', () => {
    for (const number of ['1507', '3001', '3005', '3801', '5401', '0219']) {
      expect(findMunicipality(number), number).toBeUndefined();
      expect(districtIdOfMunicipality(number), number).toBeUndefined();
    }
  });

  it('answers empty for unknown counties and districts', () => {
    expect(municipalitiesInCounty('30')).toEqual([]);
    expect(municipalitiesInDistrict('vestlandet')).toEqual([]);
  });

  it('hands out frozen data', () => {
    expect(Object.isFrozen(MUNICIPALITIES)).toBe(true);
    expect(Object.isFrozen(MUNICIPALITIES[0])).toBe(true);
    expect(Object.isFrozen(municipalitiesInCounty('03'))).toBe(true);
  });
});
