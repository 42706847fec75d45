import { describe, expect, it } from 'vitest';
import { COUNTIES, districtIdOfCounty, findCounty } from './counties.js';

describe('counties', () => {
  it('has the 15 counties of the 2024 structure', () => {
    expect(COUNTIES.map((county) => county.number)).toEqual([
      '03',
      '11',
      '15',
      '18',
      '31',
      '32',
      '33',
      '34',
      '39',
      '40',
      '42',
      '46',
      '50',
      '55',
      '56',
    ]);
    expect(new Set(COUNTIES.map((county) => county.name)).size).toBe(15);
  });

  it('maps each county to its district', () => {
    expect(findCounty('46')?.name).toBe('Vestland');
    expect(findCounty('30')).toBeUndefined(); // Viken, dissolved 2024
    expect(districtIdOfCounty('03')).toBe('ost');
    expect(districtIdOfCounty('33')).toBe('innlandet');
    expect(districtIdOfCounty('54')).toBeUndefined(); // Troms og Finnmark, dissolved 2024
  });
});
