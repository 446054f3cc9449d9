import data from './data/territory.json';
import { comuneCode } from './comune-code';

export interface TerritoryDistrict {
  code: string;
  name: string;
  neighbours: string[];
  comuni: string[];
}

/** The reference territory shipped with the app (a copy of shared/reference/territory.json). */
export const TERRITORY: { districts: TerritoryDistrict[] } = data;

export function territoryRows() {
  return {
    districts: TERRITORY.districts.map(({ code, name }) => ({ code, name })),
    comuni: TERRITORY.districts.flatMap(({ code, comuni }) =>
      comuni.map((name) => ({ code: comuneCode(name), name, districtCode: code })),
    ),
    neighbours: TERRITORY.districts.flatMap(({ code, neighbours }) =>
      neighbours.map((neighbour) => ({ districtCode: code, neighbourCode: neighbour })),
    ),
  };
}
