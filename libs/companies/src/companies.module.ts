import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { TerritoryModule } from '@ipl/territory';
import { CompaniesResolver, CompanySiteResolver } from './companies.resolver';
import { CompaniesService } from './companies.service';
import { CompanySite } from './company-site.entity';
import { Company } from './company.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Company, CompanySite]), TerritoryModule],
  providers: [CompaniesService, CompaniesResolver, CompanySiteResolver],
  exports: [CompaniesService],
})
export class CompaniesModule {}
