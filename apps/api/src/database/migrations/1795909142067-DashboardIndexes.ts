import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DashboardIndexes1795909142067 implements MigrationInterface {
  name = 'DashboardIndexes1795909142067';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE INDEX \"ix_tasks_clinic_due_date\" ON \"tasks\" (\"clinic_id\", \"due_date\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ix_tasks_clinic_due_date\"");
  }
}
