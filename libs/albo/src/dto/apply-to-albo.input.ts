import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsString, MaxLength, ValidateNested } from 'class-validator';
import { AlboDeclarationsInput } from './albo-declarations.input';

@InputType()
export class ApplyToAlboInput {
  @Field(() => [String], { description: 'Codes of one or more active sections.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  sectionCodes!: string[];

  @Field(() => AlboDeclarationsInput)
  @ValidateNested()
  @Type(() => AlboDeclarationsInput)
  declarations!: AlboDeclarationsInput;
}

@InputType({ description: 'A renewal of the logo, with the declarations made again.' })
export class RenewAlboInput {
  @Field(() => AlboDeclarationsInput)
  @ValidateNested()
  @Type(() => AlboDeclarationsInput)
  declarations!: AlboDeclarationsInput;
}
