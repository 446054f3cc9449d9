import DataLoader from 'dataloader';
import { byKeys, groupByKeys, LoaderKey, RequestLoaders } from '@ipl/core';
import { Comune } from './comune.entity';
import { District } from './district.entity';
import type { TerritoryService } from './territory.service';

const DISTRICT_BY_CODE = new LoaderKey<string, District | null>('districtByCode');
const COMUNE_BY_CODE = new LoaderKey<string, Comune | null>('comuneByCode');
const COMUNI_BY_DISTRICT = new LoaderKey<string, Comune[]>('comuniByDistrict');
const NEIGHBOURS_BY_DISTRICT = new LoaderKey<string, string[]>('neighboursByDistrict');

/** Per-request loaders for territory lookups, for any library's field resolvers. */
export class TerritoryLoaders {
  constructor(
    private readonly territory: TerritoryService,
    private readonly loaders: RequestLoaders,
  ) {}

  district(code: string): Promise<District | null> {
    return this.loaders
      .get(DISTRICT_BY_CODE, () => new DataLoader(async (codes) => byKeys(codes, await this.territory.districtsByCodes(codes), (d) => d.code)))
      .load(code);
  }

  comune(code: string): Promise<Comune | null> {
    return this.loaders
      .get(COMUNE_BY_CODE, () => new DataLoader(async (codes) => byKeys(codes, await this.territory.comuniByCodes(codes), (c) => c.code)))
      .load(code);
  }

  comuniOf(districtCode: string): Promise<Comune[]> {
    return this.loaders
      .get(COMUNI_BY_DISTRICT, () => new DataLoader(async (codes) => groupByKeys(codes, await this.territory.comuniOfDistricts(codes), (c) => c.districtCode)))
      .load(districtCode);
  }

  async neighboursOf(districtCode: string): Promise<District[]> {
    const codes = await this.loaders
      .get(NEIGHBOURS_BY_DISTRICT, () => new DataLoader(async (keys) =>
        groupByKeys(keys, await this.territory.neighboursOfDistricts(keys), (row) => row.districtCode).map((rows) => rows.map((row) => row.neighbourCode)),
      ))
      .load(districtCode);
    const districts = await Promise.all(codes.map((code) => this.district(code)));
    return districts.filter((district): district is District => district !== null);
  }
}
