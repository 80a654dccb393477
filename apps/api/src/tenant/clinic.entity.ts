import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant. Persistence only: the GraphQL shape is `clinic.model.ts`. */
@Entity({ name: 'clinics' })
@Check('ck_clinics_small_cell_k', 'small_cell_k BETWEEN 2 AND 100')
export class ClinicEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ name: 'small_cell_k', type: 'int', default: 11 })
  smallCellK!: number;

  /** Coaches and admins must sign in with two-factor (auth/two-factor). */
  @Column({ name: 'require_two_factor', type: 'boolean', default: false })
  requireTwoFactor!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
