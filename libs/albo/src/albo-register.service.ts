import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { atecoSection, CompaniesService } from '@ipl/companies';
import { Clock, ConnectionShape, paginate } from '@ipl/core';
import { TerritoryService } from '@ipl/territory';
import { AlboLogo } from './albo-logo.entity';
import { AlboMembership } from './albo-membership.entity';
import { AlboSectionsService } from './albo-sections.service';
import { AlboStatus, LogoVerificationStatus } from './albo-status.enum';
import { AlboArgs } from './dto/albo.args';
import { AlboEntry, LogoVerification } from './dto/albo.types';
import { verificationStatus } from './logo-term';

/** The public face of the Albo: the register of admitted companies, and the logo check. */
@Injectable()
export class AlboRegisterService {
  constructor(
    @InjectRepository(AlboMembership) private readonly memberships: Repository<AlboMembership>,
    @InjectRepository(AlboLogo) private readonly logos: Repository<AlboLogo>,
    private readonly sections: AlboSectionsService,
    private readonly companies: CompaniesService,
    private readonly territory: TerritoryService,
    private readonly clock: Clock,
  ) {}

  /** Admitted companies with a logo in its term, newest logo first; a page costs a fixed number of queries. */
  async register(args: AlboArgs): Promise<ConnectionShape<AlboEntry>> {
    const query = this.memberships
      .createQueryBuilder('m')
      .where('m.status = :status', { status: AlboStatus.ADMITTED })
      .andWhere('m.expires_at > :now', { now: this.clock.now() });
    if (args.sectionCode) query.andWhere(':section = ANY(m.section_codes)', { section: args.sectionCode });
    if (args.sectorCode) {
      query.andWhere('EXISTS (SELECT 1 FROM company c WHERE c.id = m.company_id AND c.ateco_section = :sector)', { sector: args.sectorCode });
    }
    if (args.districtCode) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM company_site s JOIN comune co ON co.code = s.comune_code
                 WHERE s.company_id = m.company_id AND co.district_code = :district)`,
        { district: args.districtCode },
      );
    }
    const page = await paginate(query, args, { sortColumn: 'm.admitted_at', idColumn: 'm.id'});
    const entries = await this.entries(page.nodes);
    return { ...page, nodes: entries, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: entries[index] })) };
  }

  async verify(logoNumber: string): Promise<LogoVerification> {
    const number = logoNumber.trim().toUpperCase();
    const logo = await this.logos.findOneBy({ number });
    if (!logo) return { logoNumber: number, status: LogoVerificationStatus.UNKNOWN, legalName: null, grantedAt: null, expiresAt: null };
    const [company] = await this.companies.findByIds([logo.companyId]);
    return {
      logoNumber: number,
      status: verificationStatus(logo.state, logo.expiresAt, this.clock.now()),
      legalName: company?.legalName ?? null,
      grantedAt: logo.grantedAt,
      expiresAt: logo.expiresAt,
    };
  }

  private async entries(memberships: AlboMembership[]): Promise<AlboEntry[]> {
    if (memberships.length === 0) return [];
    const companyIds = memberships.map((m) => m.companyId);
    const [companies, sites, sections] = await Promise.all([
      this.companies.findByIds(companyIds),
      this.companies.sitesOf(companyIds),
      this.sections.byCodes([...new Set(memberships.flatMap((m) => m.sectionCodes))]),
    ]);
    const mainSite = new Map<string, string>();
    for (const site of sites) if (!mainSite.has(site.companyId)) mainSite.set(site.companyId, site.comuneCode);
    const comuni = await this.territory.comuniByCodes([...new Set(mainSite.values())]);
    const districts = await this.territory.districtsByCodes([...new Set(comuni.map((c) => c.districtCode))]);
    const companyById = new Map(companies.map((c) => [c.id, c]));
    const comuneByCode = new Map(comuni.map((c) => [c.code, c]));
    const districtByCode = new Map(districts.map((d) => [d.code, d]));
    const sectionByCode = new Map(sections.map((s) => [s.code, s]));
    return memberships.map((membership) => {
      const company = companyById.get(membership.companyId);
      const comuneCode = mainSite.get(membership.companyId);
      const comune = comuneCode ? (comuneByCode.get(comuneCode) ?? null) : null;
      const sector = company?.atecoSection ? atecoSection(company.atecoSection) : undefined;
      return {
        id: membership.id,
        companyId: membership.companyId,
        legalName: company?.legalName ?? '',
        sector: sector ? { code: sector.code, label: sector.label } : null,
        comune,
        district: comune ? (districtByCode.get(comune.districtCode) ?? null) : null,
        sections: membership.sectionCodes.map((code) => sectionByCode.get(code)).filter((s) => s !== undefined),
        logoNumber: membership.logoNumber ?? '',
        logoDate: membership.admittedAt ?? membership.appliedAt,
        expiresAt: membership.expiresAt ?? membership.appliedAt,
      };
    });
  }
}
