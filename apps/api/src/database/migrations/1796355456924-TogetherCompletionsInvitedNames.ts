import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TogetherCompletionsInvitedNames1796355456924 implements MigrationInterface {
  name = 'TogetherCompletionsInvitedNames1796355456924';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ux_completions_clinic_task\"");
    await queryRunner.query("ALTER TABLE \"memberships\" ADD \"invited_name\" text");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_completions_clinic_task_partner\" ON \"completions\" (\"clinic_id\", \"task_id\", \"partner\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"public\".\"ux_completions_clinic_task_partner\"");
    await queryRunner.query("ALTER TABLE \"memberships\" DROP COLUMN \"invited_name\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"ux_completions_clinic_task\" ON \"completions\" (\"clinic_id\", \"task_id\") ");
  }
}
