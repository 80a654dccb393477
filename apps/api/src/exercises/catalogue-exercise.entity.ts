import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Exercise } from '@hearth/domain';

/**
 * A version of a built-in exercise. Built-ins are shared by all clinics, so this is a
 * reference table without clinic_id (replicated to every node if the schema is ever
 * distributed by clinic). Rows are written only at start, from libs/domain's catalogue:
 * a changed text becomes a new version and assignments keep the one they were given.
 */
@Entity({ name: 'catalogue_exercises' })
@Index('ux_catalogue_exercises_slug_version', ['slug', 'version'], { unique: true })
export class CatalogueExerciseEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'intimacy_types', type: 'text', array: true })
  intimacyTypes!: string[];

  @Column({ name: 'estimated_minutes', type: 'int' })
  estimatedMinutes!: number;

  /** The whole exercise as libs/domain defines it. */
  @Column({ type: 'jsonb' })
  content!: Exercise;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
