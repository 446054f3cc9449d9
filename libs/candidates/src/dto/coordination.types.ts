import { Field, ObjectType } from '@nestjs/graphql';
import { Channel } from '@ipl/organisations';
import { ActiveMeasure } from '../candidate.enums';
import { CoordinationRequestStatus } from '../coordination-request-status';

/** An organisation to coordinate with, with its office contact (never a person's). */
@ObjectType()
export class CoordinationContact {
  @Field()
  organisationId!: string;

  @Field()
  name!: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field()
  districtCode!: string;

  @Field(() => String, { nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true })
  contactPhone!: string | null;
}

/** Another organisation's profile of the same person, linked after the two coordinated. */
@ObjectType()
export class CandidateCoordination {
  @Field(() => CoordinationContact)
  organisation!: CoordinationContact;

  @Field(() => Date)
  since!: Date;

  /** The linked profile, for the field resolver below; never exposed (the link shows no profile id or code). */
  linkedCandidateId!: string;

  /**
   * The active measures recorded on the linked profile: the one thing of it the linked
   * organisation sees, so the two channels stay complementary. Resolved (and audited) by
   * CandidateCoordinationResolver.
   */
  activeMeasures!: ActiveMeasure[];
}

/**
 * The requester's view of its coordination request: one status for the whole round, never who
 * was asked or how many. What an accepted request links shows in `coordinatedWith`.
 */
@ObjectType()
export class OutgoingCoordinationRequest {
  @Field(() => CoordinationRequestStatus)
  status!: CoordinationRequestStatus;

  @Field({ description: 'Day (YYYY-MM-DD) the person consented to coordination between the services.' })
  consentGivenOn!: string;

  @Field(() => Date)
  sentAt!: Date;

  @Field(() => Date)
  expiresAt!: Date;
}
