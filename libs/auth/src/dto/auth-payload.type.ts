import { Field, Int, ObjectType } from '@nestjs/graphql';
import { User } from '../user.entity';

@ObjectType({ description: 'A signed-in session: a short-lived access token and a single-use refresh token.' })
export class AuthPayload {
  @Field({ description: 'Bearer token for the Authorization header.' })
  accessToken!: string;

  @Field(() => Int, { description: 'Seconds until the access token expires.' })
  expiresIn!: number;

  @Field({ description: 'Exchange it once, with refreshToken, for a new pair.' })
  refreshToken!: string;

  @Field({ description: 'The user must enrol a second factor before anything else.' })
  secondFactorPending!: boolean;

  @Field(() => User)
  user!: User;
}
