export { Channel } from './channel.enum';
export { Organisation } from './organisation.entity';
export { OrganisationsModule } from './organisations.module';
export { OrganisationsService } from './organisations.service';
