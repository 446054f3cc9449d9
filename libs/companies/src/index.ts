export { CompaniesModule } from './companies.module';
export { CompaniesService } from './companies.service';
export { Company } from './company.entity';
