import { describe, expect, it } from 'vitest';
import { COUNTIES } from './counties.js';
import { DISTRICT_IDS, DISTRICTS, findDistrict, getDistrict, isDistrictId } from './districts.js';

describe('districts', () => {
  it('lists every district id exactly once', () => {
    expect(DISTRICTS.map((district) => district.id).sort()).toEqual([...DISTRICT_IDS].sort());
  });

  it('covers every county with exactly one district', () => {
    for (const county of COUNTIES) {
      const covering = DISTRICTS.filter((district) => district.countyNumbers.includes(county.number));
      expect(covering, `county ${county.number} ${county.name}`).toHaveLength(1);
    }
  });

  it('refers only to counties that exist', () => {
    const known = new Set(COUNTIES.map((county) => county.number));
    for (const district of DISTRICTS) {
      for (const number of district.countyNumbers) expect(known, `${district.id} → ${number}`).toContain(number);
    }
  });

  it('looks districts up by id', () => {
    expect(isDistrictId('vest')).toBe(true);
    expect(isDistrictId('west')).toBe(false);
    expect(isDistrictId(7)).toBe(false);
    expect(findDistrict('midt')?.officeTown).toBe('Trondheim');
    expect(findDistrict('nowhere')).toBeUndefined();
    expect(getDistrict('sorvest').officeTown).toBe('Stavanger');
  });

  it('has a public contact for every district, on placeholder addresses until configured', () => {
    for (const district of DISTRICTS) {
      expect(district.contact.email, district.id).toBe(`${district.id}@selvhjelp.example`);
      expect(district.contact.phone, district.id).toMatch(/^\+47 \d{2} \d{2} \d{2} \d{2}$/);
      expect(district.contact.web, district.id).toBe(`https://selvhjelp.example/${district.id}`);
    }
    expect(getDistrict('vest').contact.phone).toMatch(/^\+47 55 /);
    expect(new Set(DISTRICTS.map((district) => district.contact.phone)).size).toBe(DISTRICTS.length);
  });
});
