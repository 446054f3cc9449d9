import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * One refresh token, stored as a hash. Each use replaces it with a new one of the same family;
 * presenting a used token again revokes the whole family (it was stolen or replayed).
 */
@Entity('refresh_token')
@Index('ix_refresh_token_user_id', ['userId'])
@Index('ix_refresh_token_family_id', ['familyId'])
@Index('ix_refresh_token_expires_at', ['expiresAt'])
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_refresh_token' })
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_refresh_token_user' })
  user?: User;

  @Column({ type: 'uuid' })
  familyId!: string;

  /** SHA-256 of the secret part, hex. */
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  /** Whether the session that created this family passed a second factor. */
  @Column({ type: 'boolean', default: false })
  secondFactor!: boolean;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
