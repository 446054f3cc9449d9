export { comuneCode } from './comune-code';
export { Comune } from './comune.entity';
export { DistrictNeighbour } from './district-neighbour.entity';
export { District } from './district.entity';
export { territoryRows, TERRITORY } from './territory-data';
export { TerritoryLoaders } from './territory.loaders';
export { TerritoryModule } from './territory.module';
export { TerritoryService } from './territory.service';
