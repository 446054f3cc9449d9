import DataLoader from 'dataloader';
import { byKeys, groupByKeys, LoaderKey, RequestLoaders } from '@ipl/core';
import { CompanySite } from './company-site.entity';
import { Company } from './company.entity';
import type { CompaniesService } from './companies.service';

const COMPANY_BY_ID = new LoaderKey<string, Company | null>('companyById');
const SITES_BY_COMPANY = new LoaderKey<string, CompanySite[]>('sitesByCompany');

/** Per-request loaders for companies, for any library's field resolvers (slots, Albo, board). */
export class CompaniesLoaders {
  constructor(
    private readonly companies: CompaniesService,
    private readonly loaders: RequestLoaders,
  ) {}

  company(id: string): Promise<Company | null> {
    return this.loaders
      .get(COMPANY_BY_ID, () => new DataLoader(async (ids) => byKeys(ids, await this.companies.findByIds(ids), (company) => company.id)))
      .load(id);
  }

  sites(companyId: string): Promise<CompanySite[]> {
    return this.loaders
      .get(SITES_BY_COMPANY, () => new DataLoader(async (ids) => groupByKeys(ids, await this.companies.sitesOf(ids), (site) => site.companyId)))
      .load(companyId);
  }
}
