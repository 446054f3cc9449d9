import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@ipl/core';
import { Slot } from '../slot.entity';

@ObjectType()
export class SlotConnection extends Connection(Slot) {}
