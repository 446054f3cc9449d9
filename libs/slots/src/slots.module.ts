import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlboEvidenceRegistry, AlboModule } from '@ipl/albo';
import { BoardModule } from '@ipl/board';
import { CompaniesModule } from '@ipl/companies';
import { SkillsModule } from '@ipl/skills';
import { TerritoryModule } from '@ipl/territory';
import { Slot } from './slot.entity';
import { SlotsStaleJob } from './slots-stale.job';
import { SlotsResolver } from './slots.resolver';
import { SlotsService } from './slots.service';
import { SlotStandingService } from './slot-standing.service';

@Module({
  imports: [TypeOrmModule.forFeature([Slot]), CompaniesModule, AlboModule, BoardModule, SkillsModule, TerritoryModule],
  providers: [SlotsService, SlotStandingService, SlotsResolver, SlotsStaleJob],
  exports: [SlotsService, SlotStandingService, SlotsStaleJob],
})
export class SlotsModule implements OnModuleInit {
  constructor(
    private readonly evidence: AlboEvidenceRegistry,
    private readonly slots: SlotsService,
  ) {}

  /** Slots published count as the company's evidence at its Albo renewal. */
  onModuleInit(): void {
    this.evidence.register('slotsPublished', (companyId, since) => this.slots.countPublished(companyId, since));
  }
}
