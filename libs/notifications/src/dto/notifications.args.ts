import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ConnectionArgs } from '@ipl/core';
import { NotificationDelivery } from '../notification-delivery.enum';
import { NotificationKind } from '../notification-kind.enum';

@ArgsType()
export class NotificationsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only notifications not yet read.' })
  @IsOptional()
  @IsBoolean()
  unreadOnly?: boolean;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'The caller’s notifications to mark read (at most 500); all of them when omitted. Ids of others are ignored.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];
}

@ArgsType()
export class SetNotificationPreferenceArgs {
  @Field(() => NotificationKind)
  @IsEnum(NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationDelivery)
  @IsEnum(NotificationDelivery)
  delivery!: NotificationDelivery;
}
