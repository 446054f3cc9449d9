import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@ipl/core';
import { Invitation } from '../invitation.entity';

@ObjectType()
export class InvitationConnection extends Connection(Invitation) {}
