import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CoupleCoachChanges1796355709360 implements MigrationInterface {
  name = 'CoupleCoachChanges1796355709360';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"couple_coach_changes\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"clinic_id\" uuid NOT NULL, \"couple_id\" uuid NOT NULL, \"from_coach_id\" uuid NOT NULL, \"to_coach_id\" uuid NOT NULL, \"reason\" text NOT NULL, \"changed_by_id\" uuid NOT NULL, \"changed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"pk_couple_coach_changes\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"ix_couple_coach_changes_clinic_from\" ON \"couple_coach_changes\" (\"clinic_id\", \"from_coach_id\", \"changed_at\") ");
    await queryRunner.query("CREATE INDEX \"ix_couple_coach_changes_clinic_couple\" ON \"couple_coach_changes\" (\"clinic_id\", \"couple_id\", \"changed_at\") ");
    await queryRunner.query("ALTER TABLE \"couple_coach_changes\" ADD CONSTRAINT \"fk_couple_coach_changes_couple\" FOREIGN KEY (\"clinic_id\", \"couple_id\") REFERENCES \"couples\"(\"clinic_id\",\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"couple_coach_changes\" ADD CONSTRAINT \"fk_couple_coach_changes_from\" FOREIGN KEY (\"clinic_id\", \"from_coach_id\") REFERENCES \"memberships\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"couple_coach_changes\" ADD CONSTRAINT \"fk_couple_coach_changes_to\" FOREIGN KEY (\"clinic_id\", \"to_coach_id\") REFERENCES \"memberships\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"couple_coach_changes\" ADD CONSTRAINT \"fk_couple_coach_changes_by\" FOREIGN KEY (\"clinic_id\", \"changed_by_id\") REFERENCES \"memberships\"(\"clinic_id\",\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"couple_coach_changes\" DROP CONSTRAINT \"fk_couple_coach_changes_by\"");
    await queryRunner.query("ALTER TABLE \"couple_coach_changes\" DROP CONSTRAINT \"fk_couple_coach_changes_to\"");
    await queryRunner.query("ALTER TABLE \"couple_coach_changes\" DROP CONSTRAINT \"fk_couple_coach_changes_from\"");
    await queryRunner.query("ALTER TABLE \"couple_coach_changes\" DROP CONSTRAINT \"fk_couple_coach_changes_couple\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_couple_coach_changes_clinic_couple\"");
    await queryRunner.query("DROP INDEX \"public\".\"ix_couple_coach_changes_clinic_from\"");
    await queryRunner.query("DROP TABLE \"couple_coach_changes\"");
  }
}
