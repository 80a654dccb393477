import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RetiredTasks1796419486009 implements MigrationInterface {
  name = 'RetiredTasks1796419486009';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"retired_tasks\" (\"clinic_id\" uuid NOT NULL, \"id\" uuid NOT NULL, \"couple_id\" uuid NOT NULL, \"assignment_id\" uuid NOT NULL, \"key\" text NOT NULL, \"due_date\" date NOT NULL, \"partner\" character(1), \"reason\" text NOT NULL, \"moved_to_key\" text, \"retired_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"ck_retired_tasks_reason\" CHECK (reason IN ('RESCHEDULED', 'PAUSED', 'ENDED', 'DELETED')), CONSTRAINT \"ck_retired_tasks_partner\" CHECK (partner IS NULL OR partner IN ('A', 'B')), CONSTRAINT \"PK_4a6a2929d3c27a6953cb0e8762a\" PRIMARY KEY (\"clinic_id\", \"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_retired_tasks_clinic_assignment\" ON \"retired_tasks\" (\"clinic_id\", \"assignment_id\") ");
    await queryRunner.query("ALTER TABLE \"retired_tasks\" ADD CONSTRAINT \"fk_retired_tasks_couple\" FOREIGN KEY (\"clinic_id\", \"couple_id\") REFERENCES \"couples\"(\"clinic_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"retired_tasks\" DROP CONSTRAINT \"fk_retired_tasks_couple\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_retired_tasks_clinic_assignment\"");
    await queryRunner.query("DROP TABLE \"retired_tasks\"");
  }
}
