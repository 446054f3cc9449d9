import DataLoader from 'dataloader';
import type { AuthUser } from '@ipl/access';
import { LoaderKey, RequestLoaders } from '@ipl/core';
import type { Candidate } from './candidate.entity';
import type { CandidatesService } from './candidates.service';
import type { CandidateCoordination, CandidateReferralNoticeView } from './dto/coordination.types';

const COORDINATION = new LoaderKey<string, CandidateCoordination[]>('candidateCoordination');
const LINKED_READS = new LoaderKey<string, true>('candidateLinkedReads');
const NOTICES = new LoaderKey<Candidate, CandidateReferralNoticeView[]>('candidateReferralNotices');

/** Per-request batches of a list's coordination links and notices (one query per list, not per profile). */
export class CandidateLoaders {
  constructor(
    private readonly candidates: CandidatesService,
    private readonly loaders: RequestLoaders,
  ) {}

  coordination(candidateId: string): Promise<CandidateCoordination[]> {
    return this.loaders
      .get(COORDINATION, () => new DataLoader(async (ids) => {
        const byId = await this.candidates.coordinationOf(ids);
        return ids.map((id) => byId.get(id) ?? []);
      }))
      .load(candidateId);
  }

  /** Audits, once per request and profile, in one statement per batch, a read of a linked profile's active measures. */
  linkedRead(candidateId: string, user: AuthUser): Promise<true> {
    return this.loaders
      .get(LINKED_READS, () => new DataLoader<string, true>(async (ids) => {
        await this.candidates.recordLinkedReads(ids, user);
        return ids.map(() => true as const);
      }))
      .load(candidateId);
  }

  referralNotices(candidate: Candidate): Promise<CandidateReferralNoticeView[]> {
    return this.loaders
      .get(NOTICES, () => new DataLoader(async (candidates) => {
        const byId = await this.candidates.referralNoticesOf(candidates);
        return candidates.map((c) => byId.get(c.id) ?? []);
      }, { cacheKeyFn: (c) => c.id }))
      .load(candidate);
  }
}
