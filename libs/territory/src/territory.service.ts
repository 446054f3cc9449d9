import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { RequestLoaders } from '@ipl/core';
import { Comune } from './comune.entity';
import { DistrictNeighbour } from './district-neighbour.entity';
import { District } from './district.entity';
import { TerritoryLoaders } from './territory.loaders';

/** Read-only access to the reference territory; other libraries use it to place things. */
@Injectable()
export class TerritoryService {
  constructor(
    @InjectRepository(District) private readonly districts: Repository<District>,
    @InjectRepository(Comune) private readonly comuni: Repository<Comune>,
    @InjectRepository(DistrictNeighbour) private readonly neighbours: Repository<DistrictNeighbour>,
  ) {}

  /** Batched lookups bound to one request's loaders. */
  loaders(requestLoaders: RequestLoaders): TerritoryLoaders {
    return new TerritoryLoaders(this, requestLoaders);
  }

  listDistricts(): Promise<District[]> {
    return this.districts.find({ order: { name: 'ASC' } });
  }

  findDistrict(code: string): Promise<District | null> {
    return this.districts.findOneBy({ code });
  }

  allComuni(): Promise<Comune[]> {
    return this.comuni.find({ order: { name: 'ASC' } });
  }

  districtsByCodes(codes: readonly string[]): Promise<District[]> {
    return this.districts.findBy({ code: In([...codes]) });
  }

  comuniOfDistricts(districtCodes: readonly string[]): Promise<Comune[]> {
    return this.comuni.find({ where: { districtCode: In([...districtCodes]) }, order: { name: 'ASC' } });
  }

  comuniByCodes(codes: readonly string[]): Promise<Comune[]> {
    return this.comuni.findBy({ code: In([...codes]) });
  }

  /** Neighbour codes of each district, in one query. */
  neighboursOfDistricts(districtCodes: readonly string[]): Promise<DistrictNeighbour[]> {
    return this.neighbours.find({ where: { districtCode: In([...districtCodes]) }, order: { neighbourCode: 'ASC' } });
  }
}
