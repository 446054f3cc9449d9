import { AuditEvent } from '@ipl/audit';
import { Invitation, RefreshToken, ThrottleBucket, User } from '@ipl/auth';
import { Company } from '@ipl/companies';
import { MailMessage } from '@ipl/mail';
import { Organisation } from '@ipl/organisations';
import { Comune, District, DistrictNeighbour } from '@ipl/territory';

/** Every table the migrations create, for the DataSource of the app, the CLI and the tests. */
export const ENTITIES = [District, Comune, DistrictNeighbour, Company, Organisation, User, RefreshToken, Invitation, ThrottleBucket, AuditEvent, MailMessage];
