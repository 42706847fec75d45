import asset from './geo/norway-2024.json';

/** The municipality map's shapes, written by scripts/build-norway-map.mjs. */
export interface NorwayMap {
  source: string;
  /** `[0, 0, width, height]` in the paths' user units. */
  viewBox: readonly [number, number, number, number];
  /** Sorted by number; `d` is the SVG path of all its rings (fill-rule evenodd for lakes). */
  municipalities: readonly { number: string; county: string; d: string }[];
  /** Each county's bounding box `[x0, y0, x1, y1]`, to zoom to a district's counties. */
  counties: Readonly<Record<string, readonly [number, number, number, number]>>;
  /** Lines where two counties meet. */
  countyBorders: string;
  /** The coast and the national border. */
  outline: string;
}

export const NORWAY_MAP = asset as unknown as NorwayMap;
