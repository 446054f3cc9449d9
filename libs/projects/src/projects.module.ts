import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BoardModule } from '@ipl/board';
import { TerritoryModule } from '@ipl/territory';
import { ProjectNeed } from './project-need.entity';
import { ProjectOffer } from './project-offer.entity';
import { Project } from './project.entity';
import { ProjectsResolver } from './projects.resolver';
import { ProjectsService } from './projects.service';

@Module({
  imports: [TypeOrmModule.forFeature([Project, ProjectNeed, ProjectOffer]), BoardModule, TerritoryModule],
  providers: [ProjectsService, ProjectsResolver],
  exports: [ProjectsService],
})
export class ProjectsModule {}
