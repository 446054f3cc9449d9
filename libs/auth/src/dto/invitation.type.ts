import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '@ipl/access';

@ObjectType()
export class InvitationSent {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field()
  expiresAt!: Date;
}
