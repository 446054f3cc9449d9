import { Field, ObjectType } from '@nestjs/graphql';
import { Channel } from '@ipl/organisations';
import { ActiveMeasure } from '../candidate.enums';

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
 * Another organisation tried to refer the same person. It is named only when the person's
 * consent given there covers coordination; otherwise the district's Ufficio di Piano is the contact.
 */
@ObjectType()
export class CandidateReferralNoticeView {
  @Field(() => CoordinationContact, { nullable: true })
  organisation!: CoordinationContact | null;

  @Field({ description: "Whose Ufficio di Piano to contact when the organisation is not named." })
  ufficioDiPianoDistrictCode!: string;

  @Field(() => Date)
  at!: Date;
}
