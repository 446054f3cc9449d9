import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@ipl/core';
import { Notification } from '../notification.entity';

@ObjectType()
export class NotificationConnection extends Connection(Notification) {}
