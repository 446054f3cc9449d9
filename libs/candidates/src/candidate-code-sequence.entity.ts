import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Last sequence number given per channel, district and year. Incremented with one
 * INSERT … ON CONFLICT DO UPDATE … RETURNING, so concurrent creations never share a number.
 */
@Entity('candidate_code_sequence')
export class CandidateCodeSequence {
  @PrimaryColumn({ type: 'varchar', length: 20, primaryKeyConstraintName: 'pk_candidate_code_sequence' })
  channel!: string;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'pk_candidate_code_sequence' })
  districtCode!: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_candidate_code_sequence' })
  year!: number;

  @Column({ type: 'integer' })
  lastValue!: number;
}
