import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { AuthUser, Scope } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { ConnectionShape, paginate, RequestLoaders } from '@ipl/core';
import { pgErrorCode, PgErrorCode } from '@ipl/database';
import { TerritoryService } from '@ipl/territory';
import { atecoSectionOf } from './ateco';
import { CompaniesLoaders } from './companies.loaders';
import { CompanyError, CompanyErrorCode, unknownComune } from './companies.errors';
import { CompanySite } from './company-site.entity';
import { Company } from './company.entity';
import { CompaniesArgs } from './dto/companies.args';
import { CompanySiteInput } from './dto/company-site.input';
import { CreateCompanyInput } from './dto/create-company.input';
import { UpdateCompanyInput } from './dto/update-company.input';

/** Company profiles: ADMIN creates and edits every company, HR edits only its own. */
@Injectable()
export class CompaniesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(Company) private readonly companies: Repository<Company>,
    @InjectRepository(CompanySite) private readonly sites: Repository<CompanySite>,
    private readonly territory: TerritoryService,
    private readonly audit: AuditService,
  ) {}

  loaders(requestLoaders: RequestLoaders): CompaniesLoaders {
    return new CompaniesLoaders(this, requestLoaders);
  }

  exists(id: string): Promise<boolean> {
    return this.companies.existsBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Company[]> {
    return this.companies.findBy({ id: In([...ids]) });
  }

  /** The sites of each company, main site first. */
  sitesOf(companyIds: readonly string[]): Promise<CompanySite[]> {
    return this.sites.find({ where: { companyId: In([...companyIds]) }, order: { companyId: 'ASC', position: 'ASC' } });
  }

  /** A company the caller may read: ADMIN every company, HR and board members their own. */
  async get(id: string, user: AuthUser): Promise<Company> {
    const company = await this.companies.findOneBy({ id });
    if (!company) throw new CompanyError(CompanyErrorCode.COMPANY_NOT_FOUND);
    Scope.of(user).assertCompany(company.id, () => new CompanyError(CompanyErrorCode.COMPANY_NOT_FOUND));
    return company;
  }

  async mine(user: AuthUser): Promise<Company> {
    return this.get(Scope.of(user).companyId(), user);
  }

  /** Throws COMPANY_NOT_FOUND unless the company exists. */
  async require(id: string): Promise<Company> {
    const company = await this.companies.findOneBy({ id });
    if (!company) throw new CompanyError(CompanyErrorCode.COMPANY_NOT_FOUND);
    return company;
  }

  list(args: CompaniesArgs): Promise<ConnectionShape<Company>> {
    const query = this.companies.createQueryBuilder('company');
    if (args.search) {
      query.andWhere('(company.legal_name ILIKE :search OR company.partita_iva = :exact)', {
        search: `%${args.search.replace(/[\\%_]/g, '\\$&')}%`,
        exact: args.search,
      });
    }
    if (args.sectorCode) query.andWhere('company.ateco_section = :sector', { sector: args.sectorCode });
    return paginate(query, args, { sortColumn: 'company.legal_name', idColumn: 'company.id', direction: 'ASC' });
  }

  async create(input: CreateCompanyInput, actor: AuthUser): Promise<Company> {
    await this.assertKnownComuni(input.sites, 'input.sites');
    if (await this.companies.existsBy({ partitaIva: input.partitaIva })) throw new CompanyError(CompanyErrorCode.PARTITA_IVA_TAKEN);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const company = await manager.save(Company, {
          legalName: input.legalName.trim(),
          partitaIva: input.partitaIva,
          atecoCode: input.atecoCode,
          atecoSection: atecoSectionOf(input.atecoCode)?.code ?? null,
          sizeBand: input.sizeBand,
          contactEmail: input.contactEmail.trim().toLowerCase(),
        });
        await this.replaceSites(manager, company.id, input.sites);
        await this.audit.record({ actor, action: 'company.created', subjectType: 'company', subjectId: company.id }, manager);
        return company;
      });
    } catch (error) {
      // Two admins creating the same company at once: the unique index decides.
      if (pgErrorCode(error) === PgErrorCode.UNIQUE_VIOLATION) throw new CompanyError(CompanyErrorCode.PARTITA_IVA_TAKEN);
      throw error;
    }
  }

  async update(id: string, input: UpdateCompanyInput, user: AuthUser): Promise<Company> {
    const company = await this.get(id, user);
    if (input.sites) await this.assertKnownComuni(input.sites, 'input.sites');
    return this.dataSource.transaction(async (manager) => {
      const changes: Partial<Company> = {};
      if (input.legalName !== undefined) changes.legalName = input.legalName.trim();
      if (input.atecoCode !== undefined) {
        changes.atecoCode = input.atecoCode;
        changes.atecoSection = atecoSectionOf(input.atecoCode)?.code ?? null;
      }
      if (input.sizeBand !== undefined) changes.sizeBand = input.sizeBand;
      if (input.contactEmail !== undefined) changes.contactEmail = input.contactEmail.trim().toLowerCase();
      if (Object.keys(changes).length > 0) await manager.update(Company, { id: company.id }, changes);
      if (input.sites) await this.replaceSites(manager, company.id, input.sites);
      await this.audit.record(
        { actor: user, action: 'company.updated', subjectType: 'company', subjectId: company.id, details: { fields: Object.keys(input) } },
        manager,
      );
      return manager.findOneByOrFail(Company, { id: company.id });
    });
  }

  private async replaceSites(manager: EntityManager, companyId: string, sites: CompanySiteInput[]): Promise<void> {
    await manager.delete(CompanySite, { companyId });
    await manager.save(
      CompanySite,
      sites.map((site, position) => ({ companyId, comuneCode: site.comuneCode, address: site.address?.trim() || null, position })),
    );
  }

  private async assertKnownComuni(sites: CompanySiteInput[], field: string): Promise<void> {
    const known = new Set((await this.territory.comuniByCodes(sites.map((site) => site.comuneCode))).map((comune) => comune.code));
    const index = sites.findIndex((site) => !known.has(site.comuneCode));
    if (index >= 0) throw unknownComune(`${field}.${index}.comuneCode`, sites[index].comuneCode);
  }
}
