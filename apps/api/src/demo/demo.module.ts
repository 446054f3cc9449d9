import { Module } from '@nestjs/common';
import { AuthModule } from '@ipl/auth';
import { DemoSeedService } from './demo-seed.service';

@Module({ imports: [AuthModule], providers: [DemoSeedService] })
export class DemoModule {}
