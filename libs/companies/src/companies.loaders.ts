import DataLoader from 'dataloader';
import { byKeys, groupByKeys, LoaderKey, RequestLoaders } from '@ipl/core';
import type { TerritoryLoaders } from '@ipl/territory';
import { atecoSection } from './ateco';
import { CompanyCard } from './company-card.type';
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

  /** The public card of a company, for fields any role can read (e.g. a slot's company). */
  async card(id: string, territory: TerritoryLoaders): Promise<CompanyCard | null> {
    const company = await this.company(id);
    if (!company) return null;
    const [mainSite] = await this.sites(id);
    const comune = mainSite ? await territory.comune(mainSite.comuneCode) : null;
    const district = comune ? await territory.district(comune.districtCode) : null;
    const section = company.atecoSection ? atecoSection(company.atecoSection) : undefined;
    return { id: company.id, legalName: company.legalName, sector: section ? { code: section.code, label: section.label } : null, comune, district };
  }
}
