import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every e-mail the platform sends, kept so that a local install can read them (and tests too). */
@Entity('mail_message')
@Index('ix_mail_message_recipient', ['recipient'])
@Index('ix_mail_message_created_at', ['createdAt'])
export class MailMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_mail_message' })
  id!: string;

  @Column({ type: 'varchar', length: 254 })
  recipient!: string;

  /** What the message is about, e.g. `invitation`, for filtering without reading bodies. */
  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  /** `database` (recorded only) or `smtp` (also delivered). */
  @Column({ type: 'varchar', length: 20 })
  transport!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
