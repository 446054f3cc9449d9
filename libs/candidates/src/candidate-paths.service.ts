import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '@ipl/audit';
import { SearchOutbox } from '@ipl/search';
import { Candidate } from './candidate.entity';
import { CandidateStatus } from './candidate.enums';
import { CANDIDATES_INDEX } from './candidates-index';

/** What a proposal does to a profile, in the proposals library's transaction. */
@Injectable()
export class CandidatePathsService {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: SearchOutbox,
  ) {}

  /** The profile under a row lock in the caller's transaction: a proposal checks it, then may move it. */
  lockForProposal(id: string, manager: EntityManager): Promise<Candidate | null> {
    return manager.findOne(Candidate, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * A path moved the person: IN_PATH when it starts (so the matching drops the profile at
   * once), PLACED when hired, ACTIVE again when it ends without a job. Audited and re-indexed in
   * the caller's transaction; a withdrawn profile is left as it is.
   */
  async setPathStatus(
    id: string,
    status: CandidateStatus.IN_PATH | CandidateStatus.PLACED | CandidateStatus.ACTIVE,
    manager: EntityManager,
  ): Promise<void> {
    const candidate = await manager.findOne(Candidate, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!candidate || candidate.status === CandidateStatus.WITHDRAWN || candidate.status === status) return;
    await manager.update(Candidate, { id }, { status });
    await this.audit.record(
      { actor: null, action: 'candidate.path_status', subjectType: 'candidate', subjectId: id, details: { from: candidate.status, to: status } },
      manager,
    );
    await this.outbox.documentsChanged(manager, CANDIDATES_INDEX, [id]);
  }
}
