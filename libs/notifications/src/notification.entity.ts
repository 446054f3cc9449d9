import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '@ipl/auth';
import { NotificationDelivery } from './notification-delivery.enum';
import { NotificationKind } from './notification-kind.enum';

/**
 * One notification of one user: the in-app entry and the state of its e-mail. Titles are built
 * by the notifying library from codes and public codes only, never from profile free text.
 */
@ObjectType('Notification', { description: 'An in-app notification of the caller. It never carries profile free text: only codes and public codes.' })
@Entity('notification')
@Index('ix_notification_recipient_created', ['recipientUserId', 'createdAt', 'id'])
@Index('ix_notification_created_at', ['createdAt'])
@Index('ix_notification_recipient_unread', ['recipientUserId'], { where: 'read_at IS NULL' })
@Index('ix_notification_email_pending', ['emailDelivery', 'recipientUserId', 'createdAt'], { where: "emailed_at IS NULL AND email_delivery <> 'OFF'" })
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notification' })
  id!: string;

  @Column({ type: 'uuid' })
  recipientUserId!: string;

  // CASCADE: a notification means nothing without its recipient (users are disabled, rarely deleted).
  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id', foreignKeyConstraintName: 'fk_notification_recipient_user' })
  recipient?: User;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Field({ description: 'What the notification is about, e.g. `proposal`.' })
  @Column({ type: 'varchar', length: 40 })
  subjectType!: string;

  @Field(() => ID)
  @Column({ type: 'varchar', length: 64 })
  subjectId!: string;

  @Column({ type: 'varchar', length: 200 })
  titleIt!: string;

  @Column({ type: 'varchar', length: 200 })
  titleEn!: string;

  @Field(() => String, { nullable: true, description: 'A path inside the portal, e.g. `/proposals/…`.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  link!: string | null;

  /** The recipient's preference when the notification was written: a later change does not resend or unsend it. */
  @Column({ type: 'enum', enum: NotificationDelivery, enumName: 'notification_delivery' })
  emailDelivery!: NotificationDelivery;

  /** When its e-mail (alone or in a digest) was claimed and sent; null while pending, and forever for OFF. */
  @Column({ type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** From the Clock, so that digests and tests follow the time the rules see. */
  @Field(() => Date)
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
