import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What an authenticator app needs; confirm it with a first code.' })
export class TotpEnrolment {
  @Field({ description: 'Base32 secret, for manual entry.' })
  secret!: string;

  @Field({ description: 'otpauth:// URI, for a QR code.' })
  otpauthUri!: string;
}
