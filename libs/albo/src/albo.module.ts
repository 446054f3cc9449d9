import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompaniesModule } from '@ipl/companies';
import { TerritoryModule } from '@ipl/territory';
import { AlboDecision } from './albo-decision.entity';
import { AlboEvidenceRegistry } from './albo-evidence.registry';
import { AlboLogo } from './albo-logo.entity';
import { AlboMembership } from './albo-membership.entity';
import { AlboRegisterResolver } from './albo-register.resolver';
import { AlboRegisterService } from './albo-register.service';
import { AlboSection } from './albo-section.entity';
import { AlboSectionsResolver } from './albo-sections.resolver';
import { AlboSectionsService } from './albo-sections.service';
import { AlboResolver } from './albo.resolver';
import { AlboScheduler } from './albo.scheduler';
import { AlboService } from './albo.service';
import { CompanyStandingHooks } from './company-standing.hooks';

@Module({
  imports: [TypeOrmModule.forFeature([AlboSection, AlboMembership, AlboLogo, AlboDecision]), CompaniesModule, TerritoryModule],
  providers: [
    AlboService,
    AlboSectionsService,
    AlboRegisterService,
    AlboEvidenceRegistry,
    CompanyStandingHooks,
    AlboScheduler,
    AlboResolver,
    AlboSectionsResolver,
    AlboRegisterResolver,
  ],
  exports: [AlboService, AlboEvidenceRegistry, CompanyStandingHooks, AlboScheduler],
})
export class AlboModule {}
