import { InputType, OmitType, PartialType } from '@nestjs/graphql';
import { CreateSlotInput } from './create-slot.input';

/** The fields to change; the kind is fixed once the slot exists. */
@InputType()
export class UpdateSlotInput extends PartialType(OmitType(CreateSlotInput, ['kind'] as const)) {}
