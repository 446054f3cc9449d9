import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Comune } from './comune.entity';
import { DistrictNeighbour } from './district-neighbour.entity';
import { District } from './district.entity';
import { ComuneResolver, DistrictResolver } from './territory.resolver';
import { TerritoryService } from './territory.service';

@Module({
  imports: [TypeOrmModule.forFeature([District, Comune, DistrictNeighbour])],
  providers: [TerritoryService, DistrictResolver, ComuneResolver],
  exports: [TerritoryService],
})
export class TerritoryModule {}
