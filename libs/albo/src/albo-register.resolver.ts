import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '@ipl/access';
import { AlboRegisterService } from './albo-register.service';
import { AlboArgs } from './dto/albo.args';
import { AlboEntryConnection, LogoVerification } from './dto/albo.types';

/** Open to anyone, without a login: the register and the logo check. */
@Resolver()
export class AlboRegisterResolver {
  constructor(private readonly register: AlboRegisterService) {}

  @Public()
  @Query(() => AlboEntryConnection, { description: 'The Albo metropolitano delle Aziende inclusive: admitted companies, newest logo first.' })
  albo(@Args() args: AlboArgs): Promise<AlboEntryConnection> {
    return this.register.register(args);
  }

  @Public()
  @Query(() => LogoVerification, { description: 'Checks a Logo di Azienda Inclusiva number: VALID, EXPIRED, SUSPENDED, REVOKED or UNKNOWN.' })
  verifyAlboLogo(@Args('logoNumber', { type: () => String }) logoNumber: string): Promise<LogoVerification> {
    return this.register.verify(logoNumber.slice(0, 40));
  }
}
