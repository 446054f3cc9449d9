import DataLoader from 'dataloader';
import type { AuthUser } from '@ipl/access';
import { LoaderKey, RequestLoaders } from '@ipl/core';
import type { CandidateCoordinationRequest } from './candidate-coordination-request.entity';
import type { CandidateCoordinationViews } from './candidate-coordination.views';
import type { CandidateCoordination, OutgoingCoordinationRequest } from './dto/coordination.types';

const COORDINATION = new LoaderKey<string, CandidateCoordination[]>('candidateCoordination');
const LINKED_READS = new LoaderKey<string, true>('candidateLinkedReads');
const INCOMING = new LoaderKey<string, CandidateCoordinationRequest[]>('candidateIncomingCoordination');
const OUTGOING = new LoaderKey<string, OutgoingCoordinationRequest | null>('candidateOutgoingCoordination');

/** Per-request batches of a list's coordination links and requests (one query per list, not per profile). */
export class CandidateLoaders {
  constructor(
    private readonly views: CandidateCoordinationViews,
    private readonly loaders: RequestLoaders,
  ) {}

  coordination(candidateId: string): Promise<CandidateCoordination[]> {
    return this.loaders
      .get(COORDINATION, () => new DataLoader(async (ids) => {
        const byId = await this.views.coordinationOf(ids);
        return ids.map((id) => byId.get(id) ?? []);
      }))
      .load(candidateId);
  }

  /** Audits, once per request and profile, in one statement per batch, a read of a linked profile's active measures. */
  linkedRead(candidateId: string, user: AuthUser): Promise<true> {
    return this.loaders
      .get(LINKED_READS, () => new DataLoader<string, true>(async (ids) => {
        await this.views.recordLinkedReads(ids, user);
        return ids.map(() => true as const);
      }))
      .load(candidateId);
  }

  incomingRequests(candidateId: string): Promise<CandidateCoordinationRequest[]> {
    return this.loaders
      .get(INCOMING, () => new DataLoader(async (ids) => {
        const byId = await this.views.incomingOf(ids);
        return ids.map((id) => byId.get(id) ?? []);
      }))
      .load(candidateId);
  }

  outgoingRequest(candidateId: string): Promise<OutgoingCoordinationRequest | null> {
    return this.loaders
      .get(OUTGOING, () => new DataLoader(async (ids) => {
        const byId = await this.views.outgoingOf(ids);
        return ids.map((id) => byId.get(id) ?? null);
      }))
      .load(candidateId);
  }
}
