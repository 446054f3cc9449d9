import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { AuthError, AuthErrorCode } from './auth.errors';
import { SessionsService } from './sessions.service';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<User> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new AuthError(AuthErrorCode.USER_NOT_FOUND);
    return user;
  }

  /** Disabling ends the user's sessions at once, access tokens included. */
  async disable(id: string, actor: AuthUser): Promise<User> {
    await this.get(id);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id }, { disabledAt: () => 'now()' });
      await this.sessions.endAll(id, manager);
      await this.audit.record({ actor, action: 'user.disabled', subjectType: 'user', subjectId: id }, manager);
    });
    return this.get(id);
  }

  async enable(id: string, actor: AuthUser): Promise<User> {
    await this.get(id);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id }, { disabledAt: null, failedLoginCount: 0, lockedUntil: null });
      await this.audit.record({ actor, action: 'user.enabled', subjectType: 'user', subjectId: id }, manager);
    });
    return this.get(id);
  }
}
