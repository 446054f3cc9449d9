import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '@ipl/auth';
import { NotificationDelivery } from './notification-delivery.enum';
import { NotificationKind } from './notification-kind.enum';

/** A user's choice for one kind; a missing row means the kind's default (see defaultDelivery). */
@ObjectType('NotificationPreference', {
  description:
    'How the caller receives the e-mail of one kind. Defaults: IMMEDIATE for CHECK_IN_AT_RISK and CONTACT_DISCLOSED, DAILY_DIGEST for every other kind.',
})
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_notification_preference' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notification_preference_user' })
  user?: User;

  @Field(() => NotificationKind)
  @PrimaryColumn({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind', primaryKeyConstraintName: 'pk_notification_preference' })
  kind!: NotificationKind;

  @Field(() => NotificationDelivery)
  @Column({ type: 'enum', enum: NotificationDelivery, enumName: 'notification_delivery' })
  delivery!: NotificationDelivery;

  @Field({ description: 'True when the user never chose and the default applies.' })
  isDefault!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
