export { Channel } from './channel.enum';
export { Organisation } from './organisation.entity';
export { OrganisationLoaders } from './organisations.loaders';
export { OrganisationError, OrganisationErrorCode } from './organisations.errors';
export { OrganisationsModule } from './organisations.module';
export { OrganisationsService } from './organisations.service';
