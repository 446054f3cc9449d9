import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { Role, Scope } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { ConnectionShape, paginate, RequestLoaders } from '@ipl/core';
import { TerritoryService } from '@ipl/territory';
import type { CreateOrganisationInput, OrganisationsArgs, UpdateOrganisationInput } from './dto/organisation.inputs';
import { Organisation } from './organisation.entity';
import { OrganisationLoaders } from './organisations.loaders';
import { OrganisationError, OrganisationErrorCode } from './organisations.errors';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territory: TerritoryService,
    private readonly audit: AuditService,
  ) {}

  loaders(requestLoaders: RequestLoaders): OrganisationLoaders {
    return new OrganisationLoaders(this, requestLoaders);
  }

  /** Unscoped lookup, for other libraries' rules (invitations, candidates). */
  find(id: string): Promise<Organisation | null> {
    return this.organisations.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<Organisation[]> {
    return this.organisations.findBy({ id: In([...ids]) });
  }

  /** One organisation as the caller may see it: admins every one, coordinators their district's, operators their own. */
  async get(id: string, user: AuthUser): Promise<Organisation> {
    const organisation = await this.find(id);
    if (!organisation) throw new OrganisationError(OrganisationErrorCode.ORGANISATION_NOT_FOUND);
    const scope = Scope.of(user);
    const notFound = () => new OrganisationError(OrganisationErrorCode.ORGANISATION_NOT_FOUND);
    if (user.role === Role.DISTRICT_COORDINATOR) scope.assertDistrict(organisation.districtCode, notFound);
    else scope.assertOrganisation(organisation.id, notFound);
    return organisation;
  }

  list(args: OrganisationsArgs, user: AuthUser): Promise<ConnectionShape<Organisation>> {
    const scope = Scope.of(user);
    const query = this.organisations.createQueryBuilder('organisation');
    if (user.role === Role.DISTRICT_COORDINATOR) query.andWhere('organisation.district_code = :own', { own: scope.districtCode() });
    else if (!scope.isAdmin) query.andWhere('organisation.id = :own', { own: scope.organisationId() });
    if (args.channel) query.andWhere('organisation.channel = :channel', { channel: args.channel });
    if (args.districtCode) query.andWhere('organisation.district_code = :district', { district: args.districtCode });
    return paginate(query, args, {
      sortColumn: 'organisation.name',
      idColumn: 'organisation.id',
      direction: 'ASC',
    });
  }

  async create(input: CreateOrganisationInput, actor: AuthUser): Promise<Organisation> {
    await this.assertDistrict(input.districtCode);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.save(
        manager.create(Organisation, {
          name: input.name.trim(),
          channel: input.channel,
          districtCode: input.districtCode,
          contactEmail: input.contactEmail?.toLowerCase() ?? null,
          contactPhone: input.contactPhone ?? null,
        }),
      );
      await this.audit.record(
        { actor, action: 'organisation.created', subjectType: 'organisation', subjectId: organisation.id, details: { channel: organisation.channel, districtCode: organisation.districtCode } },
        manager,
      );
      return organisation;
    });
  }

  async update(id: string, input: UpdateOrganisationInput, actor: AuthUser): Promise<Organisation> {
    if (input.districtCode) await this.assertDistrict(input.districtCode);
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOne(Organisation, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!organisation) throw new OrganisationError(OrganisationErrorCode.ORGANISATION_NOT_FOUND);
      const changed = Object.keys(input).filter((key) => input[key as keyof UpdateOrganisationInput] !== undefined);
      if (input.name !== undefined) organisation.name = input.name.trim();
      if (input.districtCode !== undefined) organisation.districtCode = input.districtCode;
      if (input.contactEmail !== undefined) organisation.contactEmail = input.contactEmail.toLowerCase();
      if (input.contactPhone !== undefined) organisation.contactPhone = input.contactPhone;
      const saved = await manager.save(organisation);
      await this.audit.record({ actor, action: 'organisation.updated', subjectType: 'organisation', subjectId: id, details: { changed } }, manager);
      return saved;
    });
  }

  private async assertDistrict(code: string): Promise<void> {
    if (!(await this.territory.findDistrict(code))) throw new OrganisationError(OrganisationErrorCode.UNKNOWN_DISTRICT, { district: code });
  }
}
