import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Scope } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { AuditService } from '@ipl/audit';
import { Clock, paginate, type ConnectionShape } from '@ipl/core';
import { Organisation, OrganisationsService } from '@ipl/organisations';
import { CandidateCoordinationRequest } from './candidate-coordination-request.entity';
import { ActiveMeasure } from './candidate.enums';
import { CoordinationRequestStatus, statusOfRequest, statusOfRound } from './coordination-request-status';
import type { CoordinationRequestsArgs } from './dto/coordination.inputs';
import type { CandidateCoordination, CoordinationContact, OutgoingCoordinationRequest } from './dto/coordination.types';

/** An organisation's office contact, as shown to an organisation it coordinates with. */
export function contactOf(organisation: Organisation): CoordinationContact {
  return {
    organisationId: organisation.id,
    name: organisation.name,
    channel: organisation.channel,
    districtCode: organisation.districtCode,
    contactEmail: organisation.contactEmail,
    contactPhone: organisation.contactPhone,
  };
}

/**
 * What each side sees of coordination: the requester one status per round, the addressee its
 * requests with who asks, and both, once linked, each other's organisation and active measures.
 */
@Injectable()
export class CandidateCoordinationViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  statusOf(request: CandidateCoordinationRequest): CoordinationRequestStatus {
    return statusOfRequest(request, this.clock.now());
  }

  /** Requests addressed to the caller's organisation, newest first. */
  incoming(args: CoordinationRequestsArgs, user: AuthUser): Promise<ConnectionShape<CandidateCoordinationRequest>> {
    const organisationId = Scope.of(user).organisationId();
    const now = this.clock.now();
    const query = this.dataSource
      .getRepository(CandidateCoordinationRequest)
      .createQueryBuilder('request')
      .where('request.target_organisation_id = :organisationId', { organisationId });
    if (args.status === CoordinationRequestStatus.PENDING || args.status === CoordinationRequestStatus.EXPIRED) {
      const comparison = args.status === CoordinationRequestStatus.PENDING ? '>' : '<=';
      query.andWhere(`request.status = 'PENDING' AND request.expires_at ${comparison} :now`, { now });
    } else if (args.status) {
      query.andWhere('request.status = :status', { status: args.status });
    }
    return paginate(query, args, { sortColumn: 'request.created_at', idColumn: 'request.id' });
  }

  /** Requests addressed to each of these profiles (their owner's view), oldest first. */
  async incomingOf(candidateIds: readonly string[]): Promise<Map<string, CandidateCoordinationRequest[]>> {
    const rows = await this.dataSource.getRepository(CandidateCoordinationRequest).find({
      where: { targetCandidateId: In([...candidateIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const result = new Map<string, CandidateCoordinationRequest[]>(candidateIds.map((id) => [id, []]));
    for (const row of rows) result.get(row.targetCandidateId)?.push(row);
    return result;
  }

  /** The latest round each of these profiles sent, as its requester may see it. */
  async outgoingOf(candidateIds: readonly string[]): Promise<Map<string, OutgoingCoordinationRequest | null>> {
    const rows = (await this.dataSource.query(
      `SELECT request.requester_candidate_id AS "candidateId", request.status, request.expires_at AS "expiresAt",
              request.created_at AS "createdAt", to_char(request.consent_given_on, 'YYYY-MM-DD') AS "consentGivenOn"
       FROM candidate_coordination_request request
       WHERE request.requester_candidate_id = ANY($1)
         AND request.round_id = (SELECT latest.round_id FROM candidate_coordination_request latest
                                 WHERE latest.requester_candidate_id = request.requester_candidate_id
                                 ORDER BY latest.created_at DESC, latest.id DESC LIMIT 1)`,
      [[...candidateIds]],
    )) as (Pick<CandidateCoordinationRequest, 'status' | 'expiresAt' | 'createdAt' | 'consentGivenOn'> & { candidateId: string })[];
    const now = this.clock.now();
    const result = new Map<string, OutgoingCoordinationRequest | null>(candidateIds.map((id) => [id, null]));
    for (const id of candidateIds) {
      const round = rows.filter((row) => row.candidateId === id);
      const status = statusOfRound(round.map((row) => statusOfRequest(row, now)));
      if (status) result.set(id, { status, consentGivenOn: round[0].consentGivenOn, sentAt: round[0].createdAt, expiresAt: round[0].expiresAt });
    }
    return result;
  }

  async coordinationOf(candidateIds: readonly string[]): Promise<Map<string, CandidateCoordination[]>> {
    const rows = (await this.dataSource.query(
      `SELECT link.candidate_id AS "candidateId", link.created_at AS "since", other.organisation_id AS "organisationId",
              other.id AS "linkedCandidateId", other.active_measures::text[] AS "activeMeasures"
       FROM candidate_link link JOIN candidate other ON other.id = link.linked_candidate_id
       WHERE link.candidate_id = ANY($1) ORDER BY link.created_at`,
      [[...candidateIds]],
    )) as { candidateId: string; since: Date; organisationId: string; linkedCandidateId: string; activeMeasures: ActiveMeasure[] }[];
    const organisations = new Map((await this.organisations.findByIds([...new Set(rows.map((row) => row.organisationId))])).map((o) => [o.id, o]));
    const result = new Map<string, CandidateCoordination[]>(candidateIds.map((id) => [id, []]));
    for (const row of rows) {
      const organisation = organisations.get(row.organisationId);
      if (organisation) {
        result.get(row.candidateId)?.push({
          organisation: contactOf(organisation),
          since: row.since,
          linkedCandidateId: row.linkedCandidateId,
          activeMeasures: row.activeMeasures,
        });
      }
    }
    return result;
  }

  /**
   * The linked organisation read the active measures of these profiles (through its own linked
   * profile): a read of each, audited like any other, with what was read.
   */
  recordLinkedReads(candidateIds: readonly string[], user: AuthUser): Promise<void> {
    return this.audit.recordMany(
      candidateIds.map((id) => ({
        actor: user,
        action: 'candidate.read',
        subjectType: 'candidate',
        subjectId: id,
        details: { via: 'coordination', fields: ['activeMeasures'] },
      })),
    );
  }
}
