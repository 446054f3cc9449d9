import DataLoader from 'dataloader';
import { byKeys, LoaderKey, RequestLoaders } from '@ipl/core';
import { Organisation } from './organisation.entity';
import type { OrganisationsService } from './organisations.service';

const ORGANISATION_BY_ID = new LoaderKey<string, Organisation | null>('organisationById');

/** Per-request organisation lookups, for other libraries' field resolvers. */
export class OrganisationLoaders {
  constructor(
    private readonly organisations: OrganisationsService,
    private readonly loaders: RequestLoaders,
  ) {}

  organisation(id: string): Promise<Organisation | null> {
    return this.loaders
      .get(ORGANISATION_BY_ID, () => new DataLoader(async (ids) => byKeys(ids, await this.organisations.findByIds(ids), (o) => o.id)))
      .load(id);
  }
}
