import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, CurrentUser, Roles } from '@ipl/access';
import type { AuthUser } from '@ipl/access';
import { languageOf } from '@ipl/core';
import type { GraphqlContext } from '@ipl/core';
import { NotificationConnection } from './dto/notification-connection.type';
import { MarkNotificationsReadArgs, NotificationsArgs, SetNotificationPreferenceArgs } from './dto/notifications.args';
import { NotificationPreference } from './notification-preference.entity';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

/** Every role has notifications; each caller only ever reaches their own (user id from the token). */
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Roles(...ALL_ROLES)
  @Query(() => NotificationConnection, { description: 'The caller’s notifications, newest first.' })
  notifications(@Args() args: NotificationsArgs, @CurrentUser() user: AuthUser): Promise<NotificationConnection> {
    return this.service.list(user.id, args);
  }

  @Roles(...ALL_ROLES)
  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() user: AuthUser): Promise<number> {
    return this.service.unreadCount(user.id);
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => Int, { description: 'Marks the caller’s notifications read (all when `ids` is omitted); returns how many were unread.' })
  markNotificationsRead(@Args() args: MarkNotificationsReadArgs, @CurrentUser() user: AuthUser): Promise<number> {
    return this.service.markRead(user.id, args.ids);
  }

  @Roles(...ALL_ROLES)
  @Query(() => [NotificationPreference], { description: 'One entry per kind, defaults included.' })
  notificationPreferences(@CurrentUser() user: AuthUser): Promise<NotificationPreference[]> {
    return this.service.preferencesOf(user.id);
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => NotificationPreference, { description: 'How the caller receives the e-mail of one kind, from the next notification on.' })
  setNotificationPreference(@Args() args: SetNotificationPreferenceArgs, @CurrentUser() user: AuthUser): Promise<NotificationPreference> {
    return this.service.setPreference(user.id, args.kind, args.delivery);
  }

  @Roles(...ALL_ROLES)
  @ResolveField(() => String, { description: 'In the request’s language (Accept-Language; Italian by default). Built from codes only, never free text.' })
  title(@Parent() notification: Notification, @Context() context: GraphqlContext): string {
    return languageOf(context.req.headers['accept-language']) === 'en' ? notification.titleEn : notification.titleIt;
  }
}
